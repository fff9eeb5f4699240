package vn.baocao.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.cli.ExitCode;
import vn.baocao.support.CliRun;
import vn.baocao.support.Fixtures;
import vn.baocao.support.PathologicalShapes;
import vn.baocao.support.SampleReports;
import vn.baocao.support.WarehouseSnapshot;

/**
 * An inbox of pathological files beside real reports: the nightly run ends, every file is loaded or rejected with
 * its reason, and the real reports load as they would alone. A document over its time budget is rejected and the
 * run goes on.
 */
class PathologicalInboxTest {

    private static final int MB = 1024 * 1024;

    @TempDir
    Path tmp;

    @Test
    void everyShapeIsLoadedOrRejectedWithItsReasonAndTheRunEnds() throws Exception {
        Path inbox = SampleReports.copyTo(tmp.resolve("inbox"));
        for (PathologicalShapes.Shape s : PathologicalShapes.all()) {
            s.write(inbox.resolve("odd"), MB);
        }
        Path wh = tmp.resolve("w.duckdb");

        long t0 = System.nanoTime();
        CliRun run = CliRun.of("ingest", "--input", inbox.toString(), "--warehouse", wh.toString());
        System.out.printf("%d files, %.1f s%n", PathologicalShapes.all().size() + 4, (System.nanoTime() - t0) / 1e9);

        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCode.REJECTED_FILES);
        int files = PathologicalShapes.all().size() + 4;
        assertThat(run.out()).contains(String.format("files seen %16d", files), String.format("loaded %20d", files - 1), "rejected                  1",
                "random-bytes.txt: not a text document (binary content)");
        assertThat(WarehouseSnapshot.rows(wh, "SELECT count(*) FROM document_register WHERE status NOT IN ('loaded', 'rejected')"))
                .containsExactly("0");
        // The real reports give what they give alone.
        Path alone = tmp.resolve("alone.duckdb");
        CliRun sample = CliRun.of("ingest", "--input", SampleReports.copyTo(tmp.resolve("sample")).toString(), "--warehouse", alone.toString());
        assertThat(sample.exit()).isZero();
        String facts = "SELECT source_file, indicator, measure, status, value, char_start FROM fact_observation "
                + "WHERE source_file NOT LIKE '%.txt' OR source_file LIKE 'bao-cao%' ORDER BY ALL";
        assertThat(WarehouseSnapshot.rows(wh, facts)).isEqualTo(WarehouseSnapshot.rows(alone, facts)).isNotEmpty();
    }

    @Test
    void aPdfOverItsTimeBudgetStopsBetweenPagesNotAfterTheWholeFileIsRead() throws Exception {
        Path inbox = SampleReports.copyTo(tmp.resolve("inbox"));
        Path pdf = Fixtures.pdf(inbox.resolve("pdf/bao-cao-nam-2022.pdf"), null);
        Path jobs = Path.of("jobs").toAbsolutePath();
        Path config = Files.writeString(tmp.resolve("ingest.properties"), String.join("\n",
                "dictionary = " + jobs.resolve("dictionary/indicators.csv"),
                "language = " + jobs.resolve("language"),
                "document-time-budget-seconds = 0.000001", ""));

        CliRun run = CliRun.of("ingest", "--config", config.toString(), "--input", inbox.toString(),
                "--warehouse", tmp.resolve("w.duckdb").toString());

        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCode.REJECTED_FILES);
        assertThat(run.out()).contains(pdf + ": took longer than the time budget of 1.0E-6 s for one document"
                + " (stopped while reading page 1 of 3)");
    }

    @Test
    void aDocumentOverItsTimeBudgetIsRejectedWithTheReasonAndTheRunGoesOn() throws Exception {
        Path inbox = SampleReports.copyTo(tmp.resolve("inbox"));
        Path jobs = Path.of("jobs").toAbsolutePath();
        Path config = Files.writeString(tmp.resolve("ingest.properties"), String.join("\n",
                "dictionary = " + jobs.resolve("dictionary/indicators.csv"),
                "language = " + jobs.resolve("language"),
                "document-time-budget-seconds = 0.000001", ""));
        Path wh = tmp.resolve("w.duckdb");

        CliRun run = CliRun.of("ingest", "--config", config.toString(), "--input", inbox.toString(), "--warehouse", wh.toString());

        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCode.REJECTED_FILES);
        assertThat(run.out()).contains("rejected                  4",
                "took longer than the time budget of 1.0E-6 s for one document (stopped while");
        assertThat(WarehouseSnapshot.count(wh, "SELECT count(*) FROM fact_observation")).isZero();

        // With the default budget the same files load when the operator asks for them again.
        CliRun again = CliRun.of("ingest", "--input", inbox.toString(), "--warehouse", wh.toString(), "--force");
        assertThat(again.exit()).as(again.toString()).isZero();
        assertThat(again.out()).contains("loaded                    4");
        assertThat(List.of(WarehouseSnapshot.count(wh, "SELECT count(*) FROM fact_observation"))).allMatch(n -> n > 0);
    }
}
