package vn.baocao.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.cli.BaocaoApplication;
import vn.baocao.cli.ExitCode;
import vn.baocao.support.CliRun;
import vn.baocao.support.JavaProcess;
import vn.baocao.support.SampleReports;
import vn.baocao.support.WarehouseSnapshot;
import vn.baocao.warehouse.PublishedWarehouse;

/** A run that dies, in a step or by kill -9, and is run again leaves the warehouse exactly as one clean run. */
class CrashRecoveryTest {

    @TempDir
    Path tmp;

    @Test
    void failureInsideTheLoadStepThenRerunEqualsCleanRun() throws Exception {
        Path inbox = SampleReports.copyTo(tmp.resolve("inbox"));
        Path clean = tmp.resolve("clean.duckdb");
        assertThat(CliRun.of("ingest", "--input", inbox.toString(), "--warehouse", clean.toString()).exit()).isZero();

        // A warehouse whose fact table refuses one document's rows: the load step fails half-way through the inbox.
        Path wh = tmp.resolve("w.duckdb");
        Path nothing = Files.createDirectories(tmp.resolve("nothing"));
        assertThat(CliRun.of("ingest", "--input", nothing.toString(), "--warehouse", wh.toString()).exit())
                .as("a first night with nothing to load publishes an empty warehouse").isZero();
        Path work = new PublishedWarehouse(wh).work();
        String facts = Files.readString(Path.of("warehouse/schema/04_facts.sql"), StandardCharsets.UTF_8);
        int table = facts.indexOf("CREATE TABLE IF NOT EXISTS fact_observation");
        String poisoned = facts.substring(0, table)
                + facts.substring(table).replaceFirst("\\)\\s*;", ", CHECK (source_file <> 'bao-cao-quy-I-2023.txt'));");
        assertThat(poisoned).isNotEqualTo(facts);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + work); Statement st = c.createStatement()) {
            st.execute("DROP TABLE fact_observation");
            st.execute(poisoned);
        }

        // the job's log goes to its file only: the console (this JVM's own, apart from what the command prints) stays quiet
        java.io.ByteArrayOutputStream console = new java.io.ByteArrayOutputStream();
        java.io.PrintStream out = System.out;
        java.io.PrintStream err = System.err;
        CliRun failed;
        try (java.io.PrintStream captured = new java.io.PrintStream(console, true, StandardCharsets.UTF_8)) {
            System.setOut(captured);
            System.setErr(captured);
            failed = CliRun.of("ingest", "--input", inbox.toString(), "--warehouse", wh.toString());
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertThat(console.toString(StandardCharsets.UTF_8)).as("the log on the console").doesNotContain("ERROR", "CHECK constraint");

        assertThat(failed.exit()).as(failed.toString()).isEqualTo(ExitCode.FAILED);
        assertThat(failed.err()).contains("ingest failed", "run ingest again");
        assertThat(Files.readString(Path.of(wh + ".ingest.log"), StandardCharsets.UTF_8))
                .as("the details, for the operator: the log beside the warehouse").contains("ERROR", "step load", "CHECK constraint");
        assertThat(WarehouseSnapshot.facts(wh)).as("a failed run publishes nothing").isEmpty();
        assertThat(WarehouseSnapshot.rows(work, "SELECT regexp_replace(path, '.*/', '') FROM document_register"))
                .as("the failing document's batch is rolled back whole").doesNotContain("bao-cao-quy-I-2023.txt");
        assertThat(WarehouseSnapshot.count(work, """
                SELECT count(*) FROM fact_observation f
                WHERE NOT EXISTS (SELECT 1 FROM document_register r WHERE r.path = f.path AND r.status = 'loaded')""")).isZero();
        assertThat(WarehouseSnapshot.count(work, """
                SELECT count(*) FROM document_register r
                WHERE observations <> (SELECT count(*) FROM fact_observation f WHERE f.path = r.path)""")).isZero();
        assertThat(WarehouseSnapshot.rows(work, "SELECT STATUS FROM batch.BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID"))
                .containsExactly("COMPLETED", "FAILED");

        // The cause is removed (the table keeps its rows), and the job runs again.
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + work); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE kept AS SELECT * FROM fact_observation");
            st.execute("DROP TABLE fact_observation");
            st.execute(facts);
            st.execute("INSERT INTO fact_observation SELECT * FROM kept");
            st.execute("DROP TABLE kept");
        }
        CliRun rerun = CliRun.of("ingest", "--input", inbox.toString(), "--warehouse", wh.toString());

        assertThat(rerun.exit()).as(rerun.toString()).isZero();
        assertThat(WarehouseSnapshot.everything(wh)).isEqualTo(WarehouseSnapshot.everything(clean));
    }

    @Test
    void killedAtAnyMomentThenRerunEqualsCleanRun() throws Exception {
        Path inbox = tmp.resolve("inbox");
        for (int i = 0; i < 300; i++) {
            SampleReports.write(inbox.resolve("huyen-" + (i % 10) + "/q" + (1 + i % 4) + "-" + (2019 + i / 40) + "-" + i + ".txt"),
                    SampleReports.quarterlyReport("Huyện " + (i % 10), 1 + i % 4, 2019 + i / 40, i));
        }
        Path clean = tmp.resolve("clean.duckdb");
        CliRun cleanRun = CliRun.of("ingest", "--input", inbox.toString(), "--warehouse", clean.toString());
        assertThat(cleanRun.exit()).as(cleanRun.toString()).isZero();

        // Each run is killed when its progress line shows it in a given phase, whatever the speed of the machine: while
        // scanning, as reading starts, half-way through reading, while loading, while checking the figures.
        Path wh = tmp.resolve("w.duckdb");
        List<Predicate<String>> killWhen = List.of(
                line -> line.startsWith("scanning the inbox"),
                line -> line.startsWith("reading "),
                line -> readingAtLeast(line, 150),
                line -> line.startsWith("loading "),
                line -> line.startsWith("checking the figures"));
        int killedMidRun = 0;
        for (Predicate<String> when : killWhen) {
            if (killWhenShown(inbox, wh, when)) {
                killedMidRun++;
            }
        }
        assertThat(killedMidRun).as("at least some runs must have been killed while working").isGreaterThanOrEqualTo(3);

        CliRun rerun = CliRun.of("ingest", "--input", inbox.toString(), "--warehouse", wh.toString());

        assertThat(rerun.exit()).as(rerun.toString()).isZero();
        List<String> expected = WarehouseSnapshot.everything(clean);
        assertThat(expected).hasSizeGreaterThan(1000);
        assertThat(WarehouseSnapshot.everything(wh)).isEqualTo(expected);
        assertThat(WarehouseSnapshot.count(wh, "SELECT count(*) FROM batch.BATCH_JOB_EXECUTION WHERE STATUS IN ('STARTED', 'STARTING')")).isZero();
    }

    /** "reading 151 of 300 documents, ...": at least {@code n} read. */
    private static boolean readingAtLeast(String line, int n) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^reading (\\d+) of").matcher(line);
        return m.find() && Integer.parseInt(m.group(1)) >= n;
    }

    /**
     * Runs ingest with its progress line and kills the whole process tree at once (as a power cut or 'kill -9' of
     * the process group does: the job runs in a JVM of its own) as soon as a line satisfies {@code when}; true if
     * the run was still going then.
     */
    private boolean killWhenShown(Path inbox, Path wh, Predicate<String> when) throws Exception {
        Process p = JavaProcess.builder(BaocaoApplication.class, "ingest", "--input", inbox.toString(), "--warehouse", wh.toString(),
                "--threads", "1", "--progress").redirectErrorStream(true).start();
        CompletableFuture<Boolean> shown = new CompletableFuture<>();
        Thread watcher = new Thread(() -> {
            StringBuilder line = new StringBuilder();
            try (java.io.Reader out = new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)) {
                for (int c = out.read(); c >= 0; c = out.read()) {
                    if (c == '\r' || c == '\n') {
                        if (!shown.isDone() && when.test(line.toString().strip())) {
                            shown.complete(true);
                        }
                        line.setLength(0);
                    } else {
                        line.append((char) c);
                    }
                }
            } catch (java.io.IOException closed) {
                // the process was killed
            }
            shown.complete(false);
        }, "progress-watcher");
        watcher.start();
        boolean killed = false;
        if (shown.get(120, TimeUnit.SECONDS) && p.isAlive()) {
            List<ProcessHandle> tree = p.descendants().toList();
            tree.forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            for (ProcessHandle h : tree) {
                h.onExit().get(10, TimeUnit.SECONDS);
            }
            killed = true;
        }
        p.waitFor(120, TimeUnit.SECONDS);
        watcher.join(10_000);
        return killed;
    }
}
