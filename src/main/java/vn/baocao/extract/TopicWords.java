package vn.baocao.extract;

import java.util.Arrays;
import java.util.List;
import vn.baocao.extract.text.PhraseIndex;
import vn.baocao.extract.text.Sorted;

/**
 * A document's topic words (the context and exclusion words of the dictionary) by word, each with where it stands:
 * the indicator chooser asks, for every figure and every indicator with context words, how near each word stands
 * to the figure, and a search among one word's places answers that without going over the paragraph again.
 */
final class TopicWords {

    /** Where one word stands, in text order. */
    static final class Places {
        private int[] start = new int[4];
        private int[] end = new int[4];
        private int size;

        private void add(int s, int e) {
            if (size == start.length) {
                start = Arrays.copyOf(start, size * 2);
                end = Arrays.copyOf(end, size * 2);
            }
            start[size] = s;
            end[size] = e;
            size++;
        }

        /**
         * How near the word stands to the figure among its places that start in [from, to) and end by {@code to}:
         * any place before the figure is nearer than any after it; before it, the later the nearer; after it, the
         * earlier. MIN_VALUE when it stands at none.
         */
        long nearest(int from, int to, int figure) {
            if (from >= to) {
                return Long.MIN_VALUE;
            }
            // the last place before the figure
            for (int k = firstAtLeast(Math.min(to, figure)) - 1; k >= 0 && start[k] >= from; k--) {
                if (end[k] <= to) {
                    return 2_000_000_000L + start[k];
                }
            }
            // else the first at or after it
            for (int k = firstAtLeast(Math.max(from, figure)); k < size && start[k] < to; k++) {
                if (end[k] <= to) {
                    return 1_000_000_000L - (start[k] - figure);
                }
            }
            return Long.MIN_VALUE;
        }

        private int firstAtLeast(int value) {
            return Sorted.firstAtLeast(start, size, value);
        }
    }

    /**
     * The words and their places in an open-addressed table, sized for the few dozen distinct words of a report. Not a
     * HashMap: a report's topic hits hold the lexicon's own strings, so a look-up is mostly one identity check, where
     * HashMap's chain of calls (which C1 does not inline) cost more than the rest of filling it.
     */
    private String[] words = new String[128];
    private int[] hashes = new int[128];
    private Places[] places = new Places[128];
    private int distinct;

    /** @param topics the document's topic words, ordered by start */
    TopicWords(List<PhraseIndex.Hit<String>> topics) {
        // a report repeats its topic words: the same word comes back in a row more often than not
        String last = null;
        Places lastPlaces = null;
        for (int k = 0; k < topics.size(); k++) {
            PhraseIndex.Hit<String> h = topics.get(k);
            String w = h.value();
            if (w != last) {
                int s = slot(w);
                lastPlaces = places[s];
                if (lastPlaces == null) {
                    lastPlaces = new Places();
                    add(s, w, lastPlaces);
                }
                last = w;
            }
            lastPlaces.add(h.start(), h.end());
        }
    }

    /** Where the word stands, or null when nowhere. */
    Places of(String word) {
        return places[slot(word)];
    }

    /** The word's slot, or the empty one where it would go. */
    private int slot(String word) {
        int mask = words.length - 1;
        int h = word.hashCode();
        for (int s = (h ^ h >>> 16) & mask; ; s = (s + 1) & mask) {
            String w = words[s];
            if (w == null || w == word || hashes[s] == h && w.equals(word)) {
                return s;
            }
        }
    }

    private void add(int slot, String word, Places at) {
        words[slot] = word;
        hashes[slot] = word.hashCode();
        places[slot] = at;
        if (++distinct * 2 > words.length) {
            String[] oldWords = words;
            Places[] oldPlaces = places;
            words = new String[oldWords.length * 2];
            hashes = new int[oldWords.length * 2];
            places = new Places[oldWords.length * 2];
            for (int k = 0; k < oldWords.length; k++) {
                if (oldWords[k] != null) {
                    int s = slot(oldWords[k]);
                    words[s] = oldWords[k];
                    hashes[s] = oldWords[k].hashCode();
                    places[s] = oldPlaces[k];
                }
            }
        }
    }
}
