package vn.baocao.warehouse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A table or view of the warehouse, optionally filtered by indicators, areas
 * and a range of years, as a parameterised query.
 *
 * @param source      a table or view name (checked against the catalog, never pasted blindly)
 * @param indicators  indicator codes to keep, empty for all
 * @param areas       area names (or parts of them, case-insensitive) to keep, empty for all
 * @param fromYear    first year to keep (by period_start), or null
 * @param toYear      last year to keep, or null
 */
public record Selection(String source, List<String> indicators, List<String> areas, Integer fromYear, Integer toYear) {

    /** The query and its parameters. */
    public record Query(String sql, List<Object> params) {

        public PreparedStatement prepare(Connection c) throws SQLException {
            PreparedStatement ps = c.prepareStatement(sql);
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            return ps;
        }
    }

    public Query query(Connection c) throws SQLException {
        List<String> columns = columns(c);
        if (columns.isEmpty()) {
            throw new SQLException("no table or view named '" + source + "' in the warehouse (see: sql \"SHOW TABLES\")");
        }
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (!indicators.isEmpty()) {
            require(columns, "indicator");
            where.add("indicator IN (" + "?, ".repeat(indicators.size() - 1) + "?)");
            params.addAll(indicators);
        }
        if (!areas.isEmpty()) {
            require(columns, "area");
            List<String> any = new ArrayList<>();
            for (String a : areas) {
                any.add("area ILIKE ?");
                params.add("%" + a + "%");
            }
            where.add("(" + String.join(" OR ", any) + ")");
        }
        if (fromYear != null || toYear != null) {
            require(columns, "period_start");
            String year = "CAST(substr(CAST(period_start AS VARCHAR), 1, 4) AS INTEGER)";
            if (fromYear != null) {
                where.add(year + " >= ?");
                params.add(fromYear);
            }
            if (toYear != null) {
                where.add(year + " <= ?");
                params.add(toYear);
            }
        }
        String sql = "SELECT * FROM \"" + source.replace("\"", "") + "\"" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where));
        return new Query(sql, params);
    }

    private void require(List<String> columns, String column) throws SQLException {
        if (!columns.contains(column)) {
            throw new SQLException("'" + source + "' has no column " + column + " to filter on");
        }
    }

    private List<String> columns(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position")) {
            ps.setString(1, source);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }
}
