package vn.baocao.cli;

/** Process exit codes; the README documents them for schedulers. */
public final class ExitCode {

    /** Everything asked for was done; for ingest, every file seen was loaded or skipped unchanged. */
    public static final int OK = 0;
    /** The job failed; nothing half-done is kept, and running it again continues where it stopped. */
    public static final int FAILED = 1;
    /** The run completed but some files were rejected or some corrections not applied; each is listed with its reason. */
    public static final int REJECTED_FILES = 2;
    /** The warehouse is busy: another ingest is running on it, or another program holds it open. */
    public static final int WAREHOUSE_BUSY = 3;
    /** The command line was wrong; the message says how. */
    public static final int USAGE = 64;

    private ExitCode() {
    }
}
