package vn.baocao.warehouse;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What DuckDB may use while a job writes the warehouse: memory (megabytes) and threads. Zero leaves DuckDB's own
 * default, most of the machine's memory and one thread per core.
 *
 * @param memoryMb beyond this DuckDB spills to a temporary folder beside the file, so staging never grows the job
 * @param threads  DuckDB's own threads for one statement
 */
public record DuckDbResources(long memoryMb, int threads) {

    /** DuckDB's own defaults. */
    public static final DuckDbResources DUCKDB_DEFAULTS = new DuckDbResources(0, 0);

    public DuckDbResources {
        if (memoryMb < 0 || threads < 0) {
            throw new IllegalArgumentException("DuckDB memory and threads cannot be negative: " + memoryMb + " MB, " + threads + " threads");
        }
    }

    void applyTo(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            if (memoryMb > 0) {
                st.execute("SET memory_limit = '" + memoryMb + "MiB'");
            }
            if (threads > 0) {
                st.execute("SET threads = " + threads);
            }
        }
    }
}
