package vn.baocao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.job.JobProgress;
import vn.baocao.support.CliRun;
import vn.baocao.support.JavaProcess;
import vn.baocao.support.SampleReports;

/** ingest's progress line: shown to a person at a terminal, never in a scheduler's log. */
class IngestProgressTest {

    @TempDir
    Path tmp;

    private CliRun ingest(String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("ingest", "--input", SampleReports.copyTo(tmp.resolve("inbox-" + System.nanoTime())).toString(),
                "--warehouse", tmp.resolve("w-" + System.nanoTime() + ".duckdb").toString()));
        args.addAll(List.of(extra));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exit()).as(run.toString()).isZero();
        return run;
    }

    @Test
    void forcedOnItCountsTheDocumentsInPlaceAndClearsTheLineBeforeTheSummary() throws Exception {
        CliRun run = ingest("--progress");
        assertThat(run.err()).contains("\rreading 4 of 4 documents, ", " documents/s", "\rloading 4 of 4 documents")
                .doesNotContain("\n").endsWith("\r");
        String cleared = run.err().substring(run.err().lastIndexOf('\r', run.err().length() - 2) + 1, run.err().length() - 1);
        assertThat(cleared).isBlank().isNotEmpty();
        assertThat(run.out()).startsWith("baocao ingest ").contains("loaded                    4").doesNotContain("\r");
    }

    @Test
    void withoutATerminalOrForcedOffNothingButTheSummaryIsPrinted() throws Exception {
        for (CliRun run : List.of(ingest(), ingest("--no-progress"))) {
            assertThat(run.err()).isEmpty();
            assertThat(run.out()).startsWith("baocao ingest ").doesNotContain("\r", "documents/s");
        }
        assertThat(CliRun.of("ingest", "--progress", "--no-progress").exit()).isEqualTo(ExitCode.USAGE);
    }

    /** The job runs in a JVM of its own: whether the user's JVM had a terminal decides, not the job's. */
    @Test
    void theJobsJvmShowsProgressWhenTheUsersJvmHasATerminal() throws Exception {
        assertThat(started(true).err()).contains("reading 4 of 4 documents");
        CliRun cron = started(false);
        assertThat(cron.err()).isEmpty();
        assertThat(cron.out()).doesNotContain("\r");
    }

    private CliRun started(boolean terminal) throws Exception {
        Path inbox = SampleReports.copyTo(tmp.resolve("inbox-" + terminal));
        List<String> command = new ArrayList<>(JavaProcess.builder(BaocaoApplication.class, "ingest", "--input", inbox.toString(),
                "--warehouse", tmp.resolve("w-" + terminal + ".duckdb").toString()).command());
        if (terminal) {
            command.add(1, "-D" + Terminal.PROPERTY + "=true"); // as the user's JVM finds a terminal
        }
        Path err = tmp.resolve("err-" + terminal);
        Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        CliRun run = new CliRun(exit, out, Files.readString(err));
        assertThat(exit).as(run.toString()).isZero();
        return run;
    }

    @Test
    void theLineSaysHowManyOfHowManyAtWhatRateAndHowLongIsLeft() {
        long started = System.nanoTime();
        JobProgress.Phase reading = new JobProgress.Phase("reading", 2000, started);
        reading.done().set(500);
        assertThat(ProgressLine.text(reading, started + 5_000_000_000L)).isEqualTo("reading 500 of 2000 documents, 100 documents/s, about 15 s left");
        reading.endedNanos().set(started + 20_000_000_000L);
        reading.done().set(2000);
        assertThat(ProgressLine.text(reading, started + 60_000_000_000L)).as("the rate of the phase, not of the time since")
                .isEqualTo("reading 2000 of 2000 documents, 100 documents/s");
        assertThat(ProgressLine.text(new JobProgress.Phase("reading", 10, started), started + 1)).isEqualTo("reading 0 of 10 documents");
        assertThat(ProgressLine.text(new JobProgress.Phase("scanning the inbox", 0, started), started)).isEqualTo("scanning the inbox ...");
        assertThat(ProgressLine.duration(0.2)).isEqualTo("1 s");
        assertThat(ProgressLine.duration(185)).isEqualTo("3 min 5 s");
        assertThat(ProgressLine.duration(3 * 3600 + 125)).isEqualTo("3 h 2 min");
    }

    @Test
    void aPhaseEndsWhenItsLastDocumentIsDone() {
        JobProgress progress = new JobProgress();
        progress.start("reading", List.of("a", "b"));
        progress.advance(1);
        assertThat(progress.since(1).get(0).endedNanos().get()).isZero();
        progress.advance(1);
        assertThat(progress.since(1)).singleElement().satisfies(p -> {
            assertThat(p.doneSoFar()).isEqualTo(2);
            assertThat(p.endedNanos().get()).isNotZero();
        });
    }
}
