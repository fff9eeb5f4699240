package vn.baocao.cli;

import java.lang.management.ManagementFactory;

/**
 * The most heap a run used, sampled every 50 ms on a daemon thread. Summing each heap pool's own peak overstates
 * it (the pools peak at different times), and the committed heap says what the collector reserved, not what the
 * run needed.
 *
 * <p>The management beans take some 25 ms to set up, so the sampler sets them up on its own thread rather than the
 * one that starts the job; the heap a run starts with is far below its peak.
 */
final class HeapWatch implements AutoCloseable {

    private final Thread sampler;
    private volatile long peak;
    private volatile boolean running = true;

    HeapWatch() {
        sampler = new Thread(() -> {
            while (running) {
                sample();
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample() {
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        if (used > peak) {
            peak = used;
        }
    }

    long peakMegabytes() {
        sample();
        return peak >> 20;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
