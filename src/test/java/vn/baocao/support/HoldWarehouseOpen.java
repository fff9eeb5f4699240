package vn.baocao.support;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Stands in for a statistician's DuckDB session: opens the warehouse
 * read-write in its own process (as the DuckDB shell does), says "ready", then
 * runs each line of its standard input as a query and prints the first value,
 * until its input closes.
 */
public final class HoldWarehouseOpen {

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + args[0]);
             BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            System.out.println("ready");
            System.out.flush();
            String line;
            while ((line = in.readLine()) != null) {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(line)) {
                    System.out.println(rs.next() ? rs.getString(1) : "");
                } catch (Exception e) {
                    System.out.println("error: " + e.getMessage());
                }
                System.out.flush();
            }
        }
    }
}
