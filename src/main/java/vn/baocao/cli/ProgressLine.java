package vn.baocao.cli;

import java.io.PrintStream;
import java.util.List;
import vn.baocao.job.JobProgress;

/**
 * The run's progress on one line of the terminal, rewritten in place (carriage return) four times a second:
 * 'reading 1200 of 2000 documents, 97 documents/s, about 8 s left'. Cleared when closed, so the summary that
 * follows starts on a clean line. A line that is not shown starts no thread and prints nothing.
 */
final class ProgressLine implements AutoCloseable {

    private static final long TICK_MILLIS = 250;

    private final JobProgress progress;
    private final PrintStream err;
    private final Thread ticker;
    private int nextPhase;
    private int shownLength;
    private boolean closed;

    private ProgressLine(JobProgress progress, PrintStream err, boolean shown) {
        this.progress = progress;
        this.err = err;
        this.ticker = shown ? new Thread(this::tick, "progress-line") : null;
        if (ticker != null) {
            ticker.setDaemon(true);
            ticker.start();
        }
    }

    static ProgressLine showing(JobProgress progress, PrintStream err, boolean shown) {
        return new ProgressLine(progress, err, shown);
    }

    /** What the job counts and this line shows. */
    JobProgress counts() {
        return progress;
    }

    private void tick() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                show();
                Thread.sleep(TICK_MILLIS);
            }
        } catch (InterruptedException closing) {
            // close() shows the last state and clears the line
        }
    }

    /**
     * Shows every phase started since the last tick, each as far as it got, then the current one: a phase shorter
     * than a tick still ends on the line before the next replaces it.
     */
    private synchronized void show() {
        List<JobProgress.Phase> phases = progress.since(nextPhase);
        for (JobProgress.Phase p : phases) {
            write(text(p, System.nanoTime()));
        }
        nextPhase += phases.size() - 1;
        err.flush();
    }

    private void write(String text) {
        err.print("\r" + text + " ".repeat(Math.max(0, shownLength - text.length())));
        shownLength = text.length();
    }

    static String text(JobProgress.Phase p, long nowNanos) {
        if (p.total() == 0) {
            return p.name() + " ...";
        }
        int done = p.doneSoFar();
        StringBuilder s = new StringBuilder(p.name()).append(' ').append(done).append(" of ").append(p.total()).append(" documents");
        long ended = p.endedNanos().get();
        double seconds = ((ended != 0 ? ended : nowNanos) - p.startedNanos()) / 1e9;
        if (done > 0 && seconds > 0) {
            double rate = done / seconds;
            s.append(String.format(", %.0f documents/s", rate));
            if (done < p.total()) {
                s.append(", about ").append(duration((p.total() - done) / rate)).append(" left");
            }
        }
        return s.toString();
    }

    static String duration(double seconds) {
        long s = Math.round(Math.ceil(seconds));
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return s / 60 + " min " + s % 60 + " s";
        }
        return s / 3600 + " h " + s / 60 % 60 + " min";
    }

    /** Shows how the run ended and clears the line; closing again does nothing. */
    @Override
    public void close() throws InterruptedException {
        if (ticker == null || closed) {
            return;
        }
        closed = true;
        ticker.interrupt();
        ticker.join();
        show();
        err.print("\r" + " ".repeat(shownLength) + "\r");
        err.flush();
    }
}
