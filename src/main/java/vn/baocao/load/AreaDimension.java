package vn.baocao.load;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import vn.baocao.extract.area.AdminUnit;
import vn.baocao.extract.area.Gazetteer;
import vn.baocao.stage.AppenderRows;

/**
 * dim_area holds the units reports were filed for, with their province and
 * district and their validity, and dim_area_succession how the old units went
 * into the new ones in 2025: both from the gazetteer, for the areas the register
 * names (and their parents), refreshed after every load.
 */
public final class AreaDimension {

    private AreaDimension() {
    }

    public static void refresh(Connection c, Gazetteer gazetteer) throws SQLException {
        Map<String, AdminUnit> units = new LinkedHashMap<>();
        Map<String, String[]> unnamed = new LinkedHashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT DISTINCT area_key, area, area_level FROM document_register
                WHERE area IS NOT NULL AND area_level IS NOT NULL
                  AND (area_key IS NULL OR area_key NOT IN (SELECT area_key FROM dim_area))""")) {
            while (rs.next()) {
                AdminUnit u = gazetteer.get(rs.getString(1));
                if (u != null) {
                    gazetteer.lineage(u).forEach(x -> units.putIfAbsent(x.key(), x));
                    gazetteer.successors(u).forEach(x -> gazetteer.lineage(x).forEach(y -> units.putIfAbsent(y.key(), y)));
                    gazetteer.predecessors(u).forEach(x -> gazetteer.lineage(x).forEach(y -> units.putIfAbsent(y.key(), y)));
                } else if (rs.getString(1) == null) {
                    String key = "name:" + rs.getString(3) + ":" + rs.getString(2).toLowerCase(java.util.Locale.ROOT);
                    unnamed.putIfAbsent(key, new String[] {rs.getString(2), rs.getString(3)});
                }
            }
        }
        if (units.isEmpty() && unnamed.isEmpty()) {
            return;
        }
        try (Statement st = c.createStatement()) {
            st.execute("SELECT 1"); // appended rows join the open transaction only once a statement has run in it
            st.execute("CREATE OR REPLACE TABLE scratch_area_rows AS SELECT * FROM dim_area LIMIT 0");
            st.execute("CREATE OR REPLACE TABLE scratch_succession_rows AS SELECT * FROM dim_area_succession LIMIT 0");
        }
        DuckDBConnection duck = c.unwrap(DuckDBConnection.class);
        try (DuckDBAppender a = duck.createAppender("main", "scratch_area_rows")) {
            for (AdminUnit u : units.values()) {
                a.beginRow();
                a.append(u.key());
                a.append(u.name());
                a.append(u.level());
                AppenderRows.text(a, u.parentKey());
                AppenderRows.date(a, u.validFrom());
                AppenderRows.date(a, u.validTo());
                AppenderRows.time(a, java.time.Instant.now());
                a.append(u.code());
                a.append(u.type());
                a.append(gazetteer.province(u).key());
                a.endRow();
            }
            for (Map.Entry<String, String[]> e : unnamed.entrySet()) {
                a.beginRow();
                a.append(e.getKey());
                a.append(e.getValue()[0]);
                a.append(e.getValue()[1]);
                AppenderRows.text(a, null);
                AppenderRows.date(a, null);
                AppenderRows.date(a, null);
                AppenderRows.time(a, java.time.Instant.now());
                AppenderRows.text(a, null);
                AppenderRows.text(a, null);
                AppenderRows.text(a, null);
                a.endRow();
            }
        }
        try (DuckDBAppender a = duck.createAppender("main", "scratch_succession_rows")) {
            for (AdminUnit u : units.values()) {
                if (!u.key().startsWith("old:")) {
                    continue;
                }
                for (AdminUnit n : gazetteer.successors(u)) {
                    if (n.key().startsWith("new:")) {
                        a.beginRow();
                        a.append(u.key());
                        a.append(n.key());
                        a.append(gazetteer.successors(u).stream().filter(x -> x.key().startsWith("new:")).count() > 1 ? "part" : "whole");
                        a.endRow();
                    }
                }
            }
        }
        try (Statement st = c.createStatement()) {
            st.execute("INSERT OR IGNORE INTO dim_area SELECT * FROM scratch_area_rows");
            st.execute("INSERT OR IGNORE INTO dim_area_succession SELECT DISTINCT * FROM scratch_succession_rows");
            st.execute("DROP TABLE scratch_area_rows");
            st.execute("DROP TABLE scratch_succession_rows");
        }
    }
}
