package vn.baocao.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.cli.ExitCode;
import vn.baocao.support.CliRun;
import vn.baocao.support.SampleReports;
import vn.baocao.support.WarehouseSnapshot;

/** The real ingest job, through the command line, on a temporary inbox and DuckDB file. */
class IngestJobTest {

    @TempDir
    Path tmp;

    private CliRun ingest(Path inbox, Path warehouse, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("ingest", "--input", inbox.toString(), "--warehouse", warehouse.toString()));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void loadsTheSampleInboxWithYearOnYearFigures() throws Exception {
        Path inbox = SampleReports.copyTo(tmp.resolve("inbox"));
        Path wh = tmp.resolve("w.duckdb");

        CliRun run = ingest(inbox, wh);

        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("files seen                4", "loaded                    4", "rejected                  0",
                wh.toAbsolutePath().toString());
        assertThat(WarehouseSnapshot.rows(wh, "SELECT status || ' ' || doc_kind || ' ' || area_type || ' ' || area || ' ' || area_level FROM document_register"))
                .containsExactly("loaded report huyện Thới Lai district", "loaded report huyện Thới Lai district",
                        "loaded report huyện Thới Lai district", "loaded resolution huyện Thới Lai district");
        // The same quarter in three years, each with its own period.
        assertThat(WarehouseSnapshot.rows(wh, """
                SELECT strftime(period_start, '%Y-%m') || '..' || strftime(period_end, '%Y-%m') || ' ' || status || ' ' || CAST(value AS BIGINT)
                FROM fact_observation WHERE indicator = 'prod_value_total' AND measure = 'value' AND source_file LIKE 'bao-cao%'"""))
                .containsExactly("2022-01..2022-03 estimate 4120000000000", "2023-01..2023-03 estimate 4480000000000",
                        "2024-01..2024-03 estimate 4910000000000");
        // Next year's targets from the council resolution.
        assertThat(WarehouseSnapshot.rows(wh, """
                SELECT indicator || ' ' || value FROM fact_observation
                WHERE status = 'target' AND period_start = DATE '2025-01-01' AND period_end = DATE '2025-12-01'"""))
                .contains("budget_revenue 360000000000.0", "jobs_created 3500.0", "health_insurance_coverage 95.0");
        // Every observation is grounded in its file.
        Path source = inbox.resolve("thoi-lai/bao-cao-quy-I-2023.txt");
        String text = Files.readString(source, StandardCharsets.UTF_8);
        for (String row : WarehouseSnapshot.rows(wh, """
                SELECT char_start || '|' || char_end || '|' || rule FROM fact_observation WHERE source_file = 'bao-cao-quy-I-2023.txt'""")) {
            String[] f = row.split("\\|");
            String span = text.substring(Integer.parseInt(f[0]), Integer.parseInt(f[1]));
            assertThat(span).as(row).matches("(?s).*\\d.*|.*(không|như cùng kỳ).*");
            assertThat(f[2]).startsWith("dict:");
        }
    }

    @Test
    void rerunChangesNothingAndSkipsCheaply() throws Exception {
        Path inbox = SampleReports.copyTo(tmp.resolve("inbox"));
        Path wh = tmp.resolve("w.duckdb");
        assertThat(ingest(inbox, wh).exit()).isZero();
        List<String> before = WarehouseSnapshot.everything(wh);

        CliRun again = ingest(inbox, wh);

        assertThat(again.exit()).as(again.toString()).isZero();
        assertThat(again.out()).contains("skipped, unchanged        4", "loaded                    0", "observations loaded       0");
        assertThat(WarehouseSnapshot.everything(wh)).isEqualTo(before);
        assertThat(WarehouseSnapshot.count(wh, "SELECT count(*) FROM run_log")).isEqualTo(2);
        // Cheaply: told unchanged by size and modification time (file systems keep nanoseconds, the register
        // microseconds), not by reading and hashing every file again.
        assertThat(WarehouseSnapshot.rows(wh, "SELECT DISTINCT note FROM stage_file")).containsExactly("unchanged");
    }

