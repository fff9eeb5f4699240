package vn.baocao.job;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Works on the items ahead of the step that consumes them: up to {@code window} items are being worked on by a pool
 * of worker threads while the step's own thread writes the ones before. A step that processes each chunk's items in
 * parallel waits at the end of every chunk for its slowest item and then for the writer, and the workers idle
 * meanwhile (a quarter of two cores, measured on the benchmark's 2,000 reports); here they go on with the next items.
 *
 * <p>Items come out in the order they went in, so a run stages the same rows in the same order whatever the number
 * of threads. Only {@code window} results are held at once, and a slow item holds back the output only once the
 * window behind it is full.
 *
 * @param <I> what is read (a file to read)
 * @param <O> what the work makes of it (the document read)
 */
final class ReadAhead<I, O> implements ItemStreamReader<O> {

    private final ItemReader<I> items;
    private final Function<I, O> work;
    private final int threads;
    private final int window;
    private final String threadName;
    private final Deque<Future<O>> ahead = new ArrayDeque<>();
    private ExecutorService workers;
    private boolean exhausted;

    /**
     * @param threads    worker threads
     * @param window     items worked on or done but not yet taken, at most; at least {@code threads}
     * @param threadName the workers' names, numbered ({@code extract-1}, ...)
     */
    ReadAhead(ItemReader<I> items, Function<I, O> work, int threads, int window, String threadName) {
        if (threads < 1 || window < threads) {
            throw new IllegalArgumentException("threads " + threads + ", window " + window);
        }
        this.items = items;
        this.work = work;
        this.threads = threads;
        this.window = window;
        this.threadName = threadName;
    }

    @Override
    public synchronized O read() throws Exception {
        fill();
        Future<O> next = ahead.poll();
        if (next == null) {
            return null;
        }
        fill();
        try {
            return next.get();
        } catch (ExecutionException e) {
            // The work's own failure, not the pool's: rethrown as it was thrown.
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private void fill() throws Exception {
        while (!exhausted && ahead.size() < window) {
            I item = items.read();
            if (item == null) {
                exhausted = true;
            } else {
                ahead.add(workers().submit(() -> work.apply(item)));
            }
        }
    }

    private ExecutorService workers() {
        if (workers == null) {
            AtomicInteger number = new AtomicInteger();
            ThreadFactory named = r -> {
                Thread t = new Thread(r, threadName + number.incrementAndGet());
                t.setDaemon(true); // a failed step must not keep the JVM alive
                return t;
            };
            workers = Executors.newFixedThreadPool(threads, named);
        }
        return workers;
    }

    @Override
    public void open(ExecutionContext executionContext) {
    }

    @Override
    public void update(ExecutionContext executionContext) {
    }

    /** Stops the workers: after the last item, or when the step failed and what is ahead will never be taken. */
    @Override
    public synchronized void close() {
        ahead.forEach(f -> f.cancel(true));
        ahead.clear();
        if (workers != null) {
            workers.shutdownNow();
            workers = null;
        }
    }
}
