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

    /**
     * A trie node. Its children are found by the number of their word in the index's vocabulary, by binary search
     * over a sorted array: a document's words are numbered once, and a walk then compares ints, not strings.
     */
    private static final class Node<T> {
        private static final int[] NO_KEYS = new int[0];
        int[] keys = NO_KEYS;
        Node<T>[] children = newArray(0);
        List<T> values;

        Node<T> child(int key) {
            int at = java.util.Arrays.binarySearch(keys, key);
            return at < 0 ? null : children[at];
        }

        Node<T> childOrAdd(int key) {
            int at = java.util.Arrays.binarySearch(keys, key);
            if (at >= 0) {
                return children[at];
            }
            int insert = -at - 1;
            Node<T> n = new Node<>();
            int[] k = new int[keys.length + 1];
            Node<T>[] c = newArray(keys.length + 1);
            System.arraycopy(keys, 0, k, 0, insert);
            System.arraycopy(children, 0, c, 0, insert);
            k[insert] = key;
            c[insert] = n;
            System.arraycopy(keys, insert, k, insert + 1, keys.length - insert);
            System.arraycopy(children, insert, c, insert + 1, keys.length - insert);
            keys = k;
            children = c;
            return n;
        }

        boolean isLeaf() {
            return keys.length == 0;
        }

        @SuppressWarnings("unchecked")
        private static <T> Node<T>[] newArray(int n) {
            return (Node<T>[]) new Node<?>[n];
        }
    }

    /** What the index knows of one distinct word of a text: its number in the vocabulary, and the node it starts. */
    private record Word<T>(int key, Node<T> start) {
    }

    private final Node<T> root = new Node<>();
    /** Phrases may start at any token. */
    static final java.util.function.IntPredicate ANYWHERE = i -> true;
    /** The word numbers of the index: every word of every phrase, by its key. */
    private final Map<String, Integer> vocabulary = new HashMap<>();
    /** Recorded for a word no phrase holds. */
    private final Word<T> unknown = new Word<>(-1, null);
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
            Integer id = vocabulary.get(k);
            if (id == null) {
                id = vocabulary.size();
                vocabulary.put(k, id);
            }
            n = n.childOrAdd(id);
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

    /** What this index knows of token i's word, worked out once per distinct word of the text. */
    private Word<T> word(Tokens tokens, Object[] memo, String[] keys, int i) {
        int w = tokens.wordId(i);
        @SuppressWarnings("unchecked")
        Word<T> known = (Word<T>) memo[w];
        if (known == null) {
            String k = keys[i];
            Integer id = k.isEmpty() ? null : vocabulary.get(k);
            known = id == null ? unknown : new Word<>(id, root.child(id));
            memo[w] = known;
        }
        return known;
    }

    /** Every phrase occurrence starting in tokens [from, to) and ending by {@code to}, in order of start. */
    public List<Hit<T>> find(Tokens tokens, int from, int to) {
        return find(tokens, from, to, ANYWHERE);
    }

    /** The same, for phrases that can only start at tokens {@code mayStart} accepts (names start with a capital). */
    public List<Hit<T>> find(Tokens tokens, int from, int to, java.util.function.IntPredicate mayStart) {
        List<Hit<T>> out = new ArrayList<>();
        String[] keys = tokens.keys(key);
        Object[] memo = tokens.perWord(this);
        for (int i = from; i < to; i++) {
            @SuppressWarnings("unchecked")
            Word<T> known = (Word<T>) memo[tokens.wordId(i)]; // most tokens start nothing: asked here, not in a call
            Node<T> start = (known != null ? known : word(tokens, memo, keys, i)).start();
            if (start == null || tokens.joiner(i) || !mayStart.test(i)) {
                continue;
            }
            Node<T> n = start;
            int j = i + 1;
            if (n.values != null) {
                for (T v : n.values) {
                    out.add(new Hit<>(i, j, v));
                }
            }
            int joinersInARow = 0;
            while (j < to && !n.isLeaf()) {
                if (tokens.joiner(j)) {
                    if (++joinersInARow > MAX_JOINERS_IN_A_ROW) {
                        break;
                    }
                    j++;
                    continue;
                }
                joinersInARow = 0;
                int k = word(tokens, memo, keys, j).key();
                Node<T> m = k < 0 ? null : n.child(k);
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
