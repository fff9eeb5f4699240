package vn.baocao.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.support.CliRun;
import vn.baocao.support.SampleReports;
import vn.baocao.support.WarehouseSnapshot;

/**
 * Throughput of the whole nightly job on a generated inbox. Not a test: it runs only when asked,
 * and reports figures instead of asserting times:
 * <pre>mvn -B -q test -Dtest=IngestBenchmark -Dbench=2000 -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@EnabledIfSystemProperty(named = "bench", matches = "\\d+")
class IngestBenchmark {

    @TempDir
    Path tmp;

    @Test
    void ingestAGeneratedInbox() throws Exception {
        int docs = Integer.parseInt(System.getProperty("bench"));
        Path inbox = tmp.resolve("inbox");
        for (int i = 0; i < docs; i++) {
            SampleReports.write(inbox.resolve("d" + (i % 50) + "/r" + i + ".txt"),
                    SampleReports.quarterlyReport("Huyện " + (i % 50), 1 + i % 4, 2019 + i % 7, i));
        }
        long bytes;
        try (var files = Files.walk(inbox)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        Path wh = tmp.resolve("bench.duckdb");
        for (String pass : new String[] {"first run", "rerun (all unchanged)"}) {
            long t0 = System.nanoTime();
            CliRun run = CliRun.of("ingest", "--input", inbox.toString(), "--warehouse", wh.toString());
            double s = (System.nanoTime() - t0) / 1e9;
            long facts = WarehouseSnapshot.count(wh, "SELECT count(*) FROM fact_observation");
            System.out.printf("%s: %d documents (%.1f MB) in %.2f s: %.0f documents/s, %d observations (%.0f/s), exit %d%n",
                    pass, docs, bytes / 1e6, s, docs / s, facts, facts / s, run.exit());
        }
    }
}
