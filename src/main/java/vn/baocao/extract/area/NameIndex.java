package vn.baocao.extract.area;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import vn.baocao.extract.text.Fold;
import vn.baocao.extract.text.PhraseIndex;
import vn.baocao.extract.text.Tokenizer;
import vn.baocao.extract.text.Tokens;

/**
 * The gazetteer's unit names as a trie over the name keys of their words, read the way {@link PhraseIndex} reads
 * phrases (joining marks between words passed over), but only from words written with a capital, and keeping the
 * longest name at each start. A word's key is worked out once per distinct word of a document, and only for the
 * words a walk reaches: most of a report's words are never looked at.
 */
final class NameIndex {

    private static final int MAX_JOINERS_IN_A_ROW = 2;
    /** Up to here (past Latin Extended Additional, the Vietnamese letters) capitals are looked up in a table. */
    private static final char LATIN_END = 0x1F00;
    /** {@link Character#isUpperCase} of each character below LATIN_END; filled once, never changed. */
    private static final BitSet UPPER = capitals();

    private static final class Node {
        Map<String, Node> next;
        /** The key of the first name that ends here, or null. */
        String name;
    }

    /** A word's name key and, once a capital asked for it, the node of the names it starts (NONE if none). */
    private static final class Word {
        final String key;
        Node start;

        Word(String key) {
            this.key = key;
        }
    }

    /** Recorded for a word that starts no name. */
    private static final Node NONE = new Node();

    private final Node root = new Node();
    private final Tokenizer tokenizer = new Tokenizer();

    /** Adds a name, found as {@code key}; of two names with the same words the first added is the one found. */
    void add(String name, String key) {
        Tokens t = tokenizer.tokenize(Fold.rule(name));
        Node n = root;
        int depth = 0;
        for (int i = 0; i < t.size(); i++) {
            if (PhraseIndex.JOINERS.contains(t.folded(i))) {
                continue;
            }
            String k = Gazetteer.nameKey(t.folded(i));
            if (k.isEmpty()) {
                continue;
            }
            if (n.next == null) {
                n.next = new HashMap<>();
            }
            n = n.next.computeIfAbsent(k, x -> new Node());
            depth++;
        }
        if (depth > 0 && n.name == null) {
            n.name = key;
        }
    }

    /**
     * For each token of [from, to) that starts a name ending by {@code to}: the end of the longest in
     * {@code ends[start]} and its key in {@code keys[start]}.
     */
    void longest(Tokens t, int from, int to, int[] ends, String[] keys) {
        Object[] words = t.perWord(this);
        for (int i = from; i < to; i++) {
            if (!capital(t, i)) {
                continue;
            }
            Node n = start(t, words, i);
            if (n == null || t.joiner(i)) {
                continue;
            }
            int j = i + 1;
            int end = n.name == null ? 0 : j;
            String key = n.name;
            int joinersInARow = 0;
            while (j < to && n.next != null) {
                if (t.joiner(j)) {
                    if (++joinersInARow > MAX_JOINERS_IN_A_ROW) {
                        break;
                    }
                    j++;
                    continue;
                }
                joinersInARow = 0;
                String k = word(t, words, j).key;
                Node m = k.isEmpty() ? null : n.next.get(k);
                if (m == null) {
                    break;
                }
                n = m;
                j++;
                if (n.name != null) {
                    end = j;
                    key = n.name;
                }
            }
            if (end > 0) {
                ends[i] = end;
                keys[i] = key;
            }
        }
    }

    /** Whether token i is written with a capital, as a name is. Asked of every token: Latin letters from a table. */
    static boolean capital(Tokens t, int i) {
        char c = t.text().charAt(t.start(i));
        return c < LATIN_END ? UPPER.get(c) : Character.isUpperCase(c);
    }

    private static BitSet capitals() {
        BitSet upper = new BitSet(LATIN_END);
        for (char c = 0; c < LATIN_END; c++) {
            upper.set(c, Character.isUpperCase(c));
        }
        return upper;
    }

    private static Word word(Tokens t, Object[] words, int i) {
        Word w = (Word) words[t.wordId(i)];
        if (w == null) {
            w = new Word(Gazetteer.nameKey(t.folded(i)));
            words[t.wordId(i)] = w;
        }
        return w;
    }

    /** The node of the names token i's word starts, or null; the root is asked once per distinct word. */
    private Node start(Tokens t, Object[] words, int i) {
        Word w = word(t, words, i);
        if (w.start == null) {
            Node n = root.next == null || w.key.isEmpty() ? null : root.next.get(w.key);
            w.start = n == null ? NONE : n;
        }
        return w.start == NONE ? null : w.start;
    }
}
