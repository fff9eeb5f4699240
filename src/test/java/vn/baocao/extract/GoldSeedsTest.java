package vn.baocao.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.support.GoldRun;

/** The acceptance bar on the shared seed reports: ingested by the real job, scored by the real evaluate command. */
class GoldSeedsTest {

    @TempDir
    Path tmp;

    @Test
    void seedReportsMeetTheBar() {
        GoldRun run = GoldRun.of(tmp, "corpus/seeds", "gold/seeds.gold.csv", null);
        assertThat(run.score("F1")).as(run.report()).isGreaterThanOrEqualTo(0.95);
        assertThat(run.score("precision")).as(run.report()).isGreaterThanOrEqualTo(0.95);
        assertThat(run.score("period accuracy")).as(run.report()).isGreaterThanOrEqualTo(0.95);
    }
}
