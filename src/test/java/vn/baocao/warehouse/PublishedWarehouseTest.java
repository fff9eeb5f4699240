package vn.baocao.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.support.CliRun;
import vn.baocao.support.SampleReports;
import vn.baocao.support.WarehouseSnapshot;

/** The published warehouse file is the one a person sees; what they do to it, the job follows. */
class PublishedWarehouseTest {

    @TempDir
    Path tmp;

    @Test
    void deletingThePublishedFileStartsTheWarehouseAgain() throws Exception {
        Path inbox = SampleReports.copyTo(tmp.resolve("inbox"));
        Path wh = tmp.resolve("baocao.duckdb");
        CliRun first = CliRun.of("ingest", "--input", inbox.toString(), "--warehouse", wh.toString(), "--no-review");
        assertThat(first.exit()).as(first.toString()).isZero();
        List<String> facts = WarehouseSnapshot.facts(wh);
        assertThat(facts).isNotEmpty();

        // an operator removes the file to rebuild it; the job's working copy must not bring the old state back
        Files.delete(wh);
        assertThat(new PublishedWarehouse(wh).work()).exists();
        CliRun again = CliRun.of("ingest", "--input", inbox.toString(), "--warehouse", wh.toString(), "--no-review");

        assertThat(again.exit()).as(again.toString()).isZero();
        assertThat(again.out()).containsPattern("loaded\\s+4\\b").containsPattern("skipped, unchanged\\s+0\\b");
        assertThat(WarehouseSnapshot.facts(wh)).isEqualTo(facts);
    }
}
