package vn.baocao.job;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How far a run is, for a person watching it: the job's steps start phases and count what they finished; whoever
 * shows it ({@code cli.ProgressLine}) reads it from another thread. Counting costs one atomic increment per document,
 * so the extraction threads never wait for the display.
 */
public final class JobProgress {

    /**
     * One phase of the run.
     *
     * @param total        documents it has to do; 0 for a phase that counts nothing (scanning, checking)
     * @param startedNanos {@link System#nanoTime()} when it started, for its rate
     * @param done         documents done so far
     * @param endedNanos   {@link System#nanoTime()} when the last of its documents was done (0 before): the rate of a
     *                     phase that ended is its own, not one that falls while the next phase runs
     */
    public record Phase(String name, int total, long startedNanos, AtomicInteger done, AtomicLong endedNanos) {

        public Phase(String name, int total, long startedNanos) {
            this(name, total, startedNanos, new AtomicInteger(), new AtomicLong());
        }

        public int doneSoFar() {
            return done.get();
        }

        void advance(int n) {
            if (done.addAndGet(n) >= total && total > 0) {
                endedNanos.compareAndSet(0, System.nanoTime());
            }
        }
    }

    /** Every phase so far, in order: a display that looked away during a short one can still show how it ended. */
    private final List<Phase> phases = new CopyOnWriteArrayList<>(List.of(new Phase("starting", 0, System.nanoTime())));

    public void start(String name, int total) {
        phases.add(new Phase(name, total, System.nanoTime()));
    }

    /** Starts a phase that has {@code items} to do, and gives them back. */
    public <T> List<T> start(String name, List<T> items) {
        start(name, items.size());
        return items;
    }

    /** {@code n} more documents of the current phase are done. */
    public void advance(int n) {
        phases.get(phases.size() - 1).advance(n);
    }

    /** The phases from the {@code from}-th (0-based) on; the last is the current one. */
    public List<Phase> since(int from) {
        List<Phase> all = List.copyOf(phases);
        return all.subList(Math.min(from, all.size() - 1), all.size());
    }
}
