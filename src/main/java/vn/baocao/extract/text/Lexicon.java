package vn.baocao.extract.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A {@link PhraseIndex} whose phrases may have gaps: 'tổng vốn đầu tư ... toàn xã
 * hội' finds 'tổng vốn đầu tư thực hiện toàn xã hội' (up to {@value #GAP} words
 * in each gap). Each part of a gapped phrase is indexed on its own and the parts
 * are joined in one pass over the hits.
 *
 * @param <T> what a phrase stands for
 */
public final class Lexicon<T> {

    /** Words a '...' gap may hold. */
    public static final int GAP = 4;

    /** Part {@code index} of {@code count} of a phrase of {@code owner} (a {@link LexiconGroup} holds several lexicons' parts). */
    record Part<T>(Lexicon<T> owner, int phrase, int index, int count, T value) {
    }

    private final Tokenizer tokenizer = new Tokenizer();
    private final PhraseIndex<Part<T>> index;
    private final Function<String, String> key;
    /** Every part as added, with its words: what a {@link LexiconGroup} indexes again with other lexicons' parts. */
    private final List<List<String>> partWords = new ArrayList<>();
    private final List<Part<T>> addedParts = new ArrayList<>();
    private int phrases;
    private boolean gapped;

    public Lexicon() {
        this(Function.identity());
    }

    /** A lexicon comparing tokens by {@code key} of their lower-case form. */
    public Lexicon(Function<String, String> key) {
        this.index = new PhraseIndex<>(key);
        this.key = key;
    }

    /** Whether a phrase has '...' gaps: its parts are then joined after the walk, not ordered as they are found. */
    boolean gapped() {
        return gapped;
    }

    Function<String, String> key() {
        return key;
    }

    /** Gives every part of this lexicon's phrases with its words to {@code group}, in the order they were added here. */
    void addPartsTo(java.util.function.BiConsumer<List<String>, Part<T>> group) {
        for (int k = 0; k < addedParts.size(); k++) {
            group.accept(partWords.get(k), addedParts.get(k));
        }
    }

    /** Adds a phrase as written in a rule file ('...' marks a gap). */
    public void add(String phrase, T value) {
        String[] parts = phrase.split("\\.\\.\\.", -1);
        int id = phrases++;
        int count = 0;
        List<List<String>> tokenised = new ArrayList<>();
        for (String p : parts) {
            List<String> words = words(p);
            if (!words.isEmpty()) {
                tokenised.add(words);
            }
        }
        count = tokenised.size();
        gapped |= count > 1;
        for (int k = 0; k < count; k++) {
            Part<T> part = new Part<>(this, id, k, count, value);
            index.add(tokenised.get(k), part);
            partWords.add(tokenised.get(k));
            addedParts.add(part);
        }
    }

    /**
     * The index gives the hits of each start shortest first; the lexicon's order is longest first. Reversing each
     * start's run by end keeps it linear, where sorting would not be.
     */
    private static <T> List<PhraseIndex.Hit<T>> withoutGaps(List<PhraseIndex.Hit<Part<T>>> hits) {
        List<PhraseIndex.Hit<T>> out = new ArrayList<>(hits.size());
        int runStart = 0;
        for (int k = 0; k <= hits.size(); k++) {
            if (k == hits.size() || hits.get(k).start() != hits.get(runStart).start()) {
                // longest end first; phrases of the same span stay in the order they were added
                int groupEnd = k;
                while (groupEnd > runStart) {
                    int groupStart = groupEnd - 1;
                    while (groupStart > runStart && hits.get(groupStart - 1).end() == hits.get(groupEnd - 1).end()) {
                        groupStart--;
                    }
                    for (int m = groupStart; m < groupEnd; m++) {
                        PhraseIndex.Hit<Part<T>> h = hits.get(m);
                        out.add(new PhraseIndex.Hit<>(h.start(), h.end(), h.value().value()));
                    }
                    groupEnd = groupStart;
                }
                runStart = k;
            }
        }
        return out;
    }

    /** The lower-case tokens of a phrase, cut as text is cut. */
    public List<String> words(String phrase) {
        Tokens t = tokenizer.tokenize(Fold.rule(phrase));
        List<String> out = new ArrayList<>(t.size());
        for (int i = 0; i < t.size(); i++) {
            out.add(t.folded(i));
        }
        return out;
    }

    /** Every phrase found in tokens [from, to), ordered by start, longer first. */
    public List<PhraseIndex.Hit<T>> find(Tokens tokens, int from, int to) {
        return find(tokens, from, to, PhraseIndex.ANYWHERE);
    }

    /**
     * The phrases found that start at tokens {@code mayStart} accepts (names start with a capital). Only for a
     * lexicon without gaps, whose later parts start where nothing says a phrase may.
     */
    public List<PhraseIndex.Hit<T>> find(Tokens tokens, int from, int to, java.util.function.IntPredicate mayStart) {
        if (gapped && mayStart != PhraseIndex.ANYWHERE) {
            throw new IllegalStateException("a lexicon with '...' gaps cannot restrict where its phrases start");
        }
        return hits(index.find(tokens, from, to, mayStart));
    }

    /** The lexicon's hits from what a walk of its index (or of a group's, keeping only this lexicon's parts) found. */
    List<PhraseIndex.Hit<T>> hits(List<PhraseIndex.Hit<Part<T>>> found) {
        if (!gapped) {
            return withoutGaps(found);
        }
        List<PhraseIndex.Hit<T>> out = new ArrayList<>();
        Map<Integer, ArrayDeque<int[]>> open = new HashMap<>(); // phrase -> chains {start, end, next part}
        for (PhraseIndex.Hit<Part<T>> h : found) {
            Part<T> p = h.value();
            if (p.count() == 1) {
                out.add(new PhraseIndex.Hit<>(h.start(), h.end(), p.value()));
                continue;
            }
            ArrayDeque<int[]> chains = open.computeIfAbsent(p.phrase(), k -> new ArrayDeque<>());
            while (!chains.isEmpty() && chains.peekFirst()[1] + GAP + 1 < h.start()) {
                chains.pollFirst(); // too far behind to continue
            }
            if (p.index() == 0) {
                chains.addLast(new int[] {h.start(), h.end(), 1});
                continue;
            }
            int[] continued = null;
            for (int[] c : chains) {
                if (c[2] == p.index() && c[1] <= h.start() && h.start() - c[1] <= GAP) {
                    continued = c;
                    break;
                }
            }
            if (continued != null) {
                if (p.index() == p.count() - 1) {
                    out.add(new PhraseIndex.Hit<>(continued[0], h.end(), p.value()));
                } else {
                    chains.addLast(new int[] {continued[0], h.end(), p.index() + 1});
                }
            }
        }
        out.sort(Comparator.comparingInt((PhraseIndex.Hit<T> h) -> h.start()).thenComparingInt(h -> -h.end()));
        return out;
    }
}
