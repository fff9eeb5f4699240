package vn.baocao.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.cli.ExitCode;
import vn.baocao.support.CliRun;
import vn.baocao.support.HoldWarehouseOpen;
import vn.baocao.support.JavaProcess;
import vn.baocao.support.SampleReports;
import vn.baocao.support.WarehouseSnapshot;
import vn.baocao.warehouse.PublishedWarehouse;

/** No lock-outs: a statistician's open session and the nightly job do not stop each other. */
class WarehouseLockTest {

    @TempDir
    Path tmp;

    /** A session on a file, in another process. */
    private record Session(Process process, BufferedReader out, PrintWriter in) implements AutoCloseable {

        static Session open(Path file) throws Exception {
            Process p = JavaProcess.start(HoldWarehouseOpen.class, file.toString());
            Session s = new Session(p, new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)),
                    new PrintWriter(p.getOutputStream(), true, StandardCharsets.UTF_8));
            assertThat(s.out.readLine()).isEqualTo("ready");
            return s;
        }

        String ask(String query) throws Exception {
            in.println(query);
            return out.readLine();
        }

        @Override
        public void close() throws Exception {
            in.close();
            process.waitFor(10, TimeUnit.SECONDS);
            process.destroyForcibly();
        }
    }

    @Test
    void aSessionOnThePublishedFileAndTheNightlyJobBothKeepWorking() throws Exception {
        Path inbox = SampleReports.copyTo(tmp.resolve("inbox"));
        Path wh = tmp.resolve("w.duckdb");
        Files.createDirectories(inbox.resolve("later"));
        Files.move(inbox.resolve("thoi-lai/bao-cao-quy-I-2024.txt"), tmp.resolve("later.txt"));
        assertThat(CliRun.of("ingest", "--input", inbox.toString(), "--warehouse", wh.toString()).exit()).isZero();
        long before = WarehouseSnapshot.count(wh, "SELECT count(*) FROM fact_observation");

        try (Session statistician = Session.open(wh)) {
            assertThat(statistician.ask("SELECT count(*) FROM fact_observation")).isEqualTo(String.valueOf(before));
            Files.move(tmp.resolve("later.txt"), inbox.resolve("later/bao-cao-quy-I-2024.txt"));

            CliRun nightly = CliRun.of("ingest", "--input", inbox.toString(), "--warehouse", wh.toString());

            assertThat(nightly.exit()).as(nightly.toString()).isEqualTo(ExitCode.OK);
            assertThat(nightly.out()).contains("loaded                    1");
            // The open session keeps the version it opened and keeps answering.
            assertThat(statistician.ask("SELECT count(*) FROM fact_observation")).isEqualTo(String.valueOf(before));
            // New readers see the new version at once.
            assertThat(WarehouseSnapshot.count(wh, "SELECT count(*) FROM fact_observation")).isGreaterThan(before);
            CliRun export = CliRun.of("export", "v_yoy", "--warehouse", wh.toString(), "--out", tmp.resolve("yoy.csv").toString());
            assertThat(export.exit()).as(export.toString()).isZero();
        }
        try (Session statistician = Session.open(wh)) {
            CliRun again = CliRun.of("ingest", "--input", inbox.toString(), "--warehouse", wh.toString(), "--force");
            assertThat(again.exit()).as("a session open during the publish does not make the next run fail: " + again).isZero();
            assertThat(statistician.ask("SELECT 1")).isEqualTo("1");
        }
    }

    @Test
    void aPublishedFileChangedByASessionStillOpenIsNotCopiedWhenClosedItIs() throws Exception {
        Path inbox = SampleReports.copyTo(tmp.resolve("inbox"));
        Path wh = tmp.resolve("w.duckdb");
        assertThat(CliRun.of("ingest", "--input", inbox.toString(), "--warehouse", wh.toString(), "--no-review").exit()).isZero();
        List<String> facts = WarehouseSnapshot.facts(wh);

        try (Session statistician = Session.open(wh)) {
            // written into the published file itself, by a session that still holds it (and may be writing it now)
            statistician.ask("CREATE TABLE my_notes AS SELECT 42 AS answer");
            statistician.ask("CHECKPOINT");
            CliRun nightly = CliRun.of("ingest", "--input", inbox.toString(), "--warehouse", wh.toString(), "--no-review");

            assertThat(nightly.exit()).as(nightly.toString()).isEqualTo(ExitCode.OK);
            assertThat(nightly.out()).containsPattern("skipped, unchanged\\s+4\\b");
            assertThat(WarehouseSnapshot.count(wh, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'my_notes'"))
                    .as("the job went on from its own copy and published it").isZero();
        }
        assertThat(WarehouseSnapshot.facts(wh)).isEqualTo(facts);

        // Once no program holds it, a published file that is not the one the job published is what the next run starts from.
        try (Session statistician = Session.open(wh)) {
            statistician.ask("CREATE TABLE my_notes AS SELECT 42 AS answer");
        }
        CliRun next = CliRun.of("ingest", "--input", inbox.toString(), "--warehouse", wh.toString(), "--no-review");
        assertThat(next.exit()).as(next.toString()).isEqualTo(ExitCode.OK);
        assertThat(WarehouseSnapshot.count(wh, "SELECT count(*) FROM my_notes")).isEqualTo(1);
        assertThat(WarehouseSnapshot.facts(wh)).isEqualTo(facts);
    }

    @Test
    void theJobsOwnCopyHeldByAnotherProcessGivesAClearMessage() throws Exception {
        Path inbox = SampleReports.copyTo(tmp.resolve("inbox"));
        Path wh = tmp.resolve("w.duckdb");
        assertThat(CliRun.of("ingest", "--input", inbox.toString(), "--warehouse", wh.toString()).exit()).isZero();
        Path work = new PublishedWarehouse(wh).work();
        try (Session intruder = Session.open(work)) {
            CliRun run = CliRun.of("ingest", "--input", inbox.toString(), "--warehouse", wh.toString());

            assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCode.WAREHOUSE_BUSY);
            assertThat(run.err()).contains("The warehouse " + work + " is open in another program",
                    "Close that program's connection", "run this command again");
            assertThat(run.err()).doesNotContain("Exception", "\tat ");
        }
        assertThat(CliRun.of("ingest", "--input", inbox.toString(), "--warehouse", wh.toString()).exit()).isZero();
    }
}
