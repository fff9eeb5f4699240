package vn.baocao.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opens the DuckDB warehouse file and keeps its schema current. The schema is
 * the SQL under warehouse/schema (packaged into the jar), applied in file-name
 * order; every statement is idempotent, so it runs on each open.
 */
public final class Warehouse {

    static final List<String> SCHEMA_FILES = List.of(
            "01_batch_metadata.sql", "02_register.sql", "03_staging.sql", "04_facts.sql", "05_runs.sql", "06_dimensions.sql",
            "07_corrections.sql", "08_views.sql");
    private static final Pattern LOCK_HOLDER = Pattern.compile("Conflicting lock is held in (.*?)(?:\\. See|$)", Pattern.DOTALL);

    private Warehouse() {
    }

    /** Opens the file for reading and writing, creating it and its folder if needed, with the schema applied. */
    public static Connection openForWriting(Path file) throws WarehouseLockedException, SQLException, IOException {
        return openForWriting(file, DuckDbResources.DUCKDB_DEFAULTS);
    }

    /** As {@link #openForWriting(Path)}, with what DuckDB may use while the connection is open. */
    public static Connection openForWriting(Path file, DuckDbResources resources) throws WarehouseLockedException, SQLException, IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Connection c = open(file, false);
        try {
            resources.applyTo(c);
            storeTextWithoutFsst(c);
            applySchema(c);
        } catch (SQLException | IOException e) {
            c.close();
            throw e;
        }
        return c;
    }

    /**
     * The warehouse's text (indicator codes, rule names, units, short evidence spans, paths) repeats within a column,
     * and DuckDB's dictionary compression stores it as small or smaller than FSST, which costs more to write: measured
     * on the facts of the 2,000- and 10,000-report benchmark inboxes, the commit that writes them took 120 ms instead
     * of 160 ms and 560-590 ms instead of 680-710 ms, in a file some 1-5 % smaller. Columns written earlier with FSST
     * stay readable; only new writes leave it out.
     */
    private static void storeTextWithoutFsst(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("SET disabled_compression_methods = 'fsst'");
        }
    }

    /**
     * Opens an existing warehouse read-only; many readers may do so at once. If a statistician's
     * session holds the file for writing, a snapshot copy is read instead, so reading never fails on a lock.
     */
    public static Connection openForReading(Path file) throws SQLException, IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("no warehouse at " + file.toAbsolutePath() + " (run 'ingest' first, or give --warehouse FILE)");
        }
        try {
            return open(file, true);
        } catch (WarehouseLockedException locked) {
            Path copy = Files.createTempFile("baocao-snapshot-", ".duckdb");
            Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            copy.toFile().deleteOnExit();
            try {
                return open(copy, true);
            } catch (WarehouseLockedException impossible) {
                throw new IOException("cannot read a snapshot of " + file, impossible);
            }
        }
    }

    private static Connection open(Path file, boolean readOnly) throws WarehouseLockedException, SQLException {
        Properties p = new Properties();
        if (readOnly) {
            p.setProperty("duckdb.read_only", "true");
        }
        try {
            return DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), p);
        } catch (SQLException e) {
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("Could not set lock") || msg.contains("Conflicting lock")) {
                Matcher m = LOCK_HOLDER.matcher(msg);
                throw new WarehouseLockedException(file.toAbsolutePath(), m.find() ? "held by " + m.group(1).trim() : null, e);
            }
            throw e;
        }
    }

    /**
     * Creates or upgrades the schema in one transaction: a warehouse is left with the whole schema or none of the
     * change, and DuckDB syncs its log once instead of after each of some sixty statements (a new warehouse's schema:
     * 0.12-0.16 s instead of 0.19-0.23 s on the build machine, on a thread of its own; the run's first document,
     * which waits for the job's Spring context more than for this, was not measurably sooner).
     */
    static void applySchema(Connection c) throws SQLException, IOException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            for (String name : SCHEMA_FILES) {
                for (String sql : statements(resource("warehouse/schema/" + name))) {
                    st.execute(sql);
                }
            }
            c.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            try {
                c.rollback();
            } catch (SQLException notRolledBack) {
                e.addSuppressed(notRolledBack);
            }
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    static String resource(String path) throws IOException {
        try (InputStream in = Warehouse.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("missing resource " + path + " (the jar was built without warehouse/schema)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Splits a SQL file into statements; comments are dropped, ';' ends a statement. */
    static List<String> statements(String sql) {
        StringBuilder clean = new StringBuilder();
        for (String line : sql.split("\n")) {
            int comment = line.indexOf("--");
            clean.append(comment >= 0 ? line.substring(0, comment) : line).append('\n');
        }
        return java.util.Arrays.stream(clean.toString().split(";"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
