package vn.baocao.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.support.CliRun;
import vn.baocao.support.GoldRun;
import vn.baocao.support.SampleReports;
import vn.baocao.support.WarehouseSnapshot;

/**
 * What the job loads from the sample inbox, the seed reports and the development corpus, figure by figure, is what
 * was reviewed and committed under src/test/resources/snapshots. Work on speed must not change a figure; work on
 * the rules changes some on purpose: rerun with {@code -Dsnapshots.update=true} and review the diff of the
 * snapshot files (and the gold scores) before committing them.
 */
class ResultsSnapshotTest {

    private static final Path SNAPSHOTS = Path.of("src", "test", "resources", "snapshots");
    private static final String FIGURES = """
            SELECT source_file, area_code, indicator, measure, status, basis, season, period_start, period_end,
                   value, value_high, qualifier, unit, char_start, char_end, table_index, table_row, table_col, rule
            FROM fact_observation ORDER BY ALL""";

    @TempDir
    Path tmp;

    @Test
    void sampleInbox() throws Exception {
        compare("sample-inbox", SampleReports.copyTo(tmp.resolve("inbox")));
    }

    @Test
    void seedReports() throws Exception {
        compare("seeds", shared("corpus/seeds"));
    }

    @Test
    void developmentCorpus() throws Exception {
        compare("dev", shared("corpus/dev"));
    }

    private Path shared(String corpus) throws Exception {
        Path dir = GoldRun.SHARED.resolve(corpus);
        Assumptions.assumeTrue(Files.isDirectory(dir), "../shared is not beside the project: this test needs ../shared/" + corpus);
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (Files.isRegularFile(f) && !name.equals("MANIFEST.tsv") && !name.equalsIgnoreCase("README.md")) {
                    Files.copy(f, inbox.resolve(name));
                }
            }
        }
        return inbox;
    }

    private void compare(String name, Path inbox) throws Exception {
        Path wh = tmp.resolve(name + ".duckdb");
        CliRun run = CliRun.of("ingest", "--input", inbox.toString(), "--warehouse", wh.toString());
        assertThat(run.exit()).as(run.toString()).isZero();
        List<String> figures = WarehouseSnapshot.rows(wh, FIGURES);
        Path snapshot = SNAPSHOTS.resolve(name + ".figures.txt");
        if (Boolean.getBoolean("snapshots.update")) {
            Files.createDirectories(SNAPSHOTS);
            Files.write(snapshot, figures, StandardCharsets.UTF_8);
        }
        assertThat(snapshot).as("no snapshot yet: run once with -Dsnapshots.update=true").exists();
        assertThat(figures).as("figures of %s against %s", name, snapshot)
                .containsExactlyElementsOf(Files.readAllLines(snapshot, StandardCharsets.UTF_8));
    }
}
