package vn.baocao.cli;

import java.io.BufferedWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.util.List;
import java.util.Set;
import vn.baocao.warehouse.ObservationExport;
import vn.baocao.warehouse.Warehouse;
import vn.baocao.warehouse.WarehouseLockedException;

/** {@code baocao export}: writes warehouse content to files for spreadsheets and other tools. */
public final class ExportCommand implements Command {

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return "export observations to CSV";
    }

    @Override
    public String help() {
        return """
                Usage: java -jar target/baocao.jar export observations [--warehouse FILE] --out FILE.csv

                Writes every observation in the warehouse to a UTF-8 CSV file with a header row:
                  %s
                Periods are YYYY-MM; values are plain numbers with '.' as decimal point, in the
                indicator's unit (money in VND).

                Options:
                  --warehouse FILE  the DuckDB warehouse (default: warehouse/baocao.duckdb)
                  --out FILE        the CSV file to write (replaced if it exists)
                """.formatted(String.join(", ", ObservationExport.COLUMNS));
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options o = Options.parse(args, Set.of("warehouse", "out", "config"), Set.of("help"));
        if (o.flag("help")) {
            out.print(help());
            return ExitCode.OK;
        }
        if (o.positional().size() != 1 || !o.positional().get(0).equals("observations")) {
            throw new UsageException("export what? Use: export observations --out FILE.csv");
        }
        if (o.value("out") == null) {
            throw new UsageException("export needs --out FILE.csv");
        }
        Path warehouse = WarehouseOption.resolve(o);
        Path target = Path.of(o.value("out")).toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling(target.getFileName() + ".part");
        int rows;
        try (Connection c = Warehouse.openForReading(warehouse);
             BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            rows = new ObservationExport().write(c, w);
        } catch (WarehouseLockedException e) {
            Files.deleteIfExists(tmp);
            err.println(e.getMessage());
            return ExitCode.WAREHOUSE_BUSY;
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        out.println("wrote " + rows + " observations to " + target);
        return ExitCode.OK;
    }
}
