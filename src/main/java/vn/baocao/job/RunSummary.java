package vn.baocao.job;

import java.time.Duration;
import java.util.List;

/**
 * What one ingest run did, as printed at its end and kept in run_log.
 *
 * @param rejections  path and reason of every file rejected in this run
 */
public record RunSummary(String runId, int filesSeen, int skippedUnchanged, int skippedDuplicate, int loaded,
                         int rejected, int observations, List<Rejection> rejections, Duration took, String warehouse) {

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
        s.append(String.format("  time taken           %6.1f s%n", took.toMillis() / 1000.0));
        s.append("  warehouse            ").append(warehouse).append('\n');
        return s.toString();
    }
}
