package vn.baocao.job;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import vn.baocao.extract.ExtractionRules;
import vn.baocao.load.IndicatorDimension;
import vn.baocao.warehouse.ConsistencyChecks;

/**
 * Last step: count what the run did from staging and the register, record it
 * in run_log, and end with exit status COMPLETED_WITH_REJECTIONS where any file
 * was rejected or any line of the corrections file was not applied.
 */
public final class SummaryTasklet implements Tasklet {

    public static final String WITH_REJECTIONS = "COMPLETED_WITH_REJECTIONS";

    private final Connection connection;
    private final IngestSettings settings;
    private final String runId;
    private final ExtractionRules rules;
    private final RunOutcome outcome;

    public SummaryTasklet(Connection connection, IngestSettings settings, String runId, ExtractionRules rules, RunOutcome outcome) {
        this.connection = connection;
        this.settings = settings;
        this.runId = runId;
        this.rules = rules;
        this.outcome = outcome;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        LocalDateTime startedLocal = chunkContext.getStepContext().getStepExecution().getJobExecution().getStartTime();
        Instant started = startedLocal == null ? Instant.now() : startedLocal.atZone(java.time.ZoneId.systemDefault()).toInstant();
        IndicatorDimension.refresh(connection, rules.dictionary());
        vn.baocao.load.AreaDimension.refresh(connection, rules.gazetteer());
        // The checks read the facts as corrected, the register and the dimensions: when none changed, neither did
        // their findings, and a nightly run that found nothing new ends in seconds however large the warehouse.
        String basis = checkBasis();
        if (processedFiles() > 0 || !basis.equals(lastCheckBasis())) {
            settings.duckdb().whileAlone(connection, Runtime.getRuntime().availableProcessors(),
                    () -> ConsistencyChecks.run(connection, runId));
            try (java.sql.Statement st = connection.createStatement()) {
                st.execute("DELETE FROM check_basis");
            }
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO check_basis VALUES (?)")) {
                ps.setString(1, basis);
                ps.executeUpdate();
            }
        }
        RunSummary s = summarise(connection, runId, started, settings.warehouse().toAbsolutePath().toString(), settings.corrections());
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT OR REPLACE INTO run_log VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, runId);
            ps.setTimestamp(2, Timestamp.valueOf(LocalDateTime.ofInstant(started, ZoneOffset.UTC)));
            ps.setTimestamp(3, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC)));
            ps.setInt(4, s.filesSeen());
            ps.setInt(5, s.skippedUnchanged());
            ps.setInt(6, s.skippedDuplicate());
            ps.setInt(7, s.loaded());
            ps.setInt(8, s.rejected());
            ps.setInt(9, s.observations());
            ps.setBoolean(10, settings.force());
            ps.executeUpdate();
        }
        outcome.record(s);
        if (s.needsAttention()) {
            contribution.setExitStatus(new ExitStatus(WITH_REJECTIONS, s.rejected() + " file(s) rejected, "
                    + s.corrections().unapplied().size() + " correction(s) not applied"));
        }
        return RepeatStatus.FINISHED;
    }

    /** The summary of a run, from what it staged and what it registered. */
    private long processedFiles() throws java.sql.SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT count(*) FROM stage_file WHERE run_id = ? AND action = ?")) {
            ps.setString(1, runId);
            ps.setString(2, vn.baocao.stage.FileDecision.PROCESS);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** A fingerprint of what the checks read besides the facts: the dimensions and the corrections in force. */
    private String checkBasis() throws java.sql.SQLException {
        return single("""
                SELECT (SELECT count(*) || ':' || coalesce(bit_xor(hash(i)), 0) FROM dim_indicator i) || '/'
                    || (SELECT count(*) || ':' || coalesce(bit_xor(hash(a)), 0) FROM dim_area a) || '/'
                    || (SELECT count(*) || ':' || coalesce(bit_xor(hash(c)), 0) FROM correction_applied c)""");
    }

    /** The fingerprint the findings in check_result were worked out from; empty if none is known. */
    private String lastCheckBasis() throws java.sql.SQLException {
        String last = single("SELECT max(fingerprint) FROM check_basis");
        return last == null ? "" : last;
    }

    private String single(String sql) throws java.sql.SQLException {
        try (java.sql.Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    static RunSummary summarise(Connection c, String runId, Instant started, String warehouse, java.nio.file.Path correctionsFile)
            throws Exception {
        int seen;
        int unchanged;
        int duplicate;
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT count(*), count(*) FILTER (action = 'unchanged'), count(*) FILTER (action = 'duplicate')
                FROM stage_file WHERE run_id = ?""")) {
            ps.setString(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                seen = rs.getInt(1);
                unchanged = rs.getInt(2);
                duplicate = rs.getInt(3);
            }
        }
        int loaded;
        int observations;
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT count(*), coalesce(sum(observations), 0) FROM document_register WHERE run_id = ? AND status = 'loaded'""")) {
            ps.setString(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                loaded = rs.getInt(1);
                observations = rs.getInt(2);
            }
        }
        List<RunSummary.Rejection> rejections = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT path, reason FROM document_register WHERE run_id = ? AND status = 'rejected' ORDER BY path")) {
            ps.setString(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rejections.add(new RunSummary.Rejection(rs.getString(1), rs.getString(2)));
                }
            }
        }
        return new RunSummary(runId, seen, unchanged, duplicate, loaded, rejections.size(), observations, rejections,
                ConsistencyChecks.findings(c), corrections(c, runId, correctionsFile), Duration.between(started, Instant.now()), warehouse);
    }

    private static RunSummary.Corrections corrections(Connection c, String runId, java.nio.file.Path file) throws java.sql.SQLException {
        int applied = 0;
        List<RunSummary.Unapplied> unapplied = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT line_no, outcome, action, source_file, message FROM correction_outcome WHERE run_id = ? ORDER BY line_no")) {
            ps.setString(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if ("applied".equals(rs.getString(2))) {
                        applied++;
                    } else {
                        unapplied.add(new RunSummary.Unapplied(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                    }
                }
            }
        }
        return new RunSummary.Corrections(file == null ? null : file.toString(), applied, unapplied);
    }
}
