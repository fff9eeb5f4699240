package vn.baocao.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Moves staged documents into the warehouse: their observations into
 * fact_observation (replacing those of any earlier version of the same file or
 * content), their rows into the register and the dimensions. Works on a batch
 * of documents with set-based statements inside the caller's transaction, so
 * every document of the batch is loaded whole or not at all.
 */
public final class FactLoader {

    private static final String INSERT_OBSERVATIONS = """
            INSERT INTO %s (sha256, path, source_file, area, area_level, indicator, measure, status, value, value_high,
                            qualifier, unit, period_start, period_end, evidence, char_start, char_end, rule,
                            table_index, table_row, table_col, loaded_at, area_code, area_key, basis, season)
            SELECT d.sha256, o.path, d.source_file, d.area, d.area_level, o.indicator, o.measure, o.status, o.value, o.value_high,
                   o.qualifier, o.unit, o.period_start, o.period_end, o.evidence, o.char_start, o.char_end, o.rule,
                   o.table_index, o.table_row, o.table_col, now(), d.area_code, d.area_key, o.basis, o.season
            FROM stage_observation o JOIN load_docs d ON d.path = o.path AND d.status = 'extracted'
            WHERE o.run_id = ? AND o.headline = %s""";

    private final Connection connection;

    public FactLoader(Connection connection) {
        this.connection = connection;
    }

    /** Loads the staged documents with these paths; returns how many were loaded (not rejected). */
    public int load(String runId, List<String> paths) throws SQLException {
        if (paths.isEmpty()) {
            return 0;
        }
        update("CREATE OR REPLACE TEMP TABLE load_paths (path VARCHAR)");
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO load_paths VALUES " + String.join(", ", java.util.Collections.nCopies(paths.size(), "(?)")))) {
            for (int i = 0; i < paths.size(); i++) {
                ps.setString(i + 1, paths.get(i));
            }
            ps.executeUpdate();
        }
        // What is being loaded, with what an earlier version left in the facts.
        update("""
                CREATE OR REPLACE TEMP TABLE load_docs AS
                SELECT s.*, r.loaded_sha256 AS previous_sha256, coalesce(k.kept, 0) AS kept,
                       coalesce(n.headline_count, 0) AS headline_count
                FROM stage_document s
                JOIN load_paths USING (path)
                LEFT JOIN document_register r USING (path)
                LEFT JOIN (SELECT path, count(*) AS kept FROM fact_observation
                           WHERE path IN (SELECT path FROM load_paths) GROUP BY path) k USING (path)
                LEFT JOIN (SELECT path, count(*) AS headline_count FROM stage_observation
                           WHERE run_id = ? AND headline GROUP BY path) n USING (path)
                WHERE s.run_id = ?""", runId, runId);
        // Earlier versions of these files, and any copy of the same content, give way to the new ones.
        for (String table : new String[] {"fact_observation", "fact_observation_alternate"}) {
            update("DELETE FROM " + table + " WHERE path IN (SELECT path FROM load_docs WHERE status = 'extracted')"
                    + " OR sha256 IN (SELECT sha256 FROM load_docs WHERE status = 'extracted')");
        }
        update(INSERT_OBSERVATIONS.formatted("fact_observation", "true"), runId);
        update(INSERT_OBSERVATIONS.formatted("fact_observation_alternate", "false"), runId);
        update("DELETE FROM document_register WHERE path IN (SELECT path FROM load_docs)");
        // A rejected new version keeps the observations of the version loaded before: a broken copy
        // must not erase figures that were read correctly.
        int loaded = update("""
                INSERT INTO document_register (path, sha256, loaded_sha256, size_bytes, modified_at, format, doc_kind, area, area_level,
                                               period_start, period_end, status, reason, observations, issuer, doc_number, issued_on,
                                               draft, loaded_at, run_id, area_type, area_code, area_key, area_note)
                SELECT path, sha256,
                       CASE WHEN status = 'extracted' THEN sha256 WHEN kept > 0 THEN previous_sha256 END,
                       size_bytes, modified_at, format, doc_kind, area, area_level, period_start, period_end,
                       CASE WHEN status = 'extracted' THEN 'loaded' ELSE 'rejected' END,
                       CASE WHEN status = 'extracted' THEN NULL
                            WHEN kept > 0 THEN reason || ' (the ' || kept || ' observations of the version loaded before are kept)'
                            ELSE reason END,
                       CASE WHEN status = 'extracted' THEN headline_count ELSE kept END,
                       issuer, doc_number, issued_on, draft, now(), run_id, area_type, area_code, area_key, area_note
                FROM load_docs""");
        updateDimensions(runId);
        update("DROP TABLE load_docs");
        update("DROP TABLE load_paths");
        return loaded;
    }

    /** The documents and their periods join the dimensions (existing rows stay as they are); areas are added by {@link AreaDimension}. */
    private void updateDimensions(String runId) throws SQLException {
        update("""
                INSERT OR REPLACE INTO dim_document
                SELECT sha256, source_file, doc_kind, issuer, doc_number, issued_on, draft, now()
                FROM load_docs WHERE status = 'extracted'""");
        update("""
                INSERT OR IGNORE INTO dim_period
                SELECT DISTINCT strftime(o.period_start, '%Y-%m') || '..' || strftime(o.period_end, '%Y-%m'), o.period_start, o.period_end,
                       CASE WHEN o.period_start = o.period_end THEN 'month'
                            WHEN month(o.period_start) = 1 AND month(o.period_end) = 12 THEN 'year'
                            WHEN date_diff('month', o.period_start, o.period_end) = 2 AND month(o.period_start) IN (1, 4, 7, 10) THEN 'quarter'
                            WHEN date_diff('month', o.period_start, o.period_end) = 5 AND month(o.period_start) IN (1, 7) THEN 'half'
                            WHEN month(o.period_start) = 1 AND month(o.period_end) = 9 THEN '9 months'
                            WHEN month(o.period_start) = 1 THEN 'year to date'
                            ELSE 'other' END,
                       year(o.period_end)
                FROM stage_observation o JOIN load_docs d ON d.path = o.path AND d.status = 'extracted'
                WHERE o.run_id = ? AND o.period_start IS NOT NULL AND o.period_end IS NOT NULL""", runId);
    }

    private int update(String sql, Object... args) throws SQLException {
        if (args.length == 0) {
            try (Statement st = connection.createStatement()) {
                st.execute(sql);
                return st.getUpdateCount();
            }
        }
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps.executeUpdate();
        }
    }
}
