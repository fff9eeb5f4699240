package vn.baocao.cli;

import java.io.BufferedWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.baocao.warehouse.ObservationExport;
import vn.baocao.warehouse.Selection;
import vn.baocao.warehouse.TabularWriter;
import vn.baocao.warehouse.Warehouse;

/** {@code baocao export}: writes warehouse content to files for spreadsheets and other tools. */
public final class ExportCommand implements Command {

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return "export observations, any table or view, or a selection, to CSV, Excel or Parquet";
    }

    @Override
    public String help() {
        return """
                Usage: java -jar target/baocao.jar export WHAT [--warehouse FILE] --out FILE
                                                          [--indicator CODE]... [--area NAME]...
                                                          [--from YEAR] [--to YEAR] [--no-bom]

                WHAT is 'observations' (the documented observation columns below) or the name of any
                table or view: fact_observation, v_yoy, v_observation_current, v_target_achievement,
                document_register, check_result, dim_indicator ...

                The format follows --out:
                  FILE.csv    RFC 4180 CSV, UTF-8 with a byte-order mark so that Excel shows
                              Vietnamese letters (--no-bom leaves it out, for scripts)
                  FILE.xlsx   one Excel sheet, header row frozen, numbers as numeric cells
                  DIR         Parquet files partitioned by year (DIR/year=2024/...), for other engines

                'observations' columns: %s
                Periods are YYYY-MM; values are plain numbers with '.' as decimal point, in the
                indicator's unit (money in VND).

                Options:
                  --warehouse FILE  the warehouse (default: warehouse/baocao.duckdb)
                  --out FILE        the file (or folder for Parquet) to write; replaced if it exists
                  --indicator CODE  keep only these indicators (repeat for several)
                  --area NAME       keep only areas whose name contains NAME (repeat for several)
                  --from YEAR, --to YEAR  keep only periods starting in these years
                """.formatted(String.join(", ", ObservationExport.COLUMNS));
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options o = Options.parse(args, Set.of("warehouse", "out", "config", "indicator", "area", "from", "to"), Set.of("no-bom"));
        if (o.positional().size() != 1) {
            throw new UsageException("export what? Use: export observations --out FILE.csv (or a table or view name)");
        }
        if (o.value("out") == null) {
            throw new UsageException("export needs --out FILE.csv, FILE.xlsx or a folder for Parquet");
        }
        String what = o.positional().get(0);
        Path target = Path.of(o.value("out")).toAbsolutePath();
        Selection selection = new Selection(what.equals("observations") ? "v_observation_export" : what, o.all("indicator"), o.all("area"),
                year(o.value("from")), year(o.value("to")));
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        try (Connection c = Warehouse.openForReading(WarehouseOption.resolve(o))) {
            if (what.equals("observations")) {
                createObservationView(c);
            }
            Selection.Query q = selection.query(c);
            int rows;
            if (name.endsWith(".csv")) {
                rows = toFile(target, tmp -> {
                    try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8); PreparedStatement ps = q.prepare(c);
                         ResultSet rs = ps.executeQuery()) {
                        if (!o.flag("no-bom")) {
                            w.write('\uFEFF');
                        }
                        return TabularWriter.csv(rs, w);
                    }
                });
            } else if (name.endsWith(".xlsx")) {
                rows = toFile(target, tmp -> {
                    try (PreparedStatement ps = q.prepare(c); ResultSet rs = ps.executeQuery()) {
                        return TabularWriter.xlsx(rs, what, tmp);
                    }
                });
            } else {
                rows = parquet(c, q, target);
            }
            out.println("wrote " + rows + " rows of " + what + " to " + target);
            return ExitCode.OK;
        }
    }

    /** 'observations' is fact_observation with the documented columns, periods as YYYY-MM. */
    private static void createObservationView(Connection c) throws Exception {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE OR REPLACE TEMP VIEW v_observation_export AS " + ObservationExport.SELECT);
        }
    }

    private interface FileWrite {
        int write(Path tmp) throws Exception;
    }

    /** Writes beside the target and renames, so a reader never sees half a file. */
    private static int toFile(Path target, FileWrite write) throws Exception {
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling(target.getFileName() + ".part");
        try {
            int rows = write.write(tmp);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return rows;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static int parquet(Connection c, Selection.Query q, Path dir) throws Exception {
        Files.createDirectories(dir);
        String inner = q.sql();
        List<Object> params = new ArrayList<>(q.params());
        String sql = "COPY (SELECT *, CAST(substr(CAST(period_start AS VARCHAR), 1, 4) AS INTEGER) AS year FROM (" + inner
                + ")) TO '" + dir.toString().replace("'", "''") + "' (FORMAT PARQUET, PARTITION_BY (year), OVERWRITE_OR_IGNORE)";
        try (PreparedStatement ps = new Selection.Query(sql, params).prepare(c)) {
            ps.execute();
        }
        try (PreparedStatement ps = new Selection.Query("SELECT count(*) FROM (" + inner + ")", params).prepare(c); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static Integer year(String s) throws UsageException {
        if (s == null) {
            return null;
        }
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            throw new UsageException("a year is a number, not '" + s + "'");
        }
    }
}
