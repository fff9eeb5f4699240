package vn.baocao.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Refreshes the review site after an ingest run, in the JVM the user started once the job's own JVM has finished
 * (the job keeps its heap to itself, and the site is written from the published warehouse). Set
 * {@code review-after-ingest = false} in the configuration, or give {@code ingest --no-review}, to leave it out.
 * A failure here is only a warning: the night's load succeeded, and the exit code says so.
 */
final class ReviewAfterIngest {

    private ReviewAfterIngest() {
    }

    /** After {@code baocao ingest ARGS} ended with {@code exit}: refreshes the site when the run loaded or skipped its files. */
    static void refresh(List<String> ingestArgs, int exit, PrintStream out, PrintStream err) {
        if (exit != ExitCode.OK && exit != ExitCode.REJECTED_FILES || ingestArgs.contains("--help") || ingestArgs.contains("-h")
                || ingestArgs.contains("--no-review")) {
            return;
        }
        try {
            Options o = Options.parse(ingestArgs, IngestCommand.OPTIONS, IngestCommand.FLAGS);
            String configOption = o.value("config");
            JobsConfig config = JobsConfig.load(configOption == null ? JobsConfig.DEFAULT : Path.of(configOption), configOption != null);
            if (!config.flag("review-after-ingest", true)) {
                return;
            }
            out.print(ReviewCommand.describe(ReviewCommand.refresh(WarehouseOption.resolve(o), ReviewCommand.site(o))));
        } catch (Exception | LinkageError e) {
            err.println("warning: the review site was not refreshed (" + Cli.rootMessage(e) + "); the ingest itself is done."
                    + " Run 'java -jar target/baocao.jar review' to write it.");
        }
    }
}
