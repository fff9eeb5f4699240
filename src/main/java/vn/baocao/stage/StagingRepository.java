package vn.baocao.stage;

import static vn.baocao.stage.AppenderRows.date;
import static vn.baocao.stage.AppenderRows.integer;
import static vn.baocao.stage.AppenderRows.month;
import static vn.baocao.stage.AppenderRows.number;
import static vn.baocao.stage.AppenderRows.text;
import static vn.baocao.stage.AppenderRows.time;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import vn.baocao.extract.Observation;
import vn.baocao.extract.meta.DocumentMetadata;
import vn.baocao.extract.period.Period;

/**
 * The staging tables: the scratch space where one run puts what it found
 * before the load step moves it into the facts. Documents and observations are
 * staged in the connection's TEMP tables, the decisions about files in the
 * warehouse itself (the summary and the operator read them after the run).
 * Writes go through the DuckDB Appender and join the caller's open transaction.
 */
public final class StagingRepository {

    /** The catalog of the connection's TEMP tables, where staging lives (see 03_staging.sql). */
    private static final String TEMP = "temp";

    private final Connection connection;

    public StagingRepository(Connection connection) {
        this.connection = connection;
    }

    /** Empties staging: whatever a killed run left there must never reach the facts. */
    public void clear() throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("DELETE FROM stage_observation");
            st.execute("DELETE FROM stage_document");
            st.execute("DELETE FROM stage_file");
        }
    }

    public void recordDecisions(String runId, List<FileDecision> decisions) throws SQLException {
        joinTransaction();
        try (DuckDBAppender a = duck().createAppender("main", "stage_file")) {
            for (FileDecision d : decisions) {
                a.beginRow();
                a.append(runId);
                a.append(d.path());
                text(a, d.sha256());
                a.append(d.size());
                time(a, d.modified());
                a.append(d.action());
                text(a, d.note());
                a.endRow();
            }
        }
    }

    public List<FileDecision> decisions(String runId, String action) throws SQLException {
        List<FileDecision> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT path, sha256, size_bytes, modified_at, action, note FROM stage_file WHERE run_id = ? AND action = ? ORDER BY path")) {
            ps.setString(1, runId);
            ps.setString(2, action);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Timestamp t = rs.getTimestamp(4);
                    out.add(new FileDecision(rs.getString(1), rs.getString(2), rs.getLong(3),
                            t == null ? null : t.toLocalDateTime().toInstant(ZoneOffset.UTC), rs.getString(5), rs.getString(6)));
                }
            }
        }
        return out;
    }

    public void stage(String runId, List<ExtractedDocument> docs) throws SQLException {
        joinTransaction();
        DuckDBConnection duck = duck();
        try (DuckDBAppender da = duck.createAppender(TEMP, "main", "stage_document");
             DuckDBAppender oa = duck.createAppender(TEMP, "main", "stage_observation")) {
            for (ExtractedDocument d : docs) {
                appendDocument(da, runId, d);
                for (Observation o : d.observations()) {
                    appendObservation(oa, runId, d.file().path(), o, true);
                }
                for (Observation o : d.alternates()) {
                    appendObservation(oa, runId, d.file().path(), o, false);
                }
            }
        }
    }

    private static void appendDocument(DuckDBAppender a, String runId, ExtractedDocument d) throws SQLException {
        FileDecision f = d.file();
        DocumentMetadata m = d.metadata();
        Period p = m == null ? null : m.period();
        a.beginRow();
        a.append(runId);
        a.append(f.path());
        a.append(Path.of(f.path()).getFileName().toString());
        text(a, f.sha256());
        a.append(f.size());
        time(a, f.modified());
        text(a, d.format());
        text(a, m == null ? null : m.kind());
        text(a, m == null ? null : m.areaName());
        text(a, m == null ? null : m.areaLevel());
        month(a, p == null ? null : p.start());
        month(a, p == null ? null : p.end());
        a.append(d.isRejected() ? "rejected" : "extracted");
        text(a, d.reason());
        a.append(d.observations().size());
        text(a, m == null ? null : m.issuer());
        text(a, m == null ? null : m.number());
        date(a, m == null ? null : m.date());
        a.append(m != null && m.draft());
        text(a, m == null ? null : m.areaType());
        text(a, m == null ? null : m.areaCode());
        text(a, m == null ? null : m.areaKey());
        text(a, areaNote(d));
        a.endRow();
    }

    private static void appendObservation(DuckDBAppender a, String runId, String path, Observation o, boolean headline)
            throws SQLException {
        a.beginRow();
        a.append(runId);
        a.append(path);
        a.append(o.indicator());
        a.append(o.measure());
        a.append(o.status());
        a.append(o.value());
        number(a, o.valueHigh());
        text(a, o.qualifier());
        text(a, o.unit());
        month(a, o.period() == null ? null : o.period().start());
        month(a, o.period() == null ? null : o.period().end());
        text(a, o.evidence());
        integer(a, o.charStart());
        integer(a, o.charEnd());
        text(a, o.rule());
        integer(a, o.cell() == null ? null : o.cell().table());
        integer(a, o.cell() == null ? null : o.cell().row());
        integer(a, o.cell() == null ? null : o.cell().column());
        a.append(headline);
        text(a, o.basis());
        text(a, o.season());
        a.endRow();
    }

    /** What is uncertain about a document's area: the name fits several units, or the text and the inbox disagree. */
    private static String areaNote(ExtractedDocument d) {
        DocumentMetadata m = d.metadata();
        String note = m == null || m.area() == null ? null : m.area().note();
        if (d.inboxNote() == null) {
            return note;
        }
        return note == null ? d.inboxNote() : note + "; " + d.inboxNote();
    }

    /**
     * Appended rows belong to the open transaction only once a statement has run in it
     * (measured: see the platform notes); without this a rollback would keep them.
     */
    private void joinTransaction() throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("SELECT 1");
        }
    }

    private DuckDBConnection duck() throws SQLException {
        return connection.unwrap(DuckDBConnection.class);
    }
}
