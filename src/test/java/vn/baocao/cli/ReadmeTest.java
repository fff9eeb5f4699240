package vn.baocao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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

/** What the README promises: its SQL runs on the sample warehouse and returns rows; its CI command is the one CI runs. */
class ReadmeTest {

    @TempDir
    Path tmp;

    @Test
    void everyExampleQueryRunsOnTheSampleWarehouse() throws Exception {
        Path wh = tmp.resolve("w.duckdb");
        assertThat(CliRun.of("ingest", "--input", SampleReports.copyTo(tmp.resolve("inbox")).toString(), "--warehouse", wh.toString()).exit()).isZero();
        List<String> queries = sqlBlocks();
        assertThat(queries).hasSizeGreaterThanOrEqualTo(3);
        for (String q : queries) {
            List<String> rows = WarehouseSnapshot.rows(wh, q);
            if (!q.contains(SAYS_EMPTY)) {
                assertThat(rows).as(q).isNotEmpty();
            }
        }
    }

    @Test
    void ciRunsTheReadmeTestCommand() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String ci = Files.readString(Path.of(".ci/run"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("```sh\\n(mvn[^\\n]*test[^\\n]*)\\n```").matcher(readme);
        assertThat(m.find()).as("the README gives a test command").isTrue();
        assertThat(ci).contains(m.group(1));
    }

    /** A query whose comment says this needs other reports than the samples: it must run, rows or not. */
    private static final String SAYS_EMPTY = "(empty on the sample reports";

    static List<String> sqlBlocks() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        Matcher block = Pattern.compile("```sql\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        while (block.find()) {
            for (String stmt : block.group(1).split(";")) {
                String sql = stmt.lines().filter(l -> !l.strip().startsWith("--")).reduce("", (a, b) -> a + b + "\n").strip();
                if (!sql.isEmpty()) {
                    out.add(stmt.contains(SAYS_EMPTY) ? "-- " + SAYS_EMPTY + ")\n" + sql : sql);
                }
            }
        }
        return out;
    }
}
