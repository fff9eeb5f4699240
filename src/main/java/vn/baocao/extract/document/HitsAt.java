package vn.baocao.extract.document;

import java.util.Arrays;
import java.util.List;
import vn.baocao.extract.text.PhraseIndex;

/**
 * Phrase hits grouped by a token position (where they start, or where they end): those at token i in one step.
 * Built by counting, so in linear time, and stable: hits at the same position keep the order they came in.
 *
 * @param <T> what the hits stand for
 */
final class HitsAt<T> {

    private final List<PhraseIndex.Hit<T>> hits;
    /** The hits at token i are hits[first[i], first[i + 1]). */
    private final int[] first;

    /**
     * @param positions one more than the largest position a hit can have (the number of tokens, plus one for ends)
     * @param byEnd     group by where the hits end, not where they start (read directly, not through a function:
     *                  this runs for every cue of every document)
     */
    @SuppressWarnings("unchecked")
    HitsAt(List<PhraseIndex.Hit<T>> all, int positions, boolean byEnd) {
        first = new int[positions + 1];
        int size = all.size();
        boolean ordered = true;
        int last = 0;
        for (int k = 0; k < size; k++) {
            PhraseIndex.Hit<T> h = all.get(k);
            int p = byEnd ? h.end() : h.start();
            ordered &= last <= p;
            last = p;
            first[p + 1]++;
        }
        for (int i = 0; i < positions; i++) {
            first[i + 1] += first[i];
        }
        if (ordered) {
            hits = all; // already grouped, in order: the counts are all that is needed
            return;
        }
        int[] next = Arrays.copyOf(first, positions);
        PhraseIndex.Hit<T>[] placed = new PhraseIndex.Hit[size];
        for (int k = 0; k < size; k++) {
            PhraseIndex.Hit<T> h = all.get(k);
            placed[next[byEnd ? h.end() : h.start()]++] = h;
        }
        hits = Arrays.asList(placed);
    }

    /** Where the hits at token i start among all: they are {@link #get}(k) for k in [first(i), first(i + 1)). */
    int first(int i) {
        return i < 0 ? 0 : i >= first.length ? hits.size() : first[i];
    }

    PhraseIndex.Hit<T> get(int k) {
        return hits.get(k);
    }

    /** The hits at token i (never null). */
    List<PhraseIndex.Hit<T>> at(int i) {
        if (i < 0 || i >= first.length - 1 || first[i] == first[i + 1]) {
            return List.of();
        }
        return hits.subList(first[i], first[i + 1]);
    }
}
