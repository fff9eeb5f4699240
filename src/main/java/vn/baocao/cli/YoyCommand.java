package vn.baocao.cli;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.baocao.warehouse.ReadableValue;
import vn.baocao.warehouse.Selection;
import vn.baocao.warehouse.TextTable;
import vn.baocao.warehouse.Warehouse;

/** {@code baocao yoy}: a readable year-on-year table for chosen indicators and areas. */
public final class YoyCommand implements Command {

    private static final List<String> HEAD = List.of("area", "indicator", "from", "to", "value", "prev_value", "prev", "yoy %",
            "reported %", "check");
    private static final List<Boolean> RIGHT_ALIGNED = List.of(false, false, false, false, true, true, false, true, true, false);

    @Override
    public String name() {
        return "yoy";
    }

    @Override
    public String summary() {
        return "print a year-on-year table for chosen indicators and areas";
    }

    @Override
    public String help() {
        return """
                Usage: java -jar target/baocao.jar yoy [--warehouse FILE] [--indicator CODE]... [--area NAME]...
                                                       [--from YEAR] [--to YEAR]

                Prints, from the view v_yoy, each observed level beside the same period a year
                earlier (loaded, or derived from the change the report stated), the change
                computed, the change reported and whether they disagree. A unit formed in 2025
                by merging others also gets a row against the sum of its predecessors ('sum of
                Cần Thơ + Hậu Giang + Sóc Trăng' in the prev column), below its like-for-like
                row. Figures are shown as reports write them ('120,3 tỷ đồng', '9,31%'); the check column says DISAGREES
                where the two changes differ and 'corrected' where a statistician corrected one
                of the two levels. For plain numbers, use export v_yoy or sql --format csv.

                Example:
                  java -jar target/baocao.jar yoy --indicator prod_value_total --indicator budget_revenue
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options o = Options.parse(args, Set.of("warehouse", "indicator", "area", "from", "to", "config"), Set.of());
        Integer from = o.value("from") == null ? null : Integer.valueOf(o.value("from"));
        Integer to = o.value("to") == null ? null : Integer.valueOf(o.value("to"));
        try (Connection c = Warehouse.openForReading(WarehouseOption.resolve(o))) {
            Selection.Query q = new Selection("v_yoy", o.all("indicator"), o.all("area"), from, to).query(c);
            String sql = """
                    SELECT area, indicator, period_start, period_end, unit, value, prev_value, prev_source,
                           yoy_pct, reported_yoy_pct, yoy_disagrees, corrected, comparison, predecessors
                    FROM (""" + q.sql() + ") ORDER BY area, indicator, period_start, period_end, comparison";
            List<List<String>> rows = new ArrayList<>();
            try (PreparedStatement ps = new Selection.Query(sql, q.params()).prepare(c); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs));
                }
            }
            out.print(new TextTable(HEAD, RIGHT_ALIGNED, rows).render());
            return ExitCode.OK;
        }
    }

    /**
     * One line of the table, each figure as a statistician writes it ('120,3 tỷ đồng', '9,31%'): the levels in the
     * indicator's unit, the changes in percent. Plain numbers are for files ({@code export v_yoy}, {@code sql --format
     * csv}), not for reading.
     */
    private static List<String> row(ResultSet rs) throws SQLException {
        String unit = rs.getString("unit");
        List<String> check = new ArrayList<>();
        if (rs.getBoolean("yoy_disagrees")) {
            check.add("DISAGREES");
        }
        if (rs.getBoolean("corrected")) {
            check.add("corrected");
        }
        return List.of(nonNull(rs.getString("area")), rs.getString("indicator"), rs.getString("period_start"), rs.getString("period_end"),
                ReadableValue.of(number(rs, "value"), unit), ReadableValue.of(number(rs, "prev_value"), unit),
                previous(rs), ReadableValue.of(number(rs, "yoy_pct"), "percent"),
                ReadableValue.of(number(rs, "reported_yoy_pct"), "percent"), String.join(", ", check));
    }

    /** Where the earlier level came from; a merged unit's predecessors are named, so the row is never taken for like-for-like. */
    private static String previous(ResultSet rs) throws SQLException {
        String source = nonNull(rs.getString("prev_source"));
        return "sum of predecessors".equals(rs.getString("comparison")) ? "sum of " + rs.getString("predecessors") : source;
    }

    private static Double number(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
