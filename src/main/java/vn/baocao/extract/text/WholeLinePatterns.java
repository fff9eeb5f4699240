package vn.baocao.extract.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Patterns that a short line must match whole (page furniture: 'Lượt truy cập', '2,333 lượt xem'). Most lines hold
 * none of the words a pattern needs (see {@link TokenPattern#requiredWords}): the line's words say which patterns
 * are worth trying, each word asked once per text, so that a line is not tried against every pattern.
 */
public final class WholeLinePatterns {

    /** Patterns past this many are tried on every line (a bit each in a long). */
    private static final int INDEXED = 63;

    private final List<TokenPattern> patterns;
    /** The patterns (bits) that need each word. */
    private final Map<String, Long> byWord = new HashMap<>();
    /** The patterns that need no particular word: tried on every line. */
    private final long always;

    public WholeLinePatterns(List<TokenPattern> patterns) {
        this.patterns = List.copyOf(patterns);
        long any = 0;
        for (int k = 0; k < Math.min(INDEXED, patterns.size()); k++) {
            Set<String> words = patterns.get(k).requiredWords();
            if (words == null) {
                any |= 1L << k;
                continue;
            }
            for (String w : words) {
                byWord.merge(w, 1L << k, (a, b) -> a | b);
            }
        }
        this.always = any;
    }

    /** Whether some pattern matches tokens [from, to) whole. */
    public boolean matchWhole(Tokens t, int from, int to) {
        long[] bits = bitsByWord(t);
        int[] wordIds = t.wordIds();
        long candidates = always;
        for (int i = from; i < to; i++) {
            int w = wordIds[i];
            long b = bits[w];
            if (b == 0) {
                Long known = byWord.get(t.folded(i));
                b = (known == null ? 0 : known) | 1L << INDEXED; // the top bit says the word was asked
                bits[w] = b;
            }
            candidates |= b;
        }
        for (int k = 0; k < patterns.size(); k++) {
            if (k < INDEXED && (candidates & 1L << k) == 0) {
                continue;
            }
            TokenPattern.Match m = patterns.get(k).match(t, from, to);
            if (m != null && m.end() == to) {
                return true;
            }
        }
        return false;
    }

    private long[] bitsByWord(Tokens t) {
        long[] bits = (long[]) t.memo(this);
        if (bits == null || bits.length < t.distinctWords()) {
            bits = bits == null ? new long[t.distinctWords()] : java.util.Arrays.copyOf(bits, t.distinctWords());
            t.remember(this, bits);
        }
        return bits;
    }
}
