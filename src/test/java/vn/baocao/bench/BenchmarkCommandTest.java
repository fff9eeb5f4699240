package vn.baocao.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.support.CliRun;
import vn.baocao.support.SampleReports;
import vn.baocao.support.WarehouseSnapshot;

/** The benchmark a user runs: it generates new reports, times the floor, the job and a rerun, and prints the figures. */
class BenchmarkCommandTest {

    @TempDir
    Path tmp;

    @Test
    void generatesNewReportsAndReportsEveryFigure() throws Exception {
        Path work = tmp.resolve("work");
        CliRun run = benchmark(work, 12, 2);

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).containsPattern("inbox +12 reports, [\\d.]+ MB")
                .containsPattern("floor +[\\d.]+ s .* 12 files, \\d+ numbers")
                .containsPattern("ingest +[\\d.]+ s +\\d+ documents/s, [\\d.]+ MB/s, \\d+ observations/s, peak heap \\d+ MB, exit 0")
                .containsPattern("rerun +[\\d.]+ s +\\(nothing changed, exit 0\\)")
                .containsPattern("ratio +[\\d.]+");
        // Two rounds of floor and ingest, side by side in time; the ratio is the median (here the mean) of theirs.
        Matcher round = Pattern.compile("round (\\d) +floor +([\\d.]+) s, ingest +([\\d.]+) s, ratio +([\\d.]+), exit 0").matcher(run.out());
        List<Double> ratios = new ArrayList<>();
        while (round.find()) {
            ratios.add(Double.parseDouble(round.group(4)));
        }
        assertThat(ratios).as(run.out()).hasSize(2);
        Matcher ratio = Pattern.compile("ratio +([\\d.]+) +\\(ingest time / floor time, the median of the rounds' ratios\\)").matcher(run.out());
        assertThat(ratio.find()).as(run.out()).isTrue();
        assertThat(Double.parseDouble(ratio.group(1))).isCloseTo((ratios.get(0) + ratios.get(1)) / 2, within(0.1));

        // Every generated report is new content, and the job loaded them all.
        try (var files = Files.walk(work.resolve("inbox"))) {
            assertThat(files.filter(Files::isRegularFile).map(f -> {
                try {
                    return Files.readString(f);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).distinct().count()).isEqualTo(12);
        }
        assertThat(WarehouseSnapshot.count(work.resolve("warehouse").resolve("bench.duckdb"), "SELECT count(*) FROM document_register WHERE status = 'loaded'"))
                .isEqualTo(12);
    }

    @Test
    void aWorkFolderUsedBeforeIsMadeAnew() throws Exception {
        Path work = tmp.resolve("work");
        CliRun before = benchmark(work, 6, 1);
        assertThat(before.exit()).as(before.toString()).isZero();

        CliRun again = benchmark(work, 3, 1);

        assertThat(again.exit()).as(again.toString()).isZero();
        // Only the three new reports are read, by a first run into a new warehouse, then found unchanged by the rerun:
        // neither the earlier inbox nor the earlier warehouse is part of what is timed.
        assertThat(again.out()).containsPattern("floor +[\\d.]+ s .* 3 files, \\d+ numbers");
        assertThat(WarehouseSnapshot.rows(work.resolve("warehouse").resolve("bench.duckdb"),
                "SELECT loaded || ' loaded, ' || skipped_unchanged || ' unchanged' FROM run_log"))
                .containsExactlyInAnyOrder("3 loaded, 0 unchanged", "0 loaded, 3 unchanged");
    }

    private static CliRun benchmark(Path work, int reports, int rounds) throws Exception {
        return CliRun.of("benchmark", "--reports", Integer.toString(reports), "--rounds", Integer.toString(rounds),
                "--corpus", SampleReports.INBOX.toString(), "--work", work.toString());
    }
}
