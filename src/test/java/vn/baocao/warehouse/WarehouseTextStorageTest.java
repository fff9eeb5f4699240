package vn.baocao.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The warehouse's text is written without FSST (see {@link Warehouse#openForWriting}): text that a plain DuckDB file
 * stores with FSST is stored another way in the warehouse, and reads back the same.
 */
class WarehouseTextStorageTest {

    /** Evidence spans as the facts hold them: short, each one different. */
    private static final String EVIDENCE = """
            SELECT i AS id, 'ước đạt ' || (1000 + i * 7) || ' tỷ đồng, tăng ' || (i % 97) || ',' || (i % 10) || '% so cùng kỳ' AS evidence
            FROM range(20000) t(i)""";

    @TempDir
    Path tmp;

    @Test
    void evidenceTextThatPlainDuckDbStoresWithFsstIsStoredWithoutItAndReadsBackTheSame() throws Exception {
        Path plain = tmp.resolve("plain.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + plain)) {
            assertThat(storedEvidence(c)).contains("FSST"); // the control: this text is what DuckDB picks FSST for
        }
        try (Connection c = Warehouse.openForWriting(tmp.resolve("w.duckdb"))) {
            List<String> compressions = storedEvidence(c);
            assertThat(compressions).isNotEmpty().doesNotContain("FSST");
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT count(*) FROM evidence_check e JOIN (" + EVIDENCE + ") g USING (id) WHERE e.evidence = g.evidence")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(20000);
            }
        }
    }

    /** Writes the evidence into a table, checkpoints it, and gives the compression of each of its segments. */
    private static List<String> storedEvidence(Connection c) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE evidence_check AS " + EVIDENCE);
            st.execute("CHECKPOINT");
            try (ResultSet rs = st.executeQuery("""
                    SELECT compression FROM pragma_storage_info('evidence_check')
                    WHERE column_name = 'evidence' AND segment_type = 'VARCHAR'""")) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }
}
