package vn.baocao.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.cli.BaocaoApplication;
import vn.baocao.cli.ExitCode;
import vn.baocao.support.JavaProcess;
import vn.baocao.support.PathologicalShapes;
import vn.baocao.support.SampleReports;

/**
 * One document too large for the job's heap does not fail the night: it is rejected with the reason and the other
 * files are loaded. Run in a job JVM of 200 MB, as an operator would give one, where about 4.6 million characters fit.
 */
class OversizedDocumentTest {

    private static final String SMALL_HEAP = "-Xmx200m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC";

    @TempDir
    Path tmp;

    private record Run(int exit, String out) {
    }

    private Run ingest(Path inbox) throws Exception {
        ProcessBuilder b = JavaProcess.builder(BaocaoApplication.class, "ingest", "--input", inbox.toString(),
                "--warehouse", tmp.resolve("w.duckdb").toString(), "--no-review", "--no-progress").redirectErrorStream(true);
        b.environment().put("BAOCAO_JAVA_OPTIONS", SMALL_HEAP);
        Process p = b.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), out);
    }

    private static PathologicalShapes.Shape shape(String name) {
        return PathologicalShapes.all().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aReportTooLongForTheHeapIsRejectedAsSoonAsItsTextIsRead() throws Exception {
        Path inbox = SampleReports.copyTo(tmp.resolve("inbox"));
        Path big = shape("giant-paragraph").write(inbox, 7_000_000); // report text: some 5.8 million characters
        Run run = ingest(inbox);
        assertThat(run.exit()).as(run.out()).isEqualTo(ExitCode.REJECTED_FILES);
        assertThat(run.out()).contains("loaded                    4", "rejected                  1")
                .contains(big + ": too large to read in the job's memory: its text has ")
                .containsPattern("the job's heap of 19\\d MB has room for 4\\.\\d million");
    }

    @Test
    void aDocumentThatRunsOutOfMemoryAllTheSameIsRejectedAndTheRunGoesOn() throws Exception {
        Path inbox = SampleReports.copyTo(tmp.resolve("inbox"));
        // A token per character: within the characters the heap has room for, but twice the memory of report text.
        Path big = shape("deep-parentheses").write(inbox, 4_400_000);
        assertThat(Files.size(big)).isLessThan(4_500_000);
        Run run = ingest(inbox);
        assertThat(run.exit()).as(run.out()).isEqualTo(ExitCode.REJECTED_FILES);
        assertThat(run.out()).contains("loaded                    4", "rejected                  1", "observations loaded     127")
                .contains(big + ": ran out of memory while being read (the job's heap is 19");
    }
}
