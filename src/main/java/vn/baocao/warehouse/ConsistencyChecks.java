package vn.baocao.warehouse;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the consistency checks of warehouse/checks.sql over the whole warehouse
 * and keeps their findings in check_result, replacing the previous run's.
 */
public final class ConsistencyChecks {

    /** One finding, for the run summary. */
    public record Finding(String check, String severity, String sourceFile, String message) {
    }

    private ConsistencyChecks() {
    }

    public static List<Finding> run(Connection c, String runId) throws SQLException, IOException {
        try (Statement st = c.createStatement()) {
            st.execute("SELECT 1");
            st.execute("DELETE FROM check_result");
        }
        for (String select : Warehouse.statements(Warehouse.resource("warehouse/checks.sql"))) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO check_result SELECT ?, * FROM (" + select + ")")) {
                ps.setString(1, runId);
                ps.executeUpdate();
            }
        }
        return findings(c);
    }

    public static List<Finding> findings(Connection c) throws SQLException {
        List<Finding> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT check_name, severity, source_file, message FROM check_result
                ORDER BY severity, check_name, source_file, message""")) {
            while (rs.next()) {
                out.add(new Finding(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        }
        return out;
    }
}
