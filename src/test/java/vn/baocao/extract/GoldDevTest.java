package vn.baocao.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.support.GoldRun;

/**
 * The acceptance bar on the development corpus of real report excerpts from 33 provinces: figures, areas and
 * reporting periods, scored against the hand-labelled gold by the real evaluate command.
 */
class GoldDevTest {

    @TempDir
    Path tmp;

    @Test
    void realReportsOfThirtyThreeProvincesMeetTheBar() {
        GoldRun run = GoldRun.of(tmp, "corpus/dev", "gold/dev.gold.csv", "gold/dev.meta.csv");
        assertThat(run.score("F1")).as(run.report()).isGreaterThanOrEqualTo(0.90);
        assertThat(run.score("precision")).as(run.report()).isGreaterThanOrEqualTo(0.92);
        assertThat(run.score("area accuracy")).as(run.report()).isGreaterThanOrEqualTo(0.95);
        assertThat(run.score("wrong areas")).as(run.report()).isZero();
        assertThat(run.score("reporting period accuracy")).as(run.report()).isGreaterThanOrEqualTo(0.95);
    }
}
