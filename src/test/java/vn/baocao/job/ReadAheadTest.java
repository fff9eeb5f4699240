package vn.baocao.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.support.ListItemReader;

class ReadAheadTest {

    @Test
    void givesTheResultsInTheOrderOfTheItemsWhateverOrderTheyFinishIn() throws Exception {
        List<Integer> items = IntStream.range(0, 200).boxed().toList();
        // Even items take longer, so the workers finish them after the odd ones that follow.
        ReadAhead<Integer, String> ahead = new ReadAhead<>(new ListItemReader<>(items), i -> {
            if (i % 2 == 0) {
                sleep(2);
            }
            return "doc" + i;
        }, 4, 16, "test-");
        List<String> out = new ArrayList<>();
        for (String s = ahead.read(); s != null; s = ahead.read()) {
            out.add(s);
        }
        ahead.close();
        assertEquals(items.stream().map(i -> "doc" + i).toList(), out);
    }

    @Test
    void readsNoMoreThanTheWindowAheadOfWhatWasTaken() throws Exception {
        AtomicInteger read = new AtomicInteger();
        ListItemReader<Integer> source = new ListItemReader<>(IntStream.range(0, 100).boxed().toList());
        ReadAhead<Integer, Integer> ahead = new ReadAhead<>(() -> {
            Integer i = source.read();
            if (i != null) {
                read.incrementAndGet();
            }
            return i;
        }, i -> i, 2, 8, "test-");
        for (int taken = 1; taken <= 50; taken++) {
            assertEquals(taken - 1, ahead.read());
            assertTrue(read.get() <= taken + 8, "read " + read.get() + " after taking " + taken);
        }
        ahead.close();
    }

    @Test
    void keepsTheWorkersBusyWhileTheConsumerWaits() throws Exception {
        // The consumer takes nothing until every worker started: work ahead happens while nobody is reading.
        CountDownLatch started = new CountDownLatch(3);
        ReadAhead<Integer, Integer> ahead = new ReadAhead<>(new ListItemReader<>(List.of(1, 2, 3, 4)), i -> {
            started.countDown();
            return i;
        }, 3, 4, "test-");
        assertEquals(1, ahead.read());
        assertTrue(started.await(5, TimeUnit.SECONDS), "the workers took up the items after the first");
        assertEquals(2, ahead.read());
        assertEquals(3, ahead.read());
        assertEquals(4, ahead.read());
        assertNull(ahead.read());
        ahead.close();
    }

    @Test
    void rethrowsTheFailureOfTheWorkAsItWasThrown() {
        ReadAhead<Integer, Integer> ahead = new ReadAhead<>(new ListItemReader<>(List.of(1, 2)), i -> {
            throw new IllegalStateException("item " + i + " failed");
        }, 1, 2, "test-");
        IllegalStateException e = assertThrows(IllegalStateException.class, ahead::read);
        assertEquals("item 1 failed", e.getMessage());
        ahead.close();
    }

    @Test
    void refusesAWindowSmallerThanTheWorkers() {
        assertThrows(IllegalArgumentException.class, () -> new ReadAhead<>(new ListItemReader<>(List.of()), i -> i, 4, 2, "t-"));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
