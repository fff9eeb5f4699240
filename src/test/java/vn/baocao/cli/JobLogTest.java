package vn.baocao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class JobLogTest {

    @TempDir
    Path dir;

    @Test
    void warningsAndErrorsWithTheirStackTracesGoToTheFileAndNothingElse() throws Exception {
        Path file = dir.resolve("warehouse.duckdb.ingest.log");
        org.slf4j.Logger log = LoggerFactory.getLogger("vn.baocao.job.SomeStep");
        try (JobLog ignored = JobLog.toFile(file)) {
            log.info("an ordinary step of the run");
            log.warn("a file could not be hashed in DuckDB: hashed in Java");
            log.error("step load failed", new IllegalStateException("CHECK constraint failed: fact_observation"));
        }
        log.error("after the run: not in the job's log");

        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(" WARN " + ProcessHandle.current().pid() + " --- [", "vn.baocao.job.SomeStep",
                "a file could not be hashed in DuckDB: hashed in Java");
        assertThat(text).contains("ERROR", "step load failed", "java.lang.IllegalStateException: CHECK constraint failed",
                "at vn.baocao.cli.JobLogTest.warningsAndErrorsWithTheirStackTracesGoToTheFileAndNothingElse");
        assertThat(text).doesNotContain("an ordinary step of the run", "after the run");
        assertThat(text.lines().findFirst().orElseThrow()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\S+  WARN .*");
    }

    @Test
    void whatLibrariesLogThroughJavaUtilLoggingGoesToTheFileToo() throws Exception {
        Path file = dir.resolve("jul.ingest.log");
        java.util.logging.Logger jul = java.util.logging.Logger.getLogger("org.duckdb.DuckDBDriver");
        try (JobLog ignored = JobLog.toFile(file)) {
            jul.warning("a warning from a library that logs through java.util.logging");
            jul.info("its chatter");
        }
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .contains("WARN", "org.duckdb.DuckDBDriver", "a warning from a library that logs through java.util.logging")
                .doesNotContain("its chatter");
    }

    @Test
    void aSecondRunAppendsToTheSameFile() throws Exception {
        Path file = dir.resolve("w.ingest.log");
        org.slf4j.Logger log = LoggerFactory.getLogger(JobLogTest.class);
        try (JobLog ignored = JobLog.toFile(file)) {
            log.warn("first night");
        }
        try (JobLog ignored = JobLog.toFile(file)) {
            log.warn("second night");
        }
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("first night", "second night");
    }
}
