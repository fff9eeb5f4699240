package vn.baocao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
}
