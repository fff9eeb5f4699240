package vn.baocao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.support.CliRun;
import vn.baocao.support.SampleReports;

/** sql and yoy as a user runs them, on a warehouse the real job loaded from the sample inbox. */
class QueryCommandsTest {

    @TempDir
    static Path tmp;
    static Path wh;

    @BeforeAll
    static void ingest() throws Exception {
        wh = tmp.resolve("w.duckdb");
        CliRun run = CliRun.of("ingest", "--input", SampleReports.copyTo(tmp.resolve("inbox")).toString(), "--warehouse", wh.toString());
        assertThat(run.exit()).as(run.toString()).isZero();
    }

    @Test
    void aSyntaxErrorShowsDuckDbsWholeMessageWithTheCaretUnderTheMistake() {
        CliRun sql = CliRun.of("sql", "--warehouse", wh.toString(), "selec * from v_yoy");
        assertThat(sql.exit()).isEqualTo(ExitCode.FAILED);
        assertThat(sql.out()).isEmpty();
        assertThat(sql.err()).isEqualTo("""
                baocao sql: Parser Error: syntax error at or near "selec"

                LINE 1: selec * from v_yoy
                        ^
                """);
    }

    @Test
    void anUnknownTableSaysSoAndSuggestsAName() {
        CliRun sql = CliRun.of("sql", "--warehouse", wh.toString(), "select * from v_yo");
        assertThat(sql.exit()).isEqualTo(ExitCode.FAILED);
        assertThat(sql.err()).startsWith("baocao sql: Catalog Error: Table with name v_yo does not exist!")
                .contains("LINE 1: select * from v_yo\n")
                .doesNotContain("pending query", "Error: Catalog");
    }

    @Test
    void yoyShowsMoneyAndChangesAsReportsWriteThemWhileCsvKeepsPlainNumbers() {
        CliRun yoy = CliRun.of("yoy", "--warehouse", wh.toString(), "--indicator", "budget_expenditure", "--indicator", "tourist_arrivals");
        assertThat(yoy.exit()).as(yoy.toString()).isZero();
        assertThat(yoy.out()).contains("120,3 tỷ đồng", "131,5 tỷ đồng", "9,31%", "18.900 lượt", "23,53%", "(6 rows)")
                .doesNotContain("120300000000", "9.31");
        assertThat(yoy.out().lines().filter(l -> l.contains("budget_expenditure") && l.contains("2023-01")))
                .singleElement().asString().containsPattern("131,5 tỷ đồng +120,3 tỷ đồng +loaded +9,31% *$");

        CliRun csv = CliRun.of("sql", "--warehouse", wh.toString(), "--format", "csv",
                "SELECT value, round(yoy_pct, 2) AS yoy_pct FROM v_yoy WHERE indicator = 'budget_expenditure' AND period_start = '2023-01'");
        assertThat(csv.out()).isEqualTo("value,yoy_pct\r\n131500000000,9.31\r\n");
    }

    @Test
    void yoyMarksALevelAStatisticianCorrected() throws Exception {
        Path copy = tmp.resolve("corrected.duckdb");
        Files.copy(wh, copy);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + copy); Statement st = c.createStatement()) {
            st.execute("""
                    INSERT INTO correction_applied (line_no, action, sha256, source_file, char_start, char_end, value, who, corrected_on, why)
                    SELECT 2, 'change', sha256, source_file, char_start, char_end, 19000, 'Lan', '2025-02-01', 'the final figure'
                    FROM fact_observation
                    WHERE indicator = 'tourist_arrivals' AND measure = 'value' AND period_start = DATE '2024-01-01'""");
        }
        CliRun yoy = CliRun.of("yoy", "--warehouse", copy.toString(), "--indicator", "tourist_arrivals", "--from", "2024");
        assertThat(yoy.exit()).as(yoy.toString()).isZero();
        assertThat(yoy.out().lines().filter(l -> l.contains("2024-01")))
                .singleElement().asString().contains("19.000 lượt", "15.300 lượt").endsWith("corrected");
        CliRun untouched = CliRun.of("yoy", "--warehouse", wh.toString(), "--indicator", "tourist_arrivals", "--from", "2024");
        assertThat(untouched.out()).doesNotContain("corrected");
    }

    /** Statisticians list the tables of main; Spring Batch's job repository is the job's business, in a schema of its own. */
    @Test
    void springBatchsTablesAreInSchemaBatchNotBesideTheFacts() {
        CliRun tables = CliRun.of("sql", "--warehouse", wh.toString(), "--format", "csv",
                "select table_schema, table_name from information_schema.tables order by 1,2");
        assertThat(tables.exit()).as(tables.toString()).isZero();
        assertThat(tables.out().lines().filter(l -> l.toUpperCase().contains("BATCH_")))
                .containsExactly("batch,BATCH_JOB_EXECUTION", "batch,BATCH_JOB_EXECUTION_CONTEXT", "batch,BATCH_JOB_EXECUTION_PARAMS",
                        "batch,BATCH_JOB_INSTANCE", "batch,BATCH_STEP_EXECUTION", "batch,BATCH_STEP_EXECUTION_CONTEXT");
        assertThat(tables.out()).contains("main,fact_observation", "main,v_yoy");
        CliRun sequences = CliRun.of("sql", "--warehouse", wh.toString(), "--format", "csv",
                "select count(*) AS outside_batch from duckdb_sequences() where schema_name <> 'batch'");
        assertThat(sequences.out()).isEqualTo("outside_batch\r\n0\r\n");
        CliRun runs = CliRun.of("sql", "--warehouse", wh.toString(), "--format", "csv", "select STATUS from batch.BATCH_JOB_EXECUTION");
        assertThat(runs.out()).isEqualTo("STATUS\r\nCOMPLETED\r\n");
    }
}
