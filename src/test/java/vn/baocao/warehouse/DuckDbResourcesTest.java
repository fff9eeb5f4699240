package vn.baocao.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the job lets DuckDB use: a memory bound that staging spills past instead of failing or growing, and its threads. */
class DuckDbResourcesTest {

    @TempDir
    Path tmp;

    @Test
    void stagingLargerThanTheMemoryLimitSpillsAndReadsBackWhole() throws Exception {
        try (Connection c = Warehouse.openForWriting(tmp.resolve("w.duckdb"), new DuckDbResources(64, 1)); Statement st = c.createStatement()) {
            assertThat(single(st, "SELECT current_setting('memory_limit')")).isEqualTo("64.0 MiB");
            assertThat(single(st, "SELECT current_setting('threads')")).isEqualTo("1");
            // ~150 MB of evidence text staged, more than twice the limit.
            st.execute("""
                    INSERT INTO stage_observation (run_id, path, indicator, measure, status, value, evidence, headline)
                    SELECT 'r', 'f' || (i % 1000) || '.txt', 'budget_revenue', 'value', 'actual', i, repeat(chr(65 + (i % 26)::INT), 1000), true
                    FROM range(150000) t(i)""");
            assertThat(single(st, "SELECT count(*) || ' ' || sum(length(evidence)) || ' ' || sum(value)::BIGINT FROM stage_observation"))
                    .isEqualTo("150000 150000000 11249925000");
        }
    }

    @Test
    void zeroLeavesDuckDbsOwnDefaultsAndNegativeIsRefused() throws Exception {
        try (Connection c = Warehouse.openForWriting(tmp.resolve("w.duckdb"), DuckDbResources.DUCKDB_DEFAULTS);
             Statement st = c.createStatement()) {
            assertThat(single(st, "SELECT current_setting('threads')")).isEqualTo(String.valueOf(Runtime.getRuntime().availableProcessors()));
        }
        assertThatThrownBy(() -> new DuckDbResources(-1, 0)).hasMessageContaining("cannot be negative");
    }

    @Test
    void workThatHasTheMachineToItselfGetsAThreadPerCoreThenTheThreadsGoBack() throws Exception {
        try (Connection c = Warehouse.openForWriting(tmp.resolve("w.duckdb"), new DuckDbResources(0, 1)); Statement st = c.createStatement()) {
            java.util.List<String> during = new java.util.ArrayList<>();
            new DuckDbResources(0, 1).whileAlone(c, 3, () -> during.add(single(st, "SELECT current_setting('threads')")));
            assertThat(during).containsExactly("3");
            assertThat(single(st, "SELECT current_setting('threads')")).isEqualTo("1");

            // Given back when the work fails, too.
            assertThatThrownBy(() -> new DuckDbResources(0, 1).whileAlone(c, 2, () -> {
                try (Statement failing = c.createStatement()) {
                    failing.execute("SELECT * FROM no_such_table");
                }
            }))
                    .isInstanceOf(java.sql.SQLException.class);
            assertThat(single(st, "SELECT current_setting('threads')")).isEqualTo("1");

            // More threads than cores, if given, are kept.
            st.execute("SET threads = 4");
            new DuckDbResources(0, 4).whileAlone(c, 2, () -> during.add(single(st, "SELECT current_setting('threads')")));
            assertThat(during).containsExactly("3", "4");
        }
    }

    private static String single(Statement st, String sql) throws java.sql.SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
