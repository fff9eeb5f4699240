package vn.baocao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.support.CliRun;
import vn.baocao.support.SampleReports;
import vn.baocao.support.WarehouseSnapshot;

/** The command-line contract: commands, help, usage errors and the observations CSV. */
class CommandLineTest {

    @TempDir
    Path tmp;

    @Test
    void helpListsTheCommands() {
        CliRun help = CliRun.of("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("ingest", "export", "Usage: java -jar target/baocao.jar COMMAND");
    }

    @Test
    void everyCommandHasItsOwnHelp() {
        for (String command : List.of("ingest", "export", "yoy", "sql", "evaluate")) {
            CliRun help = CliRun.of(command, "--help");
            assertThat(help.exit()).as(command).isZero();
            assertThat(help.out()).as(command).startsWith("Usage: java -jar target/baocao.jar " + command);
        }
        assertThat(CliRun.of("help", "ingest").out()).contains("--force", "--input DIR", "--warehouse FILE");
    }

    @Test
    void usageErrorsSayWhatIsWrong() {
        CliRun unknown = CliRun.of("frobnicate");
        assertThat(unknown.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err()).contains("unknown command 'frobnicate'");

        CliRun badOption = CliRun.of("ingest", "--inptu", "x");
        assertThat(badOption.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(badOption.err()).contains("unknown option --inptu");

        CliRun missingDir = CliRun.of("ingest", "--input", tmp.resolve("nowhere").toString(), "--warehouse", tmp.resolve("w.duckdb").toString());
        assertThat(missingDir.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(missingDir.err()).contains("input folder not found");

        CliRun noOut = CliRun.of("export", "observations");
        assertThat(noOut.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(noOut.err()).contains("--out");

        CliRun noWarehouse = CliRun.of("export", "observations", "--warehouse", tmp.resolve("none.duckdb").toString(), "--out", tmp.resolve("o.csv").toString());
        assertThat(noWarehouse.exit()).isEqualTo(ExitCode.FAILED);
        assertThat(noWarehouse.err()).contains("no warehouse at");
    }

    @Test
    void exportWritesTheDocumentedColumnsAndEveryObservation() throws Exception {
        Path inbox = SampleReports.copyTo(tmp.resolve("inbox"));
        Path wh = tmp.resolve("w.duckdb");
        assertThat(CliRun.of("ingest", "--input", inbox.toString(), "--warehouse", wh.toString()).exit()).isZero();
        Path csv = tmp.resolve("out/observations.csv");

        CliRun export = CliRun.of("export", "observations", "--warehouse", wh.toString(), "--out", csv.toString());

        assertThat(export.exit()).as(export.toString()).isZero();
        List<String> required = List.of("source_file", "area", "area_level", "indicator", "measure", "status", "value",
                "value_high", "unit", "period_start", "period_end", "evidence", "char_start", "char_end");
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(Arrays.copyOf(bytes, 3)).as("UTF-8 byte-order mark, for Excel").containsExactly(0xEF, 0xBB, 0xBF);
        try (Reader r = new java.io.StringReader(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            assertThat(p.getHeaderNames().subList(0, required.size())).isEqualTo(required);
            List<CSVRecord> rows = p.getRecords();
            assertThat((long) rows.size()).isEqualTo(WarehouseSnapshot.count(wh, "SELECT count(*) FROM fact_observation"));
            for (CSVRecord row : rows) {
                assertThat(row.get("value")).matches("-?\\d+(\\.\\d+)?");
                assertThat(row.get("period_start")).matches("\\d{4}-\\d{2}");
                assertThat(row.get("period_end")).matches("\\d{4}-\\d{2}");
                assertThat(row.get("area")).isEqualTo("Thới Lai");
            }
            assertThat(rows).anySatisfy(row -> {
                assertThat(row.get("source_file")).isEqualTo("bao-cao-quy-I-2023.txt");
                assertThat(row.get("indicator")).isEqualTo("budget_revenue");
                assertThat(row.get("measure")).isEqualTo("value");
                assertThat(row.get("status")).isEqualTo("actual");
                assertThat(row.get("value")).isEqualTo("92700000000");
                assertThat(row.get("unit")).isEqualTo("VND");
                assertThat(row.get("period_start")).isEqualTo("2023-01");
                assertThat(row.get("period_end")).isEqualTo("2023-03");
            });
        }
    }
}