    @Test
    void forceReprocessesEverythingWithoutDuplicating() throws Exception {
        Path inbox = SampleReports.copyTo(tmp.resolve("inbox"));
        Path wh = tmp.resolve("w.duckdb");
        assertThat(ingest(inbox, wh).exit()).isZero();
        List<String> before = WarehouseSnapshot.everything(wh);

        CliRun forced = ingest(inbox, wh, "--force");

        assertThat(forced.exit()).isZero();
        assertThat(forced.out()).contains("loaded                    4");
        assertThat(WarehouseSnapshot.everything(wh)).isEqualTo(before);
    }

    @Test
    void changedFileReplacesItsObservations() throws Exception {
        Path inbox = SampleReports.copyTo(tmp.resolve("inbox"));
        Path wh = tmp.resolve("w.duckdb");
        assertThat(ingest(inbox, wh).exit()).isZero();
        long total = WarehouseSnapshot.count(wh, "SELECT count(*) FROM fact_observation");
        Path report = inbox.resolve("thoi-lai/bao-cao-quy-I-2024.txt");
        Files.writeString(report, Files.readString(report).replace("4.910 tỷ đồng", "5.010 tỷ đồng"));

        CliRun run = ingest(inbox, wh);

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("skipped, unchanged        3", "loaded                    1");
        assertThat(WarehouseSnapshot.rows(wh, """
                SELECT CAST(value AS BIGINT) FROM fact_observation
                WHERE source_file = 'bao-cao-quy-I-2024.txt' AND indicator = 'prod_value_total' AND measure = 'value'"""))
                .containsExactly("5010000000000");
        assertThat(WarehouseSnapshot.count(wh, "SELECT count(*) FROM fact_observation")).isEqualTo(total);
        // No orphans: every fact belongs to the version the register says is loaded.
        assertThat(WarehouseSnapshot.count(wh, """
                SELECT count(*) FROM fact_observation f
                WHERE NOT EXISTS (SELECT 1 FROM document_register r WHERE r.path = f.path AND r.loaded_sha256 = f.sha256)""")).isZero();
    }

