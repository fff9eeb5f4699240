package vn.baocao.job;

import java.time.Duration;
import java.util.List;
import vn.baocao.warehouse.ConsistencyChecks;

/**
 * What one ingest run did, as printed at its end and kept in run_log.
 *
 * @param rejections  path and reason of every file rejected in this run
 * @param corrections what became of the lines of the corrections file in this run
 */
public record RunSummary(String runId, int filesSeen, int skippedUnchanged, int skippedDuplicate, int loaded,
                         int rejected, int observations, List<Rejection> rejections, List<ConsistencyChecks.Finding> findings,
                         Corrections corrections, Duration took, String warehouse) {

    private static final int FINDINGS_SHOWN = 10;

    public record Rejection(String path, String reason) {
    }

    /** The corrections file's lines (file: its path, or null for none): how many are in force, and each one that is not, with why. */
    public record Corrections(String file, int applied, List<Unapplied> unapplied) {
    }

    /** A line of the corrections file that changed nothing in this run: orphan, ambiguous or invalid. */
    public record Unapplied(int lineNo, String outcome, String action, String file, String message) {
    }

    /** The same summary, with the time the run took until now, when it is printed. */
    public RunSummary took(Duration until) {
        return new RunSummary(runId, filesSeen, skippedUnchanged, skippedDuplicate, loaded, rejected, observations, rejections,
                findings, corrections, until, warehouse);
    }

    /** Input a person must look at: a rejected file, or a correction that no longer applies. */
    public boolean needsAttention() {
        return rejected > 0 || !corrections.unapplied().isEmpty();
    }

    public String render() {
        StringBuilder s = new StringBuilder();
        s.append("baocao ingest ").append(runId).append('\n');
        s.append(String.format("  files seen           %6d%n", filesSeen));
        s.append(String.format("  skipped, unchanged   %6d%n", skippedUnchanged));
        s.append(String.format("  skipped, duplicate   %6d%n", skippedDuplicate));
        s.append(String.format("  loaded               %6d%n", loaded));
        s.append(String.format("  rejected             %6d%n", rejected));
        for (Rejection r : rejections) {
            s.append("    - ").append(r.path()).append(": ").append(r.reason()).append('\n');
        }
        s.append(String.format("  observations loaded  %6d%n", observations));
        if (corrections.file() != null) {
            s.append(String.format("  corrections applied  %6d (%s)%n", corrections.applied(), corrections.file()));
        }
        if (!corrections.unapplied().isEmpty()) {
            s.append(String.format("  corrections unused   %6d (table correction_outcome)%n", corrections.unapplied().size()));
        }
        String name = corrections.file() == null ? "corrections" : java.nio.file.Path.of(corrections.file()).getFileName().toString();
        for (Unapplied u : corrections.unapplied()) {
            s.append("    - ").append(name).append(" line ").append(u.lineNo()).append(", ").append(u.outcome());
            if (u.action() != null && u.file() != null) {
                s.append(" (").append(u.action()).append(' ').append(u.file()).append(')');
            }
            s.append(": ").append(u.message()).append('\n');
        }
        long errors = findings.stream().filter(f -> f.severity().equals("error")).count();
        s.append(String.format("  consistency checks   %6d error(s), %d warning(s) (table check_result)%n", errors, findings.size() - errors));
        findings.stream().limit(FINDINGS_SHOWN).forEach(f -> s.append("    - ").append(f.severity()).append(' ').append(f.check())
                .append(": ").append(f.sourceFile()).append(": ").append(f.message()).append('\n'));
        if (findings.size() > FINDINGS_SHOWN) {
            s.append("    ... and ").append(findings.size() - FINDINGS_SHOWN).append(" more\n");
        }
        s.append(String.format("  time taken           %6.1f s%n", took.toMillis() / 1000.0));
        s.append("  warehouse            ").append(warehouse).append('\n');
        return s.toString();
    }
}
