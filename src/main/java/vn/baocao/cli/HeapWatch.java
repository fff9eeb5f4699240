package vn.baocao.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The most heap a run used, sampled every 50 ms on a daemon thread. Summing each heap pool's own peak overstates
 * it (the pools peak at different times), and the committed heap says what the collector reserved, not what the
 * run needed.
 */
final class HeapWatch implements AutoCloseable {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread sampler;
    private volatile long peak;
    private volatile boolean running = true;

    HeapWatch() {
        sample();
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
        long used = memory.getHeapMemoryUsage().getUsed();
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
