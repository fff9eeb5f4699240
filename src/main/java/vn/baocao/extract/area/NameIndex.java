package vn.baocao.extract.area;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.baocao.extract.text.Fold;
import vn.baocao.extract.text.PhraseIndex;
import vn.baocao.extract.text.Tokenizer;
import vn.baocao.extract.text.Tokens;

/**
 * The gazetteer's unit names as a trie over the name keys of their words, read the way {@link PhraseIndex} reads
 * phrases (joining marks between words passed over), but only from words written with a capital, and keeping the
 * longest name at each start. The words of the names are numbered: a document's word is looked up once (its key
 * worked out into a buffer, not a new string), and the trie is walked by those numbers.
 */
final class NameIndex {

    private static final int MAX_JOINERS_IN_A_ROW = 2;
    /** A word of a document not known yet ({@link Reader}). */
    private static final int UNKNOWN = 0;
    /** A word whose key is no word of any name. */
    private static final int NO_KEY = 1;

    static final class Node {
        /** While the gazetteer is loaded: the nodes after this one by the key of the next word. */
        Map<String, Node> next;
        /** Once loaded: the numbers of the next words' keys, ascending, and the node after each. */
        int[] nextKeys;
        Node[] nextNodes;
        /** The key of the first name that ends here, or null. */
        String name;
    }

    private final Node root = new Node();
    private final Tokenizer tokenizer = new Tokenizer();
    /** The keys of the names' words and their numbers. */
    private final Map<String, Integer> keyIds = new HashMap<>();
    private final List<String> keys = new ArrayList<>();
    /** The names starting with each key, by its number (null if none). */
    private Node[] starts;
    /** The number of the key of each name's first word, by the name's key (while loading). */
    private final Map<String, Integer> firstKeys = new HashMap<>();
    /** By key number: whether a province's name starts with that key. */
    private boolean[] provinceStarts;
    /** The keys in an open-addressed table, so a word's key is looked up from a buffer; slots hold number + 1. */
    private char[][] tableKeys;
    private int[] tableIds;

