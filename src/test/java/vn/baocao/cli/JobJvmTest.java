package vn.baocao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.support.JavaProcess;
import vn.baocao.support.SampleReports;

/** Started as a scheduler starts it, with no JVM options, ingest runs in a JVM with the job's own. */
class JobJvmTest {

    @TempDir
    Path tmp;

    private String ingest(String javaOptions) throws Exception {
        Path inbox = SampleReports.copyTo(tmp.resolve("inbox-" + System.nanoTime()));
        ProcessBuilder b = JavaProcess.builder(BaocaoApplication.class, "ingest", "--input", inbox.toString(),
                "--warehouse", tmp.resolve("w.duckdb").toString()).redirectErrorStream(true);
        if (javaOptions != null) {
            b.environment().put(JobJvm.ENVIRONMENT, javaOptions);
        }
        Process p = b.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }

    @Test
    void ingestRunsInAOneGigabyteJvmOfItsOwn() throws Exception {
        assertThat(ingest(null)).contains("loaded                    4").containsPattern("peak heap +\\d+ MB \\(of 10\\d\\d MB\\)")
                .as("the JVM's note of each compile command it takes, kept off the console").doesNotContain("CompileCommand");
    }

    @Test
    void theJobsJvmRunsTheSerialCollectorUnlessTheOperatorChoseOptions() {
        assertThat(JobJvm.options(null, List.of())).contains("-XX:+UseSerialGC", "-Xmx1g", "-XX:TieredStopAtLevel=1",
                "-XX:CompileCommand=CompileThresholdScaling,vn.baocao.*::*,0.1");
        assertThat(JobJvm.options(null, List.of("-Dfile.encoding=UTF-8"))).isEqualTo(JobJvm.OPTIONS);
        assertThat(JobJvm.options(null, List.of("-XX:+UseG1GC"))).as("a collector of the operator's own").isNull();
        assertThat(JobJvm.options(null, List.of("-Xmx2g"))).isNull();
        assertThat(JobJvm.options("-Xmx2g -XX:+UseParallelGC", List.of())).containsExactly("-Xmx2g", "-XX:+UseParallelGC");
        assertThat(JobJvm.options("none", List.of())).isNull();
    }

    @Test
    void theOperatorCanGiveOtherOptions() throws Exception {
        assertThat(ingest("-Xmx300m")).containsPattern("peak heap +\\d+ MB \\(of (2[5-9]\\d|300) MB\\)");
    }
}
