package vn.baocao.correct;

import static vn.baocao.stage.AppenderRows.integer;
import static vn.baocao.stage.AppenderRows.month;
import static vn.baocao.stage.AppenderRows.number;
import static vn.baocao.stage.AppenderRows.text;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Matches every line of the corrections file to the figures now in the warehouse, all lines at once, and rewrites
 * correction_applied (what is in force) and correction_outcome (what became of each line) inside the caller's
 * transaction, so a run that dies leaves the corrections of the run before, and the rerun those of one clean run.
 *
 * <p>A line finds its figure by its key in the version it was made against (sha256 and span or table cell); a line made
 * against another version of the file than the one loaded now finds it by its evidence text, which a re-saved report
 * keeps while its offsets and hash move. Where several figures fit, the one that agrees with more of the line (its
 * indicator, measure and status columns, the length of its span) is taken, and a tie is ambiguous: a wrong guess would
 * silently correct the wrong figure.
 */
public final class CorrectionResolver {

    /** Every figure each line could mean: by its key first, else (made against another version) by its evidence. */
    private static final String CANDIDATES = """
            CREATE OR REPLACE TEMP TABLE correction_candidate AS
            WITH exact AS (
                SELECT l.line_no, 'key' AS found_by, f.sha256 AS f_sha256, f.path AS f_path, f.char_start AS f_char_start,
                       f.char_end AS f_char_end, f.table_index AS f_table_index, f.table_row AS f_table_row,
                       f.table_col AS f_table_col, f.evidence AS f_evidence, f.indicator AS f_indicator,
                       f.measure AS f_measure, f.status AS f_status
                FROM stage_correction l
                JOIN fact_observation f
                  ON f.source_file = l.file
                 AND (l.sha256 IS NULL OR f.sha256 = l.sha256)
                 AND ((l.char_start = f.char_start AND l.char_end = f.char_end)
                      OR (l.table_index = f.table_index AND l.table_row = f.table_row AND l.table_col = f.table_col))
                 -- without a hash the span could be another version's: the evidence, when given, must agree
                 AND (l.sha256 IS NOT NULL OR l.evidence IS NULL OR l.evidence = f.evidence)
                WHERE l.action <> 'add'
            )
            SELECT * FROM exact
            UNION ALL
            SELECT l.line_no, 'evidence', f.sha256, f.path, f.char_start, f.char_end, f.table_index, f.table_row, f.table_col,
                   f.evidence, f.indicator, f.measure, f.status
            FROM stage_correction l
            JOIN fact_observation f ON f.source_file = l.file AND f.evidence = l.evidence
            WHERE l.action <> 'add'
              AND l.line_no NOT IN (SELECT line_no FROM exact)
              -- made against the version loaded now, a line whose key is gone has lost its figure
              AND NOT EXISTS (SELECT 1 FROM document_register d
                              WHERE d.loaded_sha256 = l.sha256 AND regexp_replace(d.path, '^.*/', '') = l.file)""";

    /** The best fitting figures of each line (fits > 1: a tie), and which line is in force for each figure. */
    private static final String MATCHES = """
            CREATE OR REPLACE TEMP TABLE correction_match AS
            WITH scored AS (
                SELECT c.*,
                       coalesce(l.indicator = c.f_indicator, false)::INT + coalesce(l.measure = c.f_measure, false)::INT
                       + coalesce(l.status = c.f_status, false)::INT
                       + coalesce(l.char_end - l.char_start = c.f_char_end - c.f_char_start, false)::INT AS score
                FROM correction_candidate c JOIN stage_correction l USING (line_no)
            ),
            best AS (
                SELECT *, count(*) OVER (PARTITION BY line_no) AS fits
                FROM (SELECT *, max(score) OVER (PARTITION BY line_no) AS top FROM scored)
                WHERE score = top
            )
            SELECT *, CASE WHEN fits = 1 THEN max(line_no) OVER (
                          PARTITION BY fits = 1, f_sha256, f_char_start, f_char_end, f_table_index, f_table_row, f_table_col,
                                       f_indicator, f_measure, f_status) END AS in_force_line
            FROM best""";

