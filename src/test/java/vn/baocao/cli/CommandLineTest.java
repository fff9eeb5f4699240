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
        for (String command : List.of("ingest", "export", "yoy", "sql", "evaluate", "explain", "check-rules")) {
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

    @Test
    void explainTellsHowEachFigureWasReadWithoutTouchingAWarehouse() throws Exception {
        Path report = Files.writeString(tmp.resolve("bc.txt"), """
                ỦY BAN NHÂN DÂN HUYỆN CỜ ĐỎ
                BÁO CÁO
                Tình hình kinh tế - xã hội quý I năm 2021
                Tổng thu ngân sách nhà nước trên địa bàn đạt 96.480 triệu đồng, tăng 4,2% so với cùng kỳ. Kỳ họp thứ 8 đã thông qua.
                """, StandardCharsets.UTF_8);
        CliRun explain = CliRun.of("explain", report.toString());
        assertThat(explain.exit()).as(explain.toString()).isZero();
        assertThat(explain.out()).contains("period    2021-01..2021-03", "huyện Cờ Đỏ [district, old:")
                .contains("'96.480 triệu đồng' -> budget_revenue value actual 9.648E10 2021-01..2021-03")
                .contains("'4,2%' -> budget_revenue yoy_pct actual 4.2");
        assertThat(tmp.resolve("w.duckdb")).doesNotExist();
    }

    @Test
    void checkRulesRunsEveryExampleAndNamesTheOnesThatFail() throws Exception {
        CliRun ok = CliRun.of("check-rules");
        assertThat(ok.exit()).as(ok.toString()).isZero();
        assertThat(ok.out()).containsPattern("(\\d+) of \\1 examples give what their entry says");

        Path config = tmp.resolve("jobs");
        Files.createDirectories(config.resolve("language"));
        Files.createDirectories(config.resolve("dictionary"));
        try (var files = Files.list(Path.of("jobs/language"))) {
            for (Path f : files.toList()) {
                Files.copy(f, config.resolve("language").resolve(f.getFileName()));
            }
        }
        try (var files = Files.list(Path.of("jobs/dictionary"))) {
            for (Path f : files.toList()) {
                Files.copy(f, config.resolve("dictionary").resolve(f.getFileName()));
            }
        }
        // a statistician's new cue with an example it does not give
        Files.writeString(config.resolve("language/measures.csv"), "nhích lên,up,\"Doanh thu du lịch nhích lên 2% so với cùng kỳ.\",tourism_revenue yoy_pct observed 3\n",
                java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(config.resolve("ingest.properties"), "dictionary = dictionary/indicators.csv\nlanguage = language\n");
        CliRun bad = CliRun.of("check-rules", "--config", config.resolve("ingest.properties").toString());
        assertThat(bad.exit()).isEqualTo(ExitCode.FAILED);
        assertThat(bad.out()).contains("FAIL  measures.csv:").contains("nhích lên").contains("missing: tourism_revenue yoy_pct observed 3");
    }

    @Test
    void duckDbResourcesOutOfRangeInTheConfigurationAreAUsageError() throws Exception {
        Path config = tmp.resolve("bad.properties");
        Files.writeString(config, "duckdb-threads = -2\n");
        CliRun run = CliRun.of("ingest", "--config", config.toString(), "--input", tmp.toString(), "--warehouse", tmp.resolve("w.duckdb").toString());
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("duckdb-threads must be 0 or more, not -2");
        assertThat(Files.exists(tmp.resolve("w.duckdb"))).isFalse();

        Files.writeString(config, "duckdb-threads = 20000\n");
        CliRun tooMany = CliRun.of("ingest", "--config", config.toString(), "--input", tmp.toString(), "--warehouse", tmp.resolve("w.duckdb").toString());
        assertThat(tooMany.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(tooMany.err()).contains("duckdb-threads must be at most 1024, not 20000");
        assertThat(Files.exists(tmp.resolve("w.duckdb"))).isFalse();
    }

    @Test
    void evaluateScoresAreasAndPeriodsAgainstAMetaGoldFile() throws Exception {
        Path inbox = SampleReports.copyTo(tmp.resolve("inbox"));
        Path wh = tmp.resolve("w.duckdb");
        assertThat(CliRun.of("ingest", "--input", inbox.toString(), "--warehouse", wh.toString()).exit()).isZero();
        List<String> docs = WarehouseSnapshot.rows(wh, "SELECT regexp_extract(path, '[^/]+$') FROM document_register ORDER BY path");
        StringBuilder meta = new StringBuilder("doc,area,area_level,periods\n");
        StringBuilder gold = new StringBuilder("doc,indicator,measure,status,value,value_high,period_start,period_end,score,evidence\n");
        for (int i = 0; i < docs.size(); i++) {
            // the first document is given another area and another period: one area error, one period error
            meta.append(docs.get(i)).append(i == 0 ? ",Cờ Đỏ,district,2019-01..2019-03\n" : ",Thới Lai,district,2022-01..2022-03|2023-01..2023-03|2024-01..2024-03|2024-01..2024-12\n");
        }
        Files.writeString(tmp.resolve("meta.csv"), meta);
        Files.writeString(tmp.resolve("gold.csv"), gold);
        CliRun eval = CliRun.of("evaluate", "--gold", tmp.resolve("gold.csv").toString(), "--meta", tmp.resolve("meta.csv").toString(),
                "--warehouse", wh.toString(), "--show");
        assertThat(eval.exit()).as(eval.toString()).isZero();
        assertThat(eval.out()).contains("area accuracy              " + String.format(java.util.Locale.ROOT, "%.3f", (docs.size() - 1.0) / docs.size()))
                .contains("wrong areas                1")
                .contains(docs.get(0) + ": gold Cờ Đỏ [district], read Thới Lai [district]");
    }
}
