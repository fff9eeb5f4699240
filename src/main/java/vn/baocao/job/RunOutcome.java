package vn.baocao.job;

import java.util.Optional;

/**
 * What the summarise step found, kept for the command that started the job: it prints the summary the step worked
 * out instead of asking the warehouse the same questions again.
 */
public final class RunOutcome {

    private volatile RunSummary summary;

    void record(RunSummary s) {
        summary = s;
    }

    /** The run's summary, once its summarise step has run. */
    public Optional<RunSummary> summary() {
        return Optional.ofNullable(summary);
    }
}
