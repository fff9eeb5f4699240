package vn.baocao.review;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every indicator with figures, and the rows of v_yoy and v_target_achievement by indicator: three queries in all. */
final class IndicatorData {

    /** An indicator of the dictionary with what the warehouse holds of it. */
    record Indicator(String code, String name, String family, String unit, int figures, int areas, int disagreements) {
    }

    private IndicatorData() {
    }

    static List<Indicator> indicators(Connection c) throws SQLException {
        List<Indicator> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT i.code, i.name_vi, i.family, i.unit, count(f.indicator), count(DISTINCT f.area),
                       (SELECT count(*) FROM v_yoy y WHERE y.indicator = i.code AND y.yoy_disagrees AND y.comparison = 'same unit')
                FROM dim_indicator i JOIN v_fact_reviewed f ON f.indicator = i.code
                GROUP BY ALL ORDER BY i.family, i.code""")) {
            while (rs.next()) {
                out.add(new Indicator(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getInt(6),
                        rs.getInt(7)));
            }
        }
        return out;
    }

    /**
     * The rows of both views, by indicator, in order of area and period. A merged unit's comparison with the sum of
     * its predecessors is a second row of v_yoy for the same figure; the chart draws like for like only.
     */
    static Map<String, List<YoyPoint>> points(Connection c) throws SQLException {
        Map<String, List<YoyPoint>> out = new LinkedHashMap<>();
        read(c, """
                SELECT 'yoy', indicator, area || CASE area_level WHEN 'province' THEN ' (cấp tỉnh)' WHEN 'district' THEN ' (cấp huyện)' WHEN 'commune' THEN ' (cấp xã)' ELSE '' END, unit, period_start, period_end, value, prev_value,
                       prev_source, yoy_pct, reported_yoy_pct, yoy_disagrees, source_file
                FROM v_yoy WHERE comparison = 'same unit' ORDER BY indicator, area, period_start, period_end""", out);
        read(c, """
                SELECT 'target', indicator, area || CASE area_level WHEN 'province' THEN ' (cấp tỉnh)' WHEN 'district' THEN ' (cấp huyện)' WHEN 'commune' THEN ' (cấp xã)' ELSE '' END, unit, period_start, period_end, value, target_value,
                       NULL, computed_pct_of_target, stated_pct_of_target, pct_disagrees, source_file
                FROM v_target_achievement ORDER BY indicator, area, period_start, period_end""", out);
        return out;
    }

    private static void read(Connection c, String sql, Map<String, List<YoyPoint>> out) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                boolean disagrees = rs.getBoolean(12);
                Boolean d = rs.wasNull() ? null : disagrees;
                YoyPoint p = new YoyPoint(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), DocumentPages.number(rs, 7), DocumentPages.number(rs, 8), rs.getString(9),
                        DocumentPages.number(rs, 10), DocumentPages.number(rs, 11), d, rs.getString(13));
                out.computeIfAbsent(p.indicator(), k -> new ArrayList<>()).add(p);
            }
        }
    }
}