    /** The loaded document an added figure belongs to: the version the line names if loaded, else any of that name. */
    private static final String ADD_DOCUMENTS = """
            CREATE OR REPLACE TEMP TABLE correction_add_document AS
            WITH named AS (
                SELECT l.line_no, d.path, d.loaded_sha256, (d.loaded_sha256 = l.sha256) AS same_version
                FROM stage_correction l
                JOIN document_register d ON regexp_replace(d.path, '^.*/', '') = l.file AND d.loaded_sha256 IS NOT NULL
                WHERE l.action = 'add'
            )
            SELECT *, count(*) OVER (PARTITION BY line_no) AS fits
            FROM named n
            WHERE same_version OR NOT EXISTS (SELECT 1 FROM named o WHERE o.line_no = n.line_no AND o.same_version)""";

    /** One outcome per valid line, with a message a statistician can act on. */
    private static final String OUTCOMES = """
            INSERT INTO correction_outcome (run_id, line_no, action, source_file, outcome, message)
            SELECT ?, l.line_no, l.action, l.file,
                   CASE WHEN l.action = 'add' THEN CASE WHEN a.fits IS NULL THEN 'orphan' WHEN a.fits > 1 THEN 'ambiguous' ELSE 'applied' END
                        WHEN m.fits IS NULL THEN 'orphan'
                        WHEN m.fits > 1 THEN 'ambiguous'
                        WHEN m.in_force_line <> l.line_no THEN 'invalid'
                        ELSE 'applied' END,
                   CASE WHEN l.action = 'add' AND a.fits IS NULL
                            THEN 'no report named ' || l.file || ' is loaded, so the figure cannot be added to it'
                        WHEN l.action = 'add' AND a.fits > 1
                            THEN a.fits || ' loaded reports are named ' || l.file || ': give the sha256 of the one meant'
                        WHEN l.action = 'add' THEN 'added to ' || a.path
                        WHEN m.fits IS NULL AND NOT EXISTS (SELECT 1 FROM document_register d
                                                            WHERE regexp_replace(d.path, '^.*/', '') = l.file AND d.loaded_sha256 IS NOT NULL)
                            THEN 'no report named ' || l.file || ' is loaded'
                        WHEN m.fits IS NULL AND EXISTS (SELECT 1 FROM document_register d
                                                        WHERE d.loaded_sha256 = l.sha256 AND regexp_replace(d.path, '^.*/', '') = l.file)
                            THEN 'the loaded version of ' || l.file || ' has no figure at ' || place(l.char_start, l.char_end, l.table_index, l.table_row, l.table_col)
                        WHEN m.fits IS NULL AND l.evidence IS NULL
                            THEN 'the version of ' || l.file || ' the line was made against is no longer loaded, and the line gives no evidence to find the figure by'
                        WHEN m.fits IS NULL
                            THEN 'no figure of ' || l.file || ' has the evidence ''' || l.evidence || ''''
                        WHEN m.fits > 1
                            THEN m.fits || ' figures fit (' || m.figures || '): name its indicator, measure or status in the line'
                        WHEN m.in_force_line <> l.line_no
                            THEN 'line ' || m.in_force_line || ' corrects the same figure, and the later line is in force'
                        WHEN m.found_by = 'evidence'
                            THEN 'found by its evidence at ' || place(m.f_char_start, m.f_char_end, m.f_table_index, m.f_table_row, m.f_table_col)
                                 || ' of the version loaded now'
                   END
            FROM stage_correction l
            LEFT JOIN (SELECT line_no, any_value(fits) AS fits, any_value(in_force_line) AS in_force_line,
                              any_value(found_by) AS found_by, any_value(f_char_start) AS f_char_start,
                              any_value(f_char_end) AS f_char_end, any_value(f_table_index) AS f_table_index,
                              any_value(f_table_row) AS f_table_row, any_value(f_table_col) AS f_table_col,
                              string_agg(f_indicator || ' ' || f_measure || ' ' || f_status || ' at '
                                         || place(f_char_start, f_char_end, f_table_index, f_table_row, f_table_col), '; '
                                         ORDER BY f_char_start, f_table_index, f_table_row, f_table_col, f_status) AS figures
                       FROM correction_match GROUP BY line_no) m USING (line_no)
            LEFT JOIN (SELECT line_no, any_value(fits) AS fits, any_value(path) AS path
                       FROM correction_add_document GROUP BY line_no) a USING (line_no)""";

