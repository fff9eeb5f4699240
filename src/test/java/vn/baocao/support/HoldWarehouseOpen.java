package vn.baocao.support;

import java.sql.Connection;
import java.sql.DriverManager;

/**
 * Stands in for a statistician's DuckDB session: opens the warehouse
 * read-write in its own process, says "ready", and holds it until its standard
 * input closes.
 */
public final class HoldWarehouseOpen {

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + args[0])) {
            c.createStatement().execute("CREATE TABLE IF NOT EXISTS my_notes (note VARCHAR)");
            System.out.println("ready");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the file until the test closes our input
            }
        }
    }
}
