package vn.baocao.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.cli.ExitCode;
import vn.baocao.support.CliRun;
import vn.baocao.support.HoldWarehouseOpen;
import vn.baocao.support.JavaProcess;
import vn.baocao.support.SampleReports;

/** A warehouse held open by another process gives a plain message and a non-zero exit, not a stack trace. */
class WarehouseLockTest {

    @TempDir
    Path tmp;

    @Test
    void warehouseOpenInAnotherProcessGivesAClearMessage() throws Exception {
        Path inbox = SampleReports.copyTo(tmp.resolve("inbox"));
        Path wh = tmp.resolve("w.duckdb");
        Process holder = JavaProcess.start(HoldWarehouseOpen.class, wh.toString());
        try (BufferedReader r = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(r.readLine()).isEqualTo("ready");

            CliRun run = CliRun.of("ingest", "--input", inbox.toString(), "--warehouse", wh.toString());

            assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCode.WAREHOUSE_BUSY);
            assertThat(run.err()).contains("The warehouse " + wh.toAbsolutePath() + " is open in another program",
                    "Close that program's connection", "run this command again");
            assertThat(run.err()).doesNotContain("Exception", "\tat ");

            CliRun export = CliRun.of("export", "observations", "--warehouse", wh.toString(), "--out", tmp.resolve("o.csv").toString());
            assertThat(export.exit()).isEqualTo(ExitCode.WAREHOUSE_BUSY);
        } finally {
            holder.getOutputStream().close();
            holder.waitFor(10, TimeUnit.SECONDS);
            holder.destroyForcibly();
        }
        assertThat(CliRun.of("ingest", "--input", inbox.toString(), "--warehouse", wh.toString()).exit()).isZero();
    }
}
