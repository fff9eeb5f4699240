package vn.baocao.support;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * How long some work takes, for the linear-time tests: the CPU time of the calling thread, the best of three runs.
 * Other processes on a busy machine barely move it.
 */
public final class ThreadCpuTime {

    /** Work to time. */
    public interface Work {
        void run() throws Exception;
    }

    private ThreadCpuTime() {
    }

    /** The least CPU time, in seconds, of three runs of {@code work}. */
    public static double bestOfThree(Work work) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double best = Double.MAX_VALUE;
        for (int k = 0; k < 3; k++) {
            long t0 = threads.getCurrentThreadCpuTime();
            work.run();
            best = Math.min(best, (threads.getCurrentThreadCpuTime() - t0) / 1e9);
        }
        return best;
    }
}
