package vn.baocao.extract.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds many phrases in a token stream in one pass: a trie over tokens, walked
 * from every token, so the work is the number of tokens times the length of the
 * longest phrase, whatever the number of phrases.
 *
 * <p>Joining marks between words (',', '-', '–', 'và') are not part of a phrase:
 * 'nông, lâm nghiệp và thủy sản', 'nông - lâm nghiệp - thủy sản' and 'nông lâm
 * nghiệp thủy sản' are one phrase to the index. A phrase never starts or ends
 * on one.
 *
 * @param <T> what a phrase stands for
 */
public final class PhraseIndex<T> {

    /** Tokens that join words of one phrase. */
    public static final Set<String> JOINERS = Set.of(",", "-", "–", "—", "và", "&");
    private static final int MAX_JOINERS_IN_A_ROW = 2;

    /** A phrase found at tokens [start, end). */
    public record Hit<T>(int start, int end, T value) {
    }

    private static final class Node<T> {
        Map<String, Node<T>> next;
        List<T> values;
    }

    private final Node<T> root = new Node<>();
    /** Phrases may start at any token. */
    static final java.util.function.IntPredicate ANYWHERE = i -> true;
    /** Recorded for a word that starts no phrase. */
    private static final Node<?> NONE = new Node<>();
    private final Function<String, String> key;
    private int longest;

    /** An index comparing tokens by their lower-case form. */
    public PhraseIndex() {
        this(Function.identity());
    }

    /** An index comparing tokens by {@code key} of their lower-case form (e.g. {@link Fold#skeleton}). */
    public PhraseIndex(Function<String, String> key) {
        this.key = key;
    }

    /** Adds a phrase given as its lower-case tokens. Phrases made only of joiners are ignored. */
    public void add(List<String> foldedTokens, T value) {
        Node<T> n = root;
        int depth = 0;
        for (String t : foldedTokens) {
            if (JOINERS.contains(t)) {
                continue;
            }
            String k = key.apply(t);
            if (k.isEmpty()) {
                continue;
            }
            if (n.next == null) {
                n.next = new HashMap<>();
            }
            n = n.next.computeIfAbsent(k, x -> new Node<>());
            depth++;
        }
        if (depth == 0) {
            return;
        }
        if (n.values == null) {
            n.values = new ArrayList<>(1);
        }
        n.values.add(value);
        longest = Math.max(longest, depth);
    }

    /** Every phrase occurrence starting in tokens [from, to) and ending by {@code to}, in order of start. */
    public List<Hit<T>> find(Tokens tokens, int from, int to) {
        return find(tokens, from, to, ANYWHERE);
    }

    /** The same, for phrases that can only start at tokens {@code mayStart} accepts (names start with a capital). */
    public List<Hit<T>> find(Tokens tokens, int from, int to, java.util.function.IntPredicate mayStart) {
        List<Hit<T>> out = new ArrayList<>();
        String[] all = tokens.keys(key);
        Object[] starts = tokens.perWord(this);
        for (int i = from; i < to; i++) {
            int word = tokens.wordId(i);
            Object known = starts[word];
            if (known == null) {
                String first = all[i];
                Node<T> n = root.next == null || first.isEmpty() ? null : root.next.get(first);
                known = n == null ? NONE : n;
                starts[word] = known;
            }
            if (known == NONE || tokens.joiner(i) || !mayStart.test(i)) {
                continue;
            }
            @SuppressWarnings("unchecked")
            Node<T> start = (Node<T>) known;
            Node<T> n = start;
            int j = i + 1;
            if (n.values != null) {
                for (T v : n.values) {
                    out.add(new Hit<>(i, j, v));
                }
            }
            int joinersInARow = 0;
            while (j < to && n.next != null) {
                if (j > i && tokens.joiner(j)) {
                    if (++joinersInARow > MAX_JOINERS_IN_A_ROW) {
                        break;
                    }
                    j++;
                    continue;
                }
                joinersInARow = 0;
                String k = all[j];
                Node<T> m = k.isEmpty() ? null : n.next.get(k);
                if (m == null) {
                    break;
                }
                n = m;
                j++;
                if (n.values != null) {
                    for (T v : n.values) {
                        out.add(new Hit<>(i, j, v));
                    }
                }
            }
        }
        return out;
    }

    /** Number of words in the longest phrase. */
    public int longest() {
        return longest;
    }
}
