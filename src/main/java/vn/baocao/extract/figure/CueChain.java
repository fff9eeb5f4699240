package vn.baocao.extract.figure;

import java.util.ArrayList;
import java.util.List;
import vn.baocao.extract.language.Cue;
import vn.baocao.extract.number.TokenCues;
import vn.baocao.extract.text.PhraseIndex;
import vn.baocao.extract.text.Tokens;

/**
 * The run of rule words right before or after a number, up to the first word no
 * rule knows: in 'Thu ngân sách ước đạt 7.250 tỷ đồng, đạt 60% dự toán Bộ Tài
 * chính giao' the chain before 60% is 'đạt', the one after is 'dự toán Bộ Tài
 * chính giao'. Chains never cross another number, a clause mark or (after the
 * number) a comma.
 */
final class CueChain {

    private static final Cue.Category[] CATEGORIES = Cue.Category.values();

    private final List<PhraseIndex.Hit<Cue>> hits = new ArrayList<>();
    /** What each of the hits says as a measure word (null for none), in the same order. */
    private final List<MeasureWord> words = new ArrayList<>(4);
    private int end;

    private void add(PhraseIndex.Hit<Cue> h) {
        hits.add(h);
        words.add(MeasureWord.of(h.value()));
    }

    List<PhraseIndex.Hit<Cue>> hits() {
        return hits;
    }

    /** Where a chain after a number ends (exclusive). */
    int end() {
        return end;
    }

    /** The nearest measure cue that is the word, or null. */
    PhraseIndex.Hit<Cue> find(MeasureWord w) {
        int k = position(w);
        return k < 0 ? null : hits.get(k);
    }

    boolean has(MeasureWord w) {
        return position(w) >= 0;
    }

    /** Index in the chain (0 = nearest the number) of the nearest measure cue that is the word, or -1. */
    int position(MeasureWord w) {
        for (int k = 0; k < words.size(); k++) {
            if (words.get(k) == w) {
                return k;
            }
        }
        return -1;
    }

    /** What the k-th cue of the chain says as a measure word, or null. */
    MeasureWord word(int k) {
        return words.get(k);
    }

    /** The chain before token {@code at}, not reaching before {@code limit}. */
    static CueChain before(TokenCues cues, int at, int limit, boolean[] periodToken) {
        CueChain chain = new CueChain();
        Tokens t = cues.doc().tokens();
        int k = at;
        while (k > limit) {
            if (periodToken[k - 1]) {
                k--;
                continue;
            }
            PhraseIndex.Hit<Cue> best = null;
            // only the categories some cue ending here has: most tokens end none, few end more than one
            for (int bits = cues.categoriesEndingAt(k); bits != 0; bits &= bits - 1) {
                PhraseIndex.Hit<Cue> h = cues.cueEndingAt(k, limit, CATEGORIES[Integer.numberOfTrailingZeros(bits)]);
                if (h != null && (best == null || h.start() < best.start() || h.start() == best.start() && preferred(h, best))) {
                    best = h;
                }
            }
            if (best != null) {
                chain.add(best);
                k = best.start();
                continue;
            }
            char c = t.punct(k - 1); // not is(k - 1, '('): punct is small enough for C1 to inline
            if (c == '(' || c == '"' || c == ':') {
                k--;
                continue;
            }
            break;
        }
        chain.end = at;
        return chain;
    }

    /** What may follow a number and still belong to it: a comparison, a plan, 'lần', a contribution, whose plan. */
    private static final java.util.Set<String> AFTER = java.util.Set.of("compare", "same_period", "previous_period", "plan",
            "times_unit", "contribution", "unchanged");

    private static boolean after(Cue c) {
        return switch (c.category()) {
            case MEASURE -> AFTER.contains(c.type());
            case BASIS, FILLER, STATUS -> true;
            default -> false;
        };
    }

    /**
     * The chain after token {@code at}, not reaching {@code limit}; period mentions in it are passed over.
     * It ends after its last cue that is not a filler: 'tấn giảm 162 tấn' leaves 'giảm' to the next number.
     */
    static CueChain after(TokenCues cues, int at, int limit, boolean[] periodToken) {
        CueChain chain = new CueChain();
        Tokens t = cues.doc().tokens();
        int k = at;
        int significant = at;
        while (k < limit) {
            char c = t.punct(k);
            if (c == ')' || c == '"') {
                k++;
                continue;
            }
            if (periodToken[k]) {
                while (k < limit && periodToken[k]) {
                    k++;
                }
                continue;
            }
            PhraseIndex.Hit<Cue> best = null;
            List<PhraseIndex.Hit<Cue>> starting = cues.cuesAt(k);
            for (int n = 0; n < starting.size(); n++) {
                PhraseIndex.Hit<Cue> h = starting.get(n);
                if (h.end() <= limit && after(h.value())
                        && (best == null || h.end() > best.end() || h.end() == best.end() && preferred(h, best))) {
                    best = h;
                }
            }
            if (best == null) {
                break;
            }
            chain.add(best);
            k = best.end();
            if (best.value().category() != Cue.Category.FILLER) {
                significant = k;
            }
        }
        chain.end = Math.max(significant, at);
        return chain;
    }

    /** At the same span, a measure cue says more than a status, a qualifier or a filler. */
    private static boolean preferred(PhraseIndex.Hit<Cue> a, PhraseIndex.Hit<Cue> b) {
        return rank(a.value().category()) < rank(b.value().category());
    }

    private static int rank(Cue.Category c) {
        return switch (c) {
            case MEASURE -> 0;
            case BASIS -> 1;
            case STATUS -> 2;
            case QUALIFIER -> 3;
            case PLACE -> 4;
            default -> 5;
        };
    }
}
