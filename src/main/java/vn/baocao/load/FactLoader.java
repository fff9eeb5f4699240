package vn.baocao.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Moves one staged document into the warehouse: its observations into
 * fact_observation (replacing those of any earlier version of the same file)
 * and its row into the register. Runs inside the caller's transaction, so a
 * document is either loaded whole or not at all; every statement is set-based.
 */
public final class FactLoader {

    /** What loading one document did. */
    public record Result(String path, boolean loaded, int observations) {
    }

    private static final String INSERT_OBSERVATIONS = """
            INSERT INTO %s
            SELECT sha256, path, source_file, area, area_level, indicator, measure, status, value, value_high,
                   qualifier, unit, period_start, period_end, evidence, char_start, char_end, rule,
                   table_index, table_row, table_col, now()
            FROM stage_observation WHERE run_id = ? AND path = ? AND headline = %s""";

    private final Connection connection;

    public FactLoader(Connection connection) {
        this.connection = connection;
    }

    public Result load(String runId, String path) throws SQLException {
        String status;
        String sha;
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT status, sha256 FROM stage_document WHERE run_id = ? AND path = ?")) {
            ps.setString(1, runId);
            ps.setString(2, path);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("nothing staged for " + path + " in run " + runId);
                }
                status = rs.getString(1);
                sha = rs.getString(2);
            }
        }
        if ("rejected".equals(status)) {
            return new Result(path, false, recordRejection(runId, path));
        }
        // Earlier versions of this file, and any copy of the same content, give way to this one.
        update("DELETE FROM fact_observation WHERE path = ? OR sha256 = ?", path, sha);
        update("DELETE FROM fact_observation_alternate WHERE path = ? OR sha256 = ?", path, sha);
        int n = update(INSERT_OBSERVATIONS.formatted("fact_observation", "true"), runId, path);
        update(INSERT_OBSERVATIONS.formatted("fact_observation_alternate", "false"), runId, path);
        updateDimensions(runId, path);
        update("DELETE FROM document_register WHERE path = ?", path);
        update("""
                INSERT INTO document_register
                SELECT path, sha256, sha256, size_bytes, modified_at, format, doc_kind, area, area_level,
                       period_start, period_end, 'loaded', NULL, ?, issuer, doc_number, issued_on, draft, now(), run_id
                FROM stage_document WHERE run_id = ? AND path = ?""", n, runId, path);
        return new Result(path, true, n);
    }

    /**
     * A rejected file is registered with its reason. If an earlier version of it was loaded, its
     * observations stay: a broken copy must not erase figures that were read correctly before.
     */
    private int recordRejection(String runId, String path) throws SQLException {
        int kept;
        String keptSha = null;
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT (SELECT count(*) FROM fact_observation WHERE path = ?),
                       (SELECT any_value(loaded_sha256) FROM document_register WHERE path = ?)""")) {
            ps.setString(1, path);
            ps.setString(2, path);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                kept = rs.getInt(1);
                keptSha = kept > 0 ? rs.getString(2) : null;
            }
        }
        update("DELETE FROM document_register WHERE path = ?", path);
        update("""
                INSERT INTO document_register
                SELECT path, sha256, ?, size_bytes, modified_at, format, doc_kind, area, area_level, period_start, period_end,
                       'rejected', reason || CASE WHEN ? > 0 THEN ' (the ' || ? || ' observations of the version loaded before are kept)' ELSE '' END,
                       ?, issuer, doc_number, issued_on, draft, now(), run_id
                FROM stage_document WHERE run_id = ? AND path = ?""", keptSha, kept, kept, kept, runId, path);
        return 0;
    }

    /** The document, its area and its periods join the dimensions (existing rows stay as they are). */
    private void updateDimensions(String runId, String path) throws SQLException {
        update("""
                INSERT OR REPLACE INTO dim_document
                SELECT sha256, regexp_replace(path, '^.*/', ''), doc_kind, issuer, doc_number, issued_on, draft, now()
                FROM stage_document WHERE run_id = ? AND path = ?""", runId, path);
        update("""
                INSERT OR IGNORE INTO dim_area (area_key, name, level, first_seen)
                SELECT DISTINCT lower(area_level || ':' || area), area, area_level, now()
                FROM stage_document WHERE run_id = ? AND path = ? AND area IS NOT NULL AND area_level IS NOT NULL""", runId, path);
        update("""
                INSERT OR IGNORE INTO dim_period
                SELECT DISTINCT strftime(period_start, '%Y-%m') || '..' || strftime(period_end, '%Y-%m'), period_start, period_end,
                       CASE WHEN period_start = period_end THEN 'month'
                            WHEN month(period_start) = 1 AND month(period_end) = 12 THEN 'year'
                            WHEN date_diff('month', period_start, period_end) = 2 AND month(period_start) IN (1, 4, 7, 10) THEN 'quarter'
                            WHEN date_diff('month', period_start, period_end) = 5 AND month(period_start) IN (1, 7) THEN 'half'
                            WHEN month(period_start) = 1 AND month(period_end) = 9 THEN '9 months'
                            WHEN month(period_start) = 1 THEN 'year to date'
                            ELSE 'other' END,
                       year(period_end)
                FROM stage_observation
                WHERE run_id = ? AND path = ? AND period_start IS NOT NULL AND period_end IS NOT NULL""", runId, path);
    }

    private int update(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps.executeUpdate();
        }
    }
}
