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

    @Test
    void restoringAnEarlierPublishedFileIsWhatTheNextRunGoesOnFrom() throws Exception {
        Path all = SampleReports.copyTo(tmp.resolve("all"));
        List<Path> reports;
        try (var files = Files.walk(all)) {
            reports = files.filter(Files::isRegularFile).sorted().toList();
        }
        Path inbox = tmp.resolve("inbox");
        Path folder = Files.createDirectories(inbox.resolve(reports.get(0).getParent().getFileName().toString()));
        Path wh = tmp.resolve("baocao.duckdb");
        Files.copy(reports.get(0), folder.resolve(reports.get(0).getFileName()));
        Files.copy(reports.get(1), folder.resolve(reports.get(1).getFileName()));
        assertThat(ingest(inbox, wh).out()).containsPattern("loaded\\s+2\\b");
        byte[] backup = Files.readAllBytes(wh);

        // the next night brings the other reports
        for (Path r : reports.subList(2, reports.size())) {
            Files.copy(r, folder.resolve(r.getFileName()));
        }
        CliRun second = ingest(inbox, wh);
        assertThat(second.out()).containsPattern("skipped, unchanged\\s+2\\b");
        List<String> facts = WarehouseSnapshot.facts(wh);

        // an operator restores the first night's backup over the file (same file, older contents): the job must go
        // on from it, not from its working copy, which knows the later night
        Files.write(wh, backup);
        CliRun afterRestore = ingest(inbox, wh);

        assertThat(afterRestore.out()).containsPattern("loaded\\s+" + (reports.size() - 2) + "\\b")
                .containsPattern("skipped, unchanged\\s+2\\b");
        assertThat(WarehouseSnapshot.facts(wh)).isEqualTo(facts);

        // and a night with nothing new after that goes on from its own working copy again
        CliRun quiet = ingest(inbox, wh);
        assertThat(quiet.out()).containsPattern("loaded\\s+0\\b").containsPattern("skipped, unchanged\\s+" + reports.size() + "\\b");
        assertThat(WarehouseSnapshot.facts(wh)).isEqualTo(facts);
    }

    @Test
    void aWorkingCopyDeletedWithoutItsLogIsMadeAgainFromThePublishedFile() throws Exception {
        Path inbox = SampleReports.copyTo(tmp.resolve("inbox"));
        Path wh = tmp.resolve("baocao.duckdb");
        ingest(inbox, wh);
        List<String> facts = WarehouseSnapshot.facts(wh);
        Path work = new PublishedWarehouse(wh).work();
        // a change still in the working copy's log, as a process killed before its checkpoint leaves it; then only the
        // copy itself is deleted
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + work);
             java.sql.Statement st = c.createStatement()) {
            st.execute("PRAGMA disable_checkpoint_on_shutdown");
            st.execute("SET checkpoint_threshold = '1GB'");
            st.execute("INSERT INTO fact_observation SELECT * REPLACE (value + 1 AS value) FROM fact_observation LIMIT 1");
        }
        assertThat(work.resolveSibling(work.getFileName() + ".wal")).exists();
        Files.delete(work);

        CliRun again = ingest(inbox, wh);

        assertThat(again.out()).containsPattern("skipped, unchanged\\s+4\\b");
        assertThat(WarehouseSnapshot.facts(wh)).isEqualTo(facts);
    }

    @Test
    void aPublishedFileThatIsNotADuckDbDatabaseIsNamedInTheErrorAndLeftAsItIs() throws Exception {
        Path inbox = SampleReports.copyTo(tmp.resolve("inbox"));
        Path wh = tmp.resolve("baocao.duckdb");
        // what a mistaken copy or a download cut short leaves where the warehouse should be
        byte[] notADatabase = "PK\u0003\u0004 a spreadsheet saved under the warehouse's name".repeat(200).getBytes();
        Files.write(wh, notADatabase);

        CliRun run = CliRun.of("ingest", "--input", inbox.toString(), "--warehouse", wh.toString(), "--no-review");

        assertThat(run.exit()).as(run.toString()).isEqualTo(vn.baocao.cli.ExitCode.FAILED);
        assertThat(run.err()).contains("the warehouse " + wh.toAbsolutePath() + " cannot be opened")
                .contains("not a valid DuckDB database file").contains(new PublishedWarehouse(wh).work() + ", its copy");
        assertThat(Files.readAllBytes(wh)).as("the file is not touched").isEqualTo(notADatabase);
    }

    private static CliRun ingest(Path inbox, Path wh) {
        CliRun run = CliRun.of("ingest", "--input", inbox.toString(), "--warehouse", wh.toString(), "--no-review");
        assertThat(run.exit()).as(run.toString()).isZero();
        return run;
    }
}
