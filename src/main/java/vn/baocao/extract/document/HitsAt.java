package vn.baocao.extract.document;

import java.util.ArrayList;
import java.util.List;
import vn.baocao.extract.text.PhraseIndex;

/**
 * Phrase hits grouped by the token they start at: those at token i in one step. Stable: hits at the same token keep
 * the order they came in. Only the positions that hold hits are written: no pass over every token.
 *
 * @param <T> what the hits stand for
 */
final class HitsAt<T> {

    /** An insertion moving a hit further than this means the hits came in no useful order: they are counted instead. */
    private static final int MAX_MOVE = 64;

    private final List<PhraseIndex.Hit<T>> hits;
    /** The first hit at token i is hits[first[i] - 1]; 0: none. */
    private final int[] first;

    /** @param positions the number of tokens */
    HitsAt(List<PhraseIndex.Hit<T>> all, int positions) {
        this.hits = ordered(all, positions, false);
        this.first = new int[positions];
        for (int k = hits.size() - 1; k >= 0; k--) {
            first[hits.get(k).start()] = k + 1;
        }
    }

    /**
     * The hits ordered by start (end), ties kept in their order. A document's hits come in order of start, and a
     * phrase is a few tokens long, so ordering them by end moves each only a few places: an insertion sort does it
     * in about one step a hit, where sorting by counting takes a pass over every token.
     *
     * @param positions one more than the largest position a hit can have (the number of tokens, plus one for ends)
     */
    static <T> List<PhraseIndex.Hit<T>> ordered(List<PhraseIndex.Hit<T>> all, int positions, boolean byEnd) {
        int size = all.size();
        int k = 1;
        while (k < size && position(all.get(k - 1), byEnd) <= position(all.get(k), byEnd)) {
            k++;
        }
        if (k >= size) {
            return all; // already in order: nothing to move
        }
        List<PhraseIndex.Hit<T>> out = new ArrayList<>(all);
        for (; k < size; k++) {
            PhraseIndex.Hit<T> h = out.get(k);
            int p = position(h, byEnd);
            int j = k;
            while (j > 0 && position(out.get(j - 1), byEnd) > p) {
                if (k - j == MAX_MOVE) {
                    return counted(all, positions, byEnd);
                }
                out.set(j, out.get(j - 1));
                j--;
            }
            out.set(j, h);
        }
        return out;
    }

    /** A stable sort by counting, for hits in no useful order: linear in the hits and the positions. */
    @SuppressWarnings("unchecked")
    private static <T> List<PhraseIndex.Hit<T>> counted(List<PhraseIndex.Hit<T>> all, int positions, boolean byEnd) {
        int[] next = new int[positions + 1];
        for (int k = 0; k < all.size(); k++) {
            next[position(all.get(k), byEnd) + 1]++;
        }
        for (int i = 0; i < positions; i++) {
            next[i + 1] += next[i];
        }
        PhraseIndex.Hit<T>[] placed = new PhraseIndex.Hit[all.size()];
        for (int k = 0; k < all.size(); k++) {
            PhraseIndex.Hit<T> h = all.get(k);
            placed[next[position(h, byEnd)]++] = h;
        }
        return java.util.Arrays.asList(placed);
    }

    private static int position(PhraseIndex.Hit<?> h, boolean byEnd) {
        return byEnd ? h.end() : h.start();
    }

    /** Where the hits at token i start among all ({@link #get}), or -1 when there are none. */
    int first(int i) {
        return i < 0 || i >= first.length ? -1 : first[i] - 1;
    }

    /** Where the hits at token i end among all, given they start at {@code from} = {@link #first}(i) ≥ 0. */
    int end(int i, int from) {
        int k = from;
        while (k < hits.size() && hits.get(k).start() == i) {
            k++;
        }
        return k;
    }

    PhraseIndex.Hit<T> get(int k) {
        return hits.get(k);
    }

    /** The hits at token i (never null). */
    List<PhraseIndex.Hit<T>> at(int i) {
        int from = first(i);
        return from < 0 ? List.of() : hits.subList(from, end(i, from));
    }
}
