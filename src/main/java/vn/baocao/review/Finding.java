package vn.baocao.review;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A finding of the consistency checks (check_result) with the figures it is about: the figures of its document with
 * its indicator and period, found in one query for all findings.
 *
 * @param figureIds  ids of the figures concerned on the document's page (see {@link Figure#id()})
 */
record Finding(String check, String severity, String area, String indicator, String period, String sourceFile, String sha256,
               String message, String evidence, List<String> figureIds) {

    static List<Finding> all(Connection c) throws SQLException {
        List<Finding> findings = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                WITH figures AS (SELECT sha256, indicator, period_start, period_end, %s AS id FROM v_fact_reviewed)
                SELECT c.check_name, c.severity, c.area, c.indicator,
                       strftime(c.period_start, '%%Y-%%m'), strftime(c.period_end, '%%Y-%%m'),
                       c.source_file, c.sha256, c.message, c.evidence,
                       (SELECT string_agg(f.id, ' ' ORDER BY f.id) FROM figures f
                        WHERE f.sha256 = c.sha256 AND f.indicator = c.indicator AND f.id IS NOT NULL
                          AND (c.period_start IS NULL OR f.period_start = c.period_start)
                          AND (c.period_end IS NULL OR f.period_end = c.period_end)) AS ids
                FROM check_result c
                ORDER BY c.severity = 'error' DESC, c.check_name, c.area, c.indicator, c.source_file""".formatted(Figure.ID_SQL))) {
            while (rs.next()) {
                String ids = rs.getString(11);
                findings.add(new Finding(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        PeriodLabel.of(rs.getString(5), rs.getString(6)), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                        ids == null ? List.of() : List.of(ids.split(" "))));
            }
        }
        return findings;
    }
}