    /** Adds a name, found as {@code key}; of two names with the same words the first added is the one found. */
    void add(String name, String key) {
        Tokens t = tokenizer.tokenize(Fold.rule(name));
        Node n = root;
        int depth = 0;
        int first = -1;
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
            keyIds.computeIfAbsent(k, x -> {
                keys.add(x);
                return keys.size() - 1;
            });
            n = n.next.computeIfAbsent(k, x -> new Node());
            if (depth++ == 0) {
                first = keyIds.get(k);
            }
        }
        if (depth > 0 && n.name == null) {
            n.name = key;
            firstKeys.putIfAbsent(key, first);
        }
    }

    /**
     * Turns the trie into arrays by key number once every name is added; nothing is added after.
     *
     * @param provinceKeys the name keys of the provinces
     */
    void freeze(Set<String> provinceKeys) {
        starts = new Node[keys.size()];
        provinceStarts = new boolean[keys.size()];
        for (String k : provinceKeys) {
            Integer first = firstKeys.get(k);
            if (first != null) {
                provinceStarts[first] = true;
            }
        }
        if (root.next != null) {
            root.next.forEach((k, n) -> starts[keyIds.get(k)] = n);
        }
        freeze(root);
        int size = Integer.highestOneBit(Math.max(4, keys.size() * 3)) * 2;
        tableKeys = new char[size][];
        tableIds = new int[size];
        for (int id = 0; id < keys.size(); id++) {
            char[] k = keys.get(id).toCharArray();
            int s = slot(hash(k, k.length));
            while (tableKeys[s] != null) {
                s = (s + 1) & (size - 1);
            }
            tableKeys[s] = k;
            tableIds[s] = id + 1;
        }
    }

    private void freeze(Node n) {
        if (n.next == null) {
            return;
        }
        int[] ids = new int[n.next.size()];
        int c = 0;
        for (String k : n.next.keySet()) {
            ids[c++] = keyIds.get(k);
        }
        Arrays.sort(ids);
        n.nextKeys = ids;
        n.nextNodes = new Node[ids.length];
        for (Map.Entry<String, Node> e : n.next.entrySet()) {
            n.nextNodes[Arrays.binarySearch(ids, keyIds.get(e.getKey()))] = e.getValue();
            freeze(e.getValue());
        }
        n.next = null;
    }

    private static int hash(char[] k, int len) {
        int h = 0;
        for (int i = 0; i < len; i++) {
            h = 31 * h + k[i];
        }
        return h;
    }

    private int slot(int h) {
        return (h ^ h >>> 16) & (tableKeys.length - 1);
    }

    /** A reader of one document's names. */
    Reader reader(Tokens t) {
        return new Reader(t);
    }

    /**
     * One document's names: each distinct word's key number worked out once, when a walk first reaches it (most of a
     * report's words never are).
     */
    final class Reader {
        private final Tokens t;
        /** By word number: UNKNOWN, NO_KEY, or the key's number + 2. */
        private final int[] wordKeys;
        /** The word looked up, and its key as it is made. */
        private char[] chars = new char[32];
        private char[] buffer = new char[32];
        private String found;

        private Reader(Tokens t) {
            this.t = t;
            this.wordKeys = new int[t.distinctWords()];
        }

        /**
         * The end of the longest name starting at token i (written with a capital) and ending by {@code to}, or 0;
         * {@link #key} then gives its key.
         */
        int longest(int i, int to) {
            int first = keyOf(i);
            Node n = first < 0 ? null : starts[first];
            if (n == null || t.joiner(i)) {
                return 0;
            }
            int j = i + 1;
            int end = n.name == null ? 0 : j;
            String key = n.name;
            int joinersInARow = 0;
            while (j < to && n.nextKeys != null) {
                if (t.joiner(j)) {
                    if (++joinersInARow > MAX_JOINERS_IN_A_ROW) {
                        break;
                    }
                    j++;
                    continue;
                }
                joinersInARow = 0;
                int k = keyOf(j);
                int at = k < 0 ? -1 : Arrays.binarySearch(n.nextKeys, k);
                if (at < 0) {
                    break;
                }
                n = n.nextNodes[at];
                j++;
                if (n.name != null) {
                    end = j;
                    key = n.name;
                }
            }
            found = key;
            return end;
        }

        /**
         * Whether a province's name may start at token i: the key of its word is the first of some province's name.
         * The longest name found at a word that starts none is no province's, so most words need no walk of the trie
         * when only provinces are looked for.
         */
        boolean mayStartProvince(int i) {
            int k = keyOf(i);
            return k >= 0 && provinceStarts[k];
        }

        /** The key of the name the last {@link #longest} found. */
        String key() {
            return found;
        }

        /** The number of token i's name key, or -1 if no name has a word with that key. */
        private int keyOf(int i) {
            int w = t.wordId(i);
            int k = wordKeys[w];
            if (k == UNKNOWN) {
                k = lookUp(t.folded(i)) + 2;
                wordKeys[w] = k;
            }
            return k - 2;
        }

        /** {@link Gazetteer#nameKey} of a lower-case word, made in the buffer and looked up there: no string made. */
        private int lookUp(String word) {
            int n = word.length();
            if (chars.length < n) {
                chars = new char[Math.max(n, 2 * chars.length)];
                buffer = new char[chars.length];
            }
            word.getChars(0, n, chars, 0); // read from an array: cheaper than charAt, character by character
            int len = 0;
            int h = 0;
            for (int i = 0; i < n; i++) {
                char c = chars[i];
                if (c == '\'') {
                    continue;
                }
                char b = Fold.bareLetter(c);
                if (b == 0) {
                    if (c >= 0x80) {
                        // not a Vietnamese letter: Fold.bare decomposes the whole word, and so does nameKey
                        Integer id = keyIds.get(Gazetteer.nameKey(word));
                        return id == null ? -1 : id;
                    }
                    b = c;
                }
                if (b == 'y') {
                    b = 'i';
                }
                buffer[len++] = b;
                h = 31 * h + b;
            }
            if (len == 0) {
                return -1;
            }
            for (int s = slot(h); tableKeys[s] != null; s = (s + 1) & (tableKeys.length - 1)) {
                if (Arrays.equals(tableKeys[s], 0, tableKeys[s].length, buffer, 0, len)) {
                    return tableIds[s] - 1;
                }
            }
            return -1;
        }
    }
}
