package vn.baocao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.support.CliRun;
import vn.baocao.support.SampleReports;

/** The refresh of the review site after an ingest run: where it goes, when it is left out, and that it never fails the run. */
class ReviewAfterIngestTest {

    @TempDir
    static Path tmp;
    static Path inbox;
    static Path warehouse;

    @BeforeAll
    static void ingest() throws Exception {
        inbox = SampleReports.copyTo(tmp.resolve("inbox"));
        warehouse = tmp.resolve("w.duckdb");
        assertThat(CliRun.of("ingest", "--input", inbox.toString(), "--warehouse", warehouse.toString()).exit()).isZero();
    }

    @Test
    void theSiteIsWrittenWhereTheConfigurationSays() throws Exception {
        Path config = config("site-a", "review-after-ingest = true\nwarehouse = ../w.duckdb\nreview = site-a\n");
        String out = refresh(ExitCode.OK, "--config", config.toString()).out();
        assertThat(tmp.resolve("conf-site-a/site-a/index.html")).isRegularFile();
        assertThat(out).contains("baocao review", "4 pages written");
    }

    @Test
    void everyOptionOfIngestIsUnderstood() throws Exception {
        Path config = config("all", "warehouse = ../w.duckdb\nreview = site-all\n");
        Captured c = refresh(ExitCode.OK, "--config", config.toString(), "--force", "--threads", "2", "--progress",
                "--corrections", tmp.resolve("corrections.csv").toString());
        assertThat(c.err()).isEmpty();
        assertThat(tmp.resolve("conf-all/site-all/index.html")).isRegularFile();
    }

    @Test
    void aWarehouseGivenOnTheCommandLineHasItsSiteBesideIt() throws Exception {
        Path config = config("none", "review = elsewhere\n");
        refresh(ExitCode.REJECTED_FILES, "--warehouse", warehouse.toString(), "--config", config.toString());
        assertThat(tmp.resolve("review/index.html")).isRegularFile();
        assertThat(tmp.resolve("conf-none/elsewhere")).as("the configured site belongs to the configured warehouse").doesNotExist();
    }

    @Test
    void itIsLeftOutWhenSwitchedOffOrWhenTheRunFailed() throws Exception {
        Path off = config("off", "review-after-ingest = false\nwarehouse = ../w.duckdb\nreview = site\n");
        refresh(ExitCode.OK, "--config", off.toString());
        Path on = config("on", "warehouse = ../w.duckdb\nreview = site\n");
        refresh(ExitCode.OK, "--config", on.toString(), "--no-review");
        refresh(ExitCode.FAILED, "--config", on.toString());
        assertThat(tmp.resolve("conf-off/site")).doesNotExist();
        assertThat(tmp.resolve("conf-on/site")).doesNotExist();
    }

    @Test
    void aFailureIsAWarningNotAnException() throws Exception {
        Path config = config("bad", "warehouse = ../w.duckdb\nreview = site\n");
        Files.writeString(tmp.resolve("conf-bad/site"), "a file where the site's folder should be");
        Captured c = refresh(ExitCode.OK, "--config", config.toString());
        assertThat(c.err()).startsWith("warning: the review site was not refreshed").contains("the ingest itself is done");
    }

    private static Path config(String name, String text) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("conf-" + name));
        return Files.writeString(dir.resolve("ingest.properties"), text, StandardCharsets.UTF_8);
    }

    private record Captured(String out, String err) {
    }

    private static Captured refresh(int exit, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8); PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            ReviewAfterIngest.refresh(List.of(args), exit, o, e);
        }
        return new Captured(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
