package vn.baocao.job;

import java.time.Duration;
import java.util.List;
import vn.baocao.warehouse.ConsistencyChecks;

/**
 * What one ingest run did, as printed at its end and kept in run_log.
 *
 * @param rejections  path and reason of every file rejected in this run
 */
public record RunSummary(String runId, int filesSeen, int skippedUnchanged, int skippedDuplicate, int loaded,
                         int rejected, int observations, List<Rejection> rejections, List<ConsistencyChecks.Finding> findings,
                         Duration took, String warehouse) {

    private static final int FINDINGS_SHOWN = 10;

    public record Rejection(String path, String reason) {
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