    /** The lines in force, under the key their figure has now. */
    private static final String APPLIED = """
            INSERT INTO correction_applied (line_no, action, sha256, path, source_file, char_start, char_end, table_index,
                                            table_row, table_col, evidence, indicator, measure, status, period_start, period_end,
                                            value, area, who, corrected_on, why, fact_indicator, fact_measure, fact_status)
            SELECT l.line_no, l.action, m.f_sha256, m.f_path, l.file, m.f_char_start, m.f_char_end, m.f_table_index,
                   m.f_table_row, m.f_table_col, m.f_evidence,
                   CASE WHEN l.action = 'change' THEN l.indicator END, CASE WHEN l.action = 'change' THEN l.measure END,
                   CASE WHEN l.action = 'change' THEN l.status END, CASE WHEN l.action = 'change' THEN l.period_start END,
                   CASE WHEN l.action = 'change' THEN l.period_end END, CASE WHEN l.action = 'change' THEN l.value END,
                   CASE WHEN l.action = 'change' THEN l.area END,
                   l.who, l.corrected_on, l.why, m.f_indicator, m.f_measure, m.f_status
            FROM stage_correction l JOIN correction_match m USING (line_no)
            WHERE m.fits = 1 AND m.in_force_line = l.line_no
            UNION ALL
            SELECT l.line_no, 'add', a.loaded_sha256, a.path, l.file, l.char_start, l.char_end, l.table_index, l.table_row,
                   l.table_col, l.evidence, l.indicator, l.measure, l.status, l.period_start, l.period_end, l.value, l.area,
                   l.who, l.corrected_on, l.why, NULL, NULL, NULL
            FROM stage_correction l JOIN correction_add_document a USING (line_no)
            WHERE a.fits = 1""";

    private static final String PLACE = """
            CREATE OR REPLACE TEMP MACRO place(cs, ce, ti, tr, tc) AS
                CASE WHEN cs IS NOT NULL THEN 'characters ' || cs || '-' || ce
                     WHEN ti IS NOT NULL THEN 'table ' || ti || ' row ' || tr || ' column ' || tc
                     ELSE 'no span or cell' END""";

    private final Connection connection;

    public CorrectionResolver(Connection connection) {
        this.connection = connection;
    }

    /** Replaces the corrections in force and this run's outcomes with what these lines give against the facts now. */
    public void apply(String runId, CorrectionLines lines) throws SQLException {
        try (Statement st = connection.createStatement()) {
            // These statements also join the appenders below to the step's transaction.
            st.execute("DELETE FROM correction_applied");
            st.execute("DELETE FROM correction_outcome");
            st.execute("DELETE FROM stage_correction");
        }
        stage(lines);
        appendRejected(runId, lines);
        if (lines.valid().isEmpty()) {
            return;
        }
        try (Statement st = connection.createStatement()) {
            st.execute(PLACE);
            st.execute(CANDIDATES);
            st.execute(MATCHES);
            st.execute(ADD_DOCUMENTS);
        }
        try (PreparedStatement ps = connection.prepareStatement(OUTCOMES)) {
            ps.setString(1, runId);
            ps.executeUpdate();
        }
        try (Statement st = connection.createStatement()) {
            st.execute(APPLIED);
            st.execute("DROP TABLE correction_candidate");
            st.execute("DROP TABLE correction_match");
            st.execute("DROP TABLE correction_add_document");
            st.execute("DELETE FROM stage_correction");
        }
    }

    private void stage(CorrectionLines lines) throws SQLException {
        try (DuckDBAppender a = duck().createAppender("main", "stage_correction")) {
            for (Correction c : lines.valid()) {
                a.beginRow();
                a.append(c.lineNo());
                a.append(c.file());
                text(a, c.sha256());
                integer(a, c.charStart());
                integer(a, c.charEnd());
                integer(a, c.tableIndex());
                integer(a, c.tableRow());
                integer(a, c.tableCol());
                text(a, c.evidence());
                a.append(c.action().code());
                text(a, c.indicator());
                text(a, c.measure());
                text(a, c.status());
                month(a, c.periodStart());
                month(a, c.periodEnd());
                number(a, c.value());
                text(a, c.area());
                a.append(c.who());
                a.append(c.when());
                a.append(c.why());
                a.endRow();
            }
        }
    }

    private void appendRejected(String runId, CorrectionLines lines) throws SQLException {
        try (DuckDBAppender a = duck().createAppender("main", "correction_outcome")) {
            for (RejectedLine r : lines.invalid()) {
                a.beginRow();
                a.append(runId);
                a.append(r.lineNo());
                text(a, r.action());
                text(a, r.file());
                a.append("invalid");
                a.append(r.message());
                a.endRow();
            }
        }
    }

    private DuckDBConnection duck() throws SQLException {
        return connection.unwrap(DuckDBConnection.class);
    }
}