    @Test
    void aBrokenNewVersionIsRejectedAndTheFiguresOfTheVersionBeforeStay() throws Exception {
        Path inbox = SampleReports.copyTo(tmp.resolve("inbox"));
        Path wh = tmp.resolve("w.duckdb");
        assertThat(ingest(inbox, wh).exit()).isZero();
        String facts = "SELECT count(*) FROM fact_observation WHERE source_file = 'bao-cao-quy-I-2024.txt'";
        long before = WarehouseSnapshot.count(wh, facts);
        assertThat(before).isPositive();
        long others = WarehouseSnapshot.count(wh, "SELECT count(*) FROM fact_observation") - before;
        Files.write(inbox.resolve("thoi-lai/bao-cao-quy-I-2024.txt"), new byte[] {0x50, 0x4B, 0x00, 0x01, 0x02, 0x00, 0x7F, 0x00});

        CliRun run = ingest(inbox, wh);

        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCode.REJECTED_FILES);
        assertThat(WarehouseSnapshot.count(wh, facts)).isEqualTo(before);
        assertThat(WarehouseSnapshot.count(wh, "SELECT count(*) FROM fact_observation")).isEqualTo(before + others);
        assertThat(WarehouseSnapshot.rows(wh, """
                SELECT status || ': ' || reason || ' / ' || observations FROM document_register
                WHERE path LIKE '%bao-cao-quy-I-2024.txt'"""))
                .containsExactly("rejected: not a text document (binary content) (the " + before
                        + " observations of the version loaded before are kept) / " + before);
    }

    @Test
    void sameContentUnderAnotherNameIsNotLoadedTwice() throws Exception {
        Path inbox = SampleReports.copyTo(tmp.resolve("inbox"));
        Path wh = tmp.resolve("w.duckdb");
        Files.copy(inbox.resolve("thoi-lai/bao-cao-quy-I-2022.txt"), inbox.resolve("ban-sao.txt"));

        CliRun run = ingest(inbox, wh);

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("skipped, duplicate        1", "loaded                    4");
        assertThat(WarehouseSnapshot.count(wh, """
                SELECT count(*) FROM (SELECT indicator, measure, status, value, period_start, count(*) n FROM fact_observation
                WHERE indicator = 'prod_value_total' GROUP BY ALL HAVING n > 1)""")).isZero();
    }

    @Test
    void badFilesAreRejectedWithReasonsAndTheOthersLoad() throws Exception {
        Path inbox = SampleReports.copyTo(tmp.resolve("inbox"));
        Path wh = tmp.resolve("w.duckdb");
        Files.write(inbox.resolve("rong.txt"), new byte[0]);
        Files.write(inbox.resolve("nhi-phan.txt"), new byte[] {0x50, 0x4B, 0x00, 0x01, 0x02, 0x00, 0x7F, 0x00});
        Path loop = inbox.resolve("vong-lap.txt");
        Files.createSymbolicLink(loop, loop.getFileName());
        Files.writeString(inbox.resolve("bang-tinh.xlsx"), "not really a spreadsheet");

        CliRun run = ingest(inbox, wh);

        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCode.REJECTED_FILES);
        assertThat(run.out()).contains("loaded                    4", "rejected                  4",
                "rong.txt: empty file",
                "nhi-phan.txt: not a text document (binary content)",
                "vong-lap.txt: cannot open: broken or looping symbolic link",
                "bang-tinh.xlsx: wrong extension: named .xlsx but the content is plain text");
        assertThat(WarehouseSnapshot.rows(wh, "SELECT status, count(*) FROM document_register GROUP BY ALL"))
                .containsExactlyInAnyOrder("loaded | 4", "rejected | 4");

        // Rejected files are not read again while unchanged.
        CliRun again = ingest(inbox, wh);
        assertThat(again.out()).contains("skipped, unchanged        7");
    }

    @Test
    void fileWithoutReadPermissionIsRejected() throws Exception {
        Path inbox = SampleReports.copyTo(tmp.resolve("inbox"));
        Path secret = inbox.resolve("mat.txt");
        Files.writeString(secret, "Tổng thu ngân sách đạt 100 tỷ đồng.");
        secret.toFile().setReadable(false, false);
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(secret),
                "running as root: permissions do not stop reading, so this case cannot be made here (the symlink-loop case covers unreadable files)");

        CliRun run = ingest(inbox, tmp.resolve("w.duckdb"));

        assertThat(run.exit()).isEqualTo(ExitCode.REJECTED_FILES);
        assertThat(run.out()).contains("mat.txt: cannot read file: permission denied", "loaded                    4");
    }

    @Test
    void stagingNeverReachesTheWarehouseFileAndAnOlderVersionsStagingIsDropped() throws Exception {
        Path inbox = SampleReports.copyTo(tmp.resolve("inbox"));
        Path wh = tmp.resolve("w.duckdb");
        // A warehouse of a version that staged in the file, left with the rows of a run killed mid-way.
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + wh);
             java.sql.Statement st = c.createStatement()) {
            st.execute("CREATE TABLE stage_observation (run_id VARCHAR, path VARCHAR, sha256 VARCHAR, indicator VARCHAR, value DOUBLE)");
            st.execute("INSERT INTO stage_observation VALUES ('killed', 'x.txt', 'abc', 'budget_revenue', 1)");
            st.execute("CREATE TABLE stage_document (run_id VARCHAR, path VARCHAR)");
        }

        CliRun run = ingest(inbox, wh);

        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("loaded                    4");
        assertThat(WarehouseSnapshot.rows(wh, "SELECT table_name FROM information_schema.tables WHERE table_name LIKE 'stage%' ORDER BY 1"))
                .as("documents and observations are staged in TEMP tables only").containsExactly("stage_correction", "stage_file");
        assertThat(WarehouseSnapshot.count(wh, "SELECT count(*) FROM fact_observation WHERE path = 'x.txt'")).isZero();
        assertThat(WarehouseSnapshot.count(wh, "SELECT count(*) FROM fact_observation")).isPositive();
    }

    @Test
    void secondRunWhileOneIsRunningIsRefused() throws Exception {
        Path inbox = SampleReports.copyTo(tmp.resolve("inbox"));
        Path wh = tmp.resolve("w.duckdb");
        try (var held = vn.baocao.cli.RunLock.tryAcquire(wh).orElseThrow()) {
            CliRun second = ingest(inbox, wh);
            assertThat(second.exit()).isEqualTo(ExitCode.WAREHOUSE_BUSY);
            assertThat(second.err()).contains("Another baocao ingest is already running on " + wh.toAbsolutePath());
            assertThat(Files.exists(wh)).as("the refused run must not touch the warehouse").isFalse();
        }
        assertThat(ingest(inbox, wh).exit()).isZero();
    }
}
