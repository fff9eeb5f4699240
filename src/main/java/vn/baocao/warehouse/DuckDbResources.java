package vn.baocao.warehouse;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What DuckDB may use while a job writes the warehouse: memory (megabytes) and threads. Zero leaves DuckDB's own
 * default, most of the machine's memory and one thread per core.
 *
 * @param memoryMb beyond this DuckDB spills to a temporary folder beside the file, so staging never grows the job
 * @param threads  DuckDB's own threads for one statement, while the job's workers read
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

    /** Work on the warehouse, as SQL does it. */
    public interface SqlWork {
        void run() throws SQLException, java.io.IOException;
    }

    /**
     * Does work that has the machine to itself, the job's workers being done, with a DuckDB thread per core (or more,
     * if these resources give more), then gives DuckDB back its threads. The consistency checks read the whole
     * warehouse and grow with it: the step that runs them took 1.67-1.71 s on one thread at 10,000 reports, 1.20-1.22 s
     * with the checks on two.
     */
    public void whileAlone(Connection c, int cores, SqlWork work) throws SQLException, java.io.IOException {
        if (threads == 0 || threads >= cores) {
            work.run(); // DuckDB has a thread per core already
            return;
        }
        try (Statement st = c.createStatement()) {
            st.execute("SET threads = " + cores);
        }
        try {
            work.run();
        } finally {
            try (Statement st = c.createStatement()) {
                st.execute("SET threads = " + threads);
            }
        }
    }
}
