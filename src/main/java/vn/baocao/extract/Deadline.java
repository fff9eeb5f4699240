package vn.baocao.extract;

import java.time.Duration;
import vn.baocao.read.ReadBudget;
import vn.baocao.read.RejectedDocumentException;

/**
 * The time one document may take. Every stage is linear in the size of its input, so a document that still runs
 * past its budget is rejected rather than allowed to hold up the nightly run; the stages check it between units of
 * work (after reading, after normalising, per table, per sentence), so an exceeded budget stops the work within one
 * such unit.
 */
public final class Deadline {

    private static final Deadline NONE = new Deadline(Long.MAX_VALUE, null);

    private final long startNanos;
    private final Duration budget;
    /** The budget in nanoseconds, worked out once: it is checked at every sentence. */
    private final long budgetNanos;

    private Deadline(long startNanos, Duration budget) {
        this.startNanos = startNanos;
        this.budget = budget;
        this.budgetNanos = budget == null ? Long.MAX_VALUE : budget.toNanos();
    }

    /** A deadline {@code budget} from now. */
    public static Deadline after(Duration budget) {
        return new Deadline(System.nanoTime(), budget);
    }

    /** No deadline (the explain command, tests). */
    public static Deadline none() {
        return NONE;
    }

    /** Throws when the budget is spent; {@code stage} says what was being done, for the rejection reason. */
    public void check(String stage) {
        if (budget != null && System.nanoTime() - startNanos > budgetNanos) {
            throw new TimeBudgetExceededException(budget, stage);
        }
    }

    /**
     * This deadline as a reader asks it between the parts of a long document (the pages of a PDF): a spent budget
     * rejects the document, saying where reading stopped, as the rest of a reader's rejections do.
     */
    public ReadBudget whileReading() {
        return stage -> {
            try {
                check(stage);
            } catch (TimeBudgetExceededException e) {
                throw new RejectedDocumentException(e.getMessage(), e);
            }
        };
    }

    /** A document that took longer than its budget. */
    public static final class TimeBudgetExceededException extends RuntimeException {
        TimeBudgetExceededException(Duration budget, String stage) {
            super("took longer than the time budget of " + seconds(budget) + " for one document (stopped while " + stage
                    + "); raise document-time-budget-seconds in the job configuration to allow more");
        }

        private static String seconds(Duration d) {
            double s = d.toNanos() / 1e9;
            return (s == Math.rint(s) ? String.valueOf((long) s) : String.valueOf(s)) + " s";
        }
    }
}
