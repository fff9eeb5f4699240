package vn.baocao.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.support.CliRun;

/**
 * The acceptance bar on the shared seed corpus: ingest ../shared/corpus/seeds with the real job
 * and score it with the real evaluate command against ../shared/gold/seeds.gold.csv.
 */
class GoldSeedsTest {

    private static final Path SHARED = Path.of("..", "shared");

    @TempDir
    Path tmp;

    @Test
    void seedCorpusMeetsTheAcceptanceBar() {
        Path seeds = SHARED.resolve("corpus/seeds");
        Path gold = SHARED.resolve("gold/seeds.gold.csv");
        Assumptions.assumeTrue(Files.isDirectory(seeds) && Files.isRegularFile(gold),
                "../shared is not beside the project: the gold test needs ../shared/corpus/seeds and ../shared/gold/seeds.gold.csv");
        Path wh = tmp.resolve("seeds.duckdb");
        CliRun ingest = CliRun.of("ingest", "--input", seeds.toString(), "--warehouse", wh.toString());
        assertThat(ingest.exit()).as(ingest.toString()).isZero();

        CliRun eval = CliRun.of("evaluate", "--gold", gold.toString(), "--warehouse", wh.toString(), "--show");

        assertThat(eval.exit()).as(eval.toString()).isZero();
        System.out.println(eval.out());
        assertThat(score(eval.out(), "precision")).as(eval.out()).isGreaterThanOrEqualTo(0.92);
        assertThat(score(eval.out(), "F1")).as(eval.out()).isGreaterThanOrEqualTo(0.90);
        assertThat(score(eval.out(), "period accuracy")).as(eval.out()).isGreaterThanOrEqualTo(0.90);
    }

    private static double score(String report, String name) {
        return report.lines().filter(l -> l.startsWith(name + " ")).findFirst()
                .map(l -> Double.parseDouble(l.substring(name.length()).trim().split("\\s+")[0]))
                .orElseThrow(() -> new AssertionError("no '" + name + "' line in:\n" + report));
    }
}
