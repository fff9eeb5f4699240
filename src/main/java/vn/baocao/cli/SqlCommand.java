package vn.baocao.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import vn.baocao.warehouse.TabularWriter;
import vn.baocao.warehouse.Warehouse;

/** {@code baocao sql}: runs one read-only query on the warehouse and prints the result. */
public final class SqlCommand implements Command {

    @Override
    public String name() {
        return "sql";
    }

    @Override
    public String summary() {
        return "run a read-only SQL query and print a table or CSV";
    }

    @Override
    public String help() {
        return """
                Usage: java -jar target/baocao.jar sql [--warehouse FILE] [--format table|csv] QUERY

                Runs QUERY on the warehouse, opened read-only (it never changes it, and works while
                the nightly job runs or another session has the file open), and prints the result.

                Example:
                  java -jar target/baocao.jar sql "SELECT indicator, period_start, value, prev_value, yoy_pct FROM v_yoy LIMIT 10"

                Options:
                  --warehouse FILE      the warehouse (default: warehouse/baocao.duckdb)
                  --format table|csv    an aligned table (default) or CSV
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options o = Options.parse(args, Set.of("warehouse", "format", "config"), Set.of());
        if (o.positional().isEmpty()) {
            throw new UsageException("sql needs a QUERY");
        }
        String format = o.value("format") == null ? "table" : o.value("format");
        if (!format.equals("table") && !format.equals("csv")) {
            throw new UsageException("--format is table or csv, not '" + format + "'");
        }
        String query = String.join(" ", o.positional());
        try (Connection c = Warehouse.openForReading(WarehouseOption.resolve(o)); Statement st = c.createStatement()) {
            ResultSet rs;
            try {
                if (!st.execute(query)) {
                    out.println("(no rows)");
                    return ExitCode.OK;
                }
                rs = st.getResultSet();
            } catch (SQLException e) {
                err.print("baocao sql: " + reason(e.getMessage()));
                return ExitCode.FAILED;
            }
            try (rs) {
                if (format.equals("csv")) {
                    OutputStreamWriter w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    TabularWriter.csv(rs, w);
                    w.flush();
                } else {
                    TabularWriter.table(rs, out, 60);
                }
            }
            return ExitCode.OK;
        }
    }

    /**
     * DuckDB's message whole, each line ending in a newline: the kind of error and its reason, then the query's line
     * with a caret under the place it failed ('LINE 1: selec * ...' / '        ^'), which only lines up when the
     * line is printed as DuckDB wrote it. The driver's own generic first line ('Attempting to execute an
     * unsuccessful or closed pending query result') and its 'Error: ' prefix on the next say nothing to a user.
     */
    static String reason(String message) {
        String text = message == null ? "" : message.lines().filter(l -> !l.contains("unsuccessful or closed pending query"))
                .map(l -> l.replaceFirst("^Error: ", "")).collect(java.util.stream.Collectors.joining("\n")).strip();
        return (text.isEmpty() ? "query failed" : text) + "\n";
    }
}
