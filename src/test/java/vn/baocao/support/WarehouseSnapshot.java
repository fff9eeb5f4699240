package vn.baocao.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The content of a warehouse as sorted text rows, without the columns that
 * differ between two equivalent runs (load times, run ids), so that two
 * warehouses can be compared for equality.
 */
public final class WarehouseSnapshot {

    private WarehouseSnapshot() {
    }

    public static List<String> facts(Path warehouse) throws Exception {
        return rows(warehouse, """
                SELECT source_file, area, area_level, indicator, measure, status, value, value_high, qualifier, unit,
                       period_start, period_end, evidence, char_start, char_end, rule, sha256
                FROM fact_observation""");
    }

    public static List<String> register(Path warehouse) throws Exception {
        return rows(warehouse, """
                SELECT regexp_replace(path, '.*/', ''), sha256, loaded_sha256, size_bytes, format, doc_kind, area, area_level,
                       period_start, period_end, status, reason, observations, issuer, doc_number, issued_on, draft
                FROM document_register""");
    }

    public static List<String> everything(Path warehouse) throws Exception {
        List<String> all = new ArrayList<>(facts(warehouse));
        all.add("--- register");
        all.addAll(register(warehouse));
        return all;
    }

    public static List<String> rows(Path warehouse, String sql) throws Exception {
        Properties p = new Properties();
        p.setProperty("duckdb.read_only", "true");
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse.toAbsolutePath(), p);
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.append(i > 1 ? " | " : "").append(rs.getString(i));
                }
                out.add(row.toString());
            }
        }
        out.sort(null);
        return out;
    }

    public static long count(Path warehouse, String sql) throws Exception {
        return Long.parseLong(rows(warehouse, sql).get(0));
    }
}
