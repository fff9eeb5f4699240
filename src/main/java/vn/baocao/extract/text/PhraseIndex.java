package vn.baocao.extract.text;

import java.util.ArrayList;
import java.util.List;
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
    /** No longer word is a joiner: most words are, and are told apart by their length without hashing them. */
    static final int LONGEST_JOINER = JOINERS.stream().mapToInt(String::length).max().orElse(0);
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
        /** The phrases ending here, in the order they were added (a plain array: a walk reads it at every hit), or null. */
        Object[] values;

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

        @SuppressWarnings("unchecked")
        private static <T> Node<T>[] newArray(int n) {
            return (Node<T>[]) new Node<?>[n];
        }
    }

    private final Node<T> root = new Node<>();
    /**
     * The root's children again, by word number: a text's distinct words are each looked up here, and the root has
     * a child for most of the vocabulary, too many to search for each.
     */
    private Node<T>[] startingWith = Node.newArray(0);
    /** Phrases may start at any token. */
    static final java.util.function.IntPredicate ANYWHERE = i -> true;
    /** The word numbers of the index: every word of every phrase, by its key. */
    private final WordNumbers vocabulary = new WordNumbers(64);
    private final Function<String, String> key;
    private int longest;
    /**
     * The length of the longest key of the vocabulary that starts with a digit (-1: none): a text's numbers are
     * nearly all distinct and longer, and are known to be in no phrase without being hashed and looked up.
     */
    private int longestDigitKey = -1;

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
            int id = vocabulary.idOf(k);
            if (startsWithDigit(k)) {
                longestDigitKey = Math.max(longestDigitKey, k.length());
            }
            n = n.childOrAdd(id);
            if (depth == 0) {
                if (id >= startingWith.length) {
                    startingWith = java.util.Arrays.copyOf(startingWith, Math.max(2 * startingWith.length, id + 1));
                }
                startingWith[id] = n;
            }
            depth++;
        }
        if (depth == 0) {
            return;
        }
        Object[] v = n.values == null ? new Object[1] : java.util.Arrays.copyOf(n.values, n.values.length + 1);
        v[v.length - 1] = value;
        n.values = v;
        longest = Math.max(longest, depth);
    }

    /**
     * What the index knows of each distinct word of one text, learnt as the words are met: {@code ids[w]} is the
     * word's number in the vocabulary plus one (0 not yet looked up, -1 in no phrase), {@code starts[w]} the node it
     * starts. Plain arrays, read inline at every token: a walk asks them for every token of the document.
     */
    private static final class Known<T> {
        int[] ids;
        Node<T>[] starts;

        Known(int words) {
            ids = new int[words];
            starts = Node.newArray(words);
        }

        void fit(int words) {
            if (ids.length < words) {
                ids = java.util.Arrays.copyOf(ids, words);
                starts = java.util.Arrays.copyOf(starts, words);
            }
        }
    }

    /** Looks up word w (whose key is k) in the vocabulary once for the text; returns its number plus one, or -1. */
    private int learn(Known<T> known, int w, String k) {
        boolean unknown = k.isEmpty() || k.length() > longestDigitKey && startsWithDigit(k);
        int id = unknown ? -1 : vocabulary.find(k);
        if (id < 0) {
            known.ids[w] = -1;
            return -1;
        }
        known.ids[w] = id + 1;
        known.starts[w] = id < startingWith.length ? startingWith[id] : null;
        return id + 1;
    }

    private static boolean startsWithDigit(String k) {
        char c = k.charAt(0);
        return c >= '0' && c <= '9';
    }

    @SuppressWarnings("unchecked")
    private Known<T> known(Tokens tokens) {
        Known<T> known = (Known<T>) tokens.memo(this);
        if (known == null) {
            known = new Known<>(tokens.distinctWords());
            tokens.remember(this, known);
        }
        known.fit(tokens.distinctWords());
        return known;
    }

    /** Every phrase occurrence starting in tokens [from, to) and ending by {@code to}, in order of start. */
    public List<Hit<T>> find(Tokens tokens, int from, int to) {
        return find(tokens, from, to, ANYWHERE);
    }

    /** The same, for phrases that can only start at tokens {@code mayStart} accepts (names start with a capital). */
    @SuppressWarnings("unchecked")
    public List<Hit<T>> find(Tokens tokens, int from, int to, java.util.function.IntPredicate mayStart) {
        List<Hit<T>> out = new ArrayList<>();
        walker(tokens).walk(from, to, mayStart, (start, ends, values, count) -> {
            for (int k = 0; k < count; k++) {
                for (Object v : values[k]) {
                    out.add(new Hit<>(start, ends[k], (T) v));
                }
            }
        });
        return out;
    }

    /** Told of the phrases found from each start, in the order {@link #find} gives their hits. */
    interface Ends {
        /**
         * The phrases {@code values[k]} (in the order they were added) are at tokens [start, ends[k]), for k below
         * {@code count}, shorter first. The arrays are the walk's own: read them before returning, keep none.
         */
        void at(int start, int[] ends, Object[][] values, int count);
    }

    /** A walker over one text: what the index knows of its words is looked up once, for all the spans walked. */
    Walker walker(Tokens tokens) {
        return new Walker(tokens);
    }

    /** The index set up for one text (its keys, what is known of its words) to walk span after span of it. */
    final class Walker {
        private final String[] keys;
        private final Known<T> known;
        private final int[] wordIds;
        private final byte[] shapes;
        /** The nodes with phrases reached from one start: their ends and phrases, told all at once. */
        private final int[] hitEnds = new int[longest + 1];
        private final Object[][] hitValues = new Object[longest + 1][];

        private Walker(Tokens tokens) {
            this.keys = tokens.keys(key);
            this.known = known(tokens);
            this.wordIds = tokens.wordIds();
            this.shapes = tokens.shapes();
        }

        /**
         * Walks the trie from every token of [from, to) that {@code mayStart} accepts, telling {@code ends} of the
         * nodes with phrases each start reaches, shorter first. A caller that orders or sorts the hits itself makes
         * only the hits it keeps.
         */
        void walk(int from, int to, java.util.function.IntPredicate mayStart, Ends ends) {
            String[] keys = this.keys;
            Known<T> known = this.known;
            int[] ids = known.ids;
            Node<T>[] starts = known.starts;
            int[] wordIds = this.wordIds;
            byte[] shapes = this.shapes;
            int[] hitEnds = this.hitEnds;
            Object[][] hitValues = this.hitValues;
            boolean anywhere = mayStart == ANYWHERE;
            // the lookups below are written out, not called: C1 does not inline them, and they run for every token
            for (int i = from; i < to; i++) {
                int w = wordIds[i];
                int id = ids[w];
                if (id == 0) {
                    id = learn(known, w, keys[i]);
                }
                Node<T> n = starts[w];
                if (n == null || (shapes[i] & Tokens.JOINER) != 0 || !anywhere && !mayStart.test(i)) {
                    continue;
                }
                int hits = 0;
                int j = i + 1;
                if (n.values != null) {
                    hitEnds[hits] = j;
                    hitValues[hits++] = n.values;
                }
                int joinersInARow = 0;
                while (j < to && n.keys.length > 0) {
                    if ((shapes[j] & Tokens.JOINER) != 0) {
                        if (++joinersInARow > MAX_JOINERS_IN_A_ROW) {
                            break;
                        }
                        j++;
                        continue;
                    }
                    joinersInARow = 0;
                    int v = wordIds[j];
                    int k = ids[v];
                    if (k == 0) {
                        k = learn(known, v, keys[j]);
                    }
                    if (k < 0) {
                        break;
                    }
                    k--;
                    int[] childKeys = n.keys;
                    int lo = 0;
                    int hi = childKeys.length - 1;
                    Node<T> m = null;
                    while (lo <= hi) {
                        int mid = (lo + hi) >>> 1;
                        int c = childKeys[mid];
                        if (c < k) {
                            lo = mid + 1;
                        } else if (c > k) {
                            hi = mid - 1;
                        } else {
                            m = n.children[mid];
                            break;
                        }
                    }
                    if (m == null) {
                        break;
                    }
                    n = m;
                    j++;
                    if (n.values != null) {
                        hitEnds[hits] = j;
                        hitValues[hits++] = n.values;
                    }
                }
                if (hits > 0) {
                    ends.at(i, hitEnds, hitValues, hits);
                }
            }
        }
    }

    /** Number of words in the longest phrase. */
    public int longest() {
        return longest;
    }
}
