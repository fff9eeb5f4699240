package vn.baocao.warehouse;

import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes fact_observation as CSV with the documented columns: periods as
 * YYYY-MM, values as plain numbers in the indicator's unit.
 */
public final class ObservationExport {

    public static final List<String> COLUMNS = List.of(
            "source_file", "area", "area_level", "indicator", "measure", "status", "value", "value_high", "unit",
            "period_start", "period_end", "evidence", "char_start", "char_end", "qualifier", "rule", "path", "sha256", "table_index", "table_row", "table_col");

    /** The documented observation columns, for export and for the CSV contract. */
    public static final String SELECT = """
            SELECT source_file, area, area_level, indicator, measure, status, value, value_high, unit,
                   strftime(period_start, '%Y-%m') AS period_start, strftime(period_end, '%Y-%m') AS period_end,
                   evidence, char_start, char_end, qualifier, rule, path, sha256, table_index, table_row, table_col
            FROM fact_observation
            ORDER BY source_file, char_start, table_index, table_row, table_col, indicator, measure, status""";

    private static final String QUERY = """
            SELECT source_file, area, area_level, indicator, measure, status, value, value_high, unit,
                   strftime(period_start, '%Y-%m'), strftime(period_end, '%Y-%m'), evidence, char_start, char_end,
                   qualifier, rule, path, sha256, table_index, table_row, table_col
            FROM fact_observation
            ORDER BY source_file, char_start, indicator, measure, status""";

    /** Writes every observation; returns how many rows were written. */
    public int write(Connection c, Writer out) throws SQLException, IOException {
        int rows = 0;
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(QUERY);
             CSVPrinter csv = new CSVPrinter(out, format)) {
            while (rs.next()) {
                for (int i = 1; i <= COLUMNS.size(); i++) {
                    String col = COLUMNS.get(i - 1);
                    if (col.equals("value") || col.equals("value_high")) {
                        double d = rs.getDouble(i);
                        csv.print(rs.wasNull() ? "" : Numbers.plain(d));
                    } else {
                        String s = rs.getString(i);
                        csv.print(s == null ? "" : s);
                    }
                }
                csv.println();
                rows++;
            }
        }
        return rows;
    }
}
