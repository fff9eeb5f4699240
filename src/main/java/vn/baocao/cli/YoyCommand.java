package vn.baocao.cli;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Set;
import vn.baocao.warehouse.Selection;
import vn.baocao.warehouse.TabularWriter;
import vn.baocao.warehouse.Warehouse;

/** {@code baocao yoy}: a readable year-on-year table for chosen indicators and areas. */
public final class YoyCommand implements Command {

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
                computed, the change reported and whether they disagree.

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
                    SELECT area, indicator, period_start AS "from", period_end AS "to", unit,
                           round(value, 2) AS value, round(prev_value, 2) AS prev_value, prev_source AS prev,
                           round(yoy_pct, 2) AS "yoy %", round(reported_yoy_pct, 2) AS "reported %",
                           CASE WHEN yoy_disagrees THEN 'DISAGREES' ELSE '' END AS "check"
                    FROM (""" + q.sql() + ") ORDER BY area, indicator, \"from\", \"to\"";
            try (PreparedStatement ps = new Selection.Query(sql, q.params()).prepare(c); ResultSet rs = ps.executeQuery()) {
                TabularWriter.table(rs, out, 40);
            }
            return ExitCode.OK;
        }
    }
}
