package vn.baocao.job;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Bounds the size of the documents being read at once. Reading a document takes some 20 times its size in memory
 * for as long as it is read (see {@link DocumentMemory}); ordinary reports are small and read side by side, but two very large files on
 * two threads would need more than the job's heap. A document larger than the whole allowance waits until it can
 * run alone.
 */
final class InFlightBytes {

    private static final int KB = 1024;

    private final int allowanceKb;
    private final Semaphore permits;

    InFlightBytes(long allowanceBytes) {
        this.allowanceKb = (int) Math.max(1, Math.min(Integer.MAX_VALUE, allowanceBytes / KB));
        this.permits = new Semaphore(allowanceKb, true);
    }

    <T> T run(long bytes, Supplier<T> work) {
        int need = (int) Math.max(1, Math.min(allowanceKb, bytes / KB));
        permits.acquireUninterruptibly(need);
        try {
            return work.get();
        } finally {
            permits.release(need);
        }
    }
}
