package vn.baocao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.support.CliRun;
import vn.baocao.support.JavaProcess;
import vn.baocao.support.SampleReports;

/** The schedule of jobs/schedule: the README shows the files as they are, and they read ingest's exit codes right. */
class ScheduleTest {

    private static final Path SCHEDULE = Path.of("jobs", "schedule");

    @TempDir
    Path tmp;

    @Test
    void theReadmeShowsTheUnitsAsTheyAreAndTheyUseIngestsExitCodes() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String service = Files.readString(SCHEDULE.resolve("baocao-ingest.service"));
        String timer = Files.readString(SCHEDULE.resolve("baocao-ingest.timer"));
        assertThat(readme).contains("```ini\n" + service + "```", "```ini\n" + timer + "```", "jobs/schedule/baocao-ingest-cron.sh");
        assertThat(service).contains("ExecStart=/usr/bin/java -jar /opt/baocao/baocao.jar ingest ",
                "\nSuccessExitStatus=" + ExitCode.REJECTED_FILES + "\n", "\nRestartForceExitStatus=" + ExitCode.WAREHOUSE_BUSY + "\n");
        assertThat(CliRun.of("ingest", "--help").out()).contains(ExitCode.REJECTED_FILES + " some files rejected",
                ExitCode.FAILED + " the job failed", ExitCode.WAREHOUSE_BUSY + " the warehouse is busy");
    }

    /** The cron wrapper, run by sh on a real ingest: what it logs, what it prints (cron mails it) and its exit code. */
    @Test
    void theCronWrapperLogsEachRunWithItsDateAndSpeaksOnlyWhenTheRunFailed() throws Exception {
        Path wh = tmp.resolve("w.duckdb");
        Path log = tmp.resolve("log/ingest.log");
        Cron ok = cron(ingest(SampleReports.copyTo(tmp.resolve("inbox")), wh), log);
        assertThat(ok.exit()).as(ok.out()).isZero();
        assertThat(ok.out()).isEmpty();
        assertThat(Files.readString(log)).containsPattern("(?m)^=== \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d baocao ingest, try 1\nbaocao ingest ")
                .contains("loaded                    4").containsPattern("(?m)^=== [-0-9: ]+ exit 0: ok$");

        Cron failed = cron(ingest(tmp.resolve("no-such-inbox"), wh), log);
        assertThat(failed.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(failed.out()).contains("ended with exit code 64 (FAILED)", "input folder not found");
        assertThat(Files.readString(log)).contains("exit 0: ok", "exit 64: FAILED");
    }

    @Test
    void theCronWrapperTriesABusyWarehouseThreeTimes() throws Exception {
        Path wh = tmp.resolve("w.duckdb");
        Path log = tmp.resolve("ingest.log");
        Optional<RunLock> running = RunLock.tryAcquire(wh); // as an ingest running on it
        assertThat(running).isPresent();
        try (RunLock held = running.get()) {
            Cron busy = cron(ingest(SampleReports.copyTo(tmp.resolve("inbox")), wh), log);
            assertThat(busy.exit()).isEqualTo(ExitCode.WAREHOUSE_BUSY);
            assertThat(busy.out()).contains("ended with exit code 3 (busy");
        }
        assertThat(Files.readString(log)).contains("try 1", "try 2", "try 3").doesNotContain("try 4");
        assertThat(Files.readString(log).lines().filter(l -> l.contains("exit 3: busy"))).hasSize(3);
    }

    private record Cron(int exit, String out) {
    }

    /** The ingest command line for sh -c, as this test's JVM would start the program. */
    private static String ingest(Path inbox, Path warehouse) {
        return JavaProcess.builder(BaocaoApplication.class, "ingest", "--input", inbox.toString(), "--warehouse", warehouse.toString())
                .command().stream().map(a -> "'" + a.replace("'", "'\\''") + "'").collect(Collectors.joining(" "));
    }

    private static Cron cron(String ingest, Path log) throws Exception {
        ProcessBuilder b = new ProcessBuilder("sh", SCHEDULE.resolve("baocao-ingest-cron.sh").toString()).redirectErrorStream(true);
        b.environment().put("BAOCAO_INGEST", ingest);
        b.environment().put("BAOCAO_LOG", log.toString());
        b.environment().put("BAOCAO_RETRY_SECONDS", "0");
        b.environment().put(JobJvm.ENVIRONMENT, "none"); // one JVM a run is enough here
        Process p = b.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Cron(p.waitFor(), out);
    }
}
