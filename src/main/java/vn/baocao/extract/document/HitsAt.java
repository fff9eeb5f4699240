package vn.baocao.extract.document;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;
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

    /** @param positions one more than the largest position a hit can have (the number of tokens, plus one for ends) */
    @SuppressWarnings("unchecked")
    HitsAt(List<PhraseIndex.Hit<T>> all, int positions, ToIntFunction<PhraseIndex.Hit<T>> position) {
        first = new int[positions + 1];
        for (PhraseIndex.Hit<T> h : all) {
            first[position.applyAsInt(h) + 1]++;
        }
        for (int i = 0; i < positions; i++) {
            first[i + 1] += first[i];
        }
        int[] next = Arrays.copyOf(first, positions);
        PhraseIndex.Hit<T>[] placed = new PhraseIndex.Hit[all.size()];
        for (PhraseIndex.Hit<T> h : all) {
            placed[next[position.applyAsInt(h)]++] = h;
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
