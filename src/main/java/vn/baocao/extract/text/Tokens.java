package vn.baocao.extract.text;

import java.util.Arrays;
import vn.baocao.read.TextChars;

/**
 * A text cut into tokens once: words, numbers and single punctuation marks, each
 * with its span in the text and its lower-case form. Whitespace is not a token;
 * {@link #spaceBefore} says whether any separated a token from the one before.
 * An abbreviation a report uses ('KH', 'NLTS') may stand for several tokens of
 * its expansion, all with the span of the abbreviation.
 */
public final class Tokens {

    public static final byte WORD = 0;
    public static final byte NUMBER = 1;
    public static final byte PUNCT = 2;

    /** A token's shape: written in capitals ('KH', 'TỈNH'). */
    static final int UPPER = 1;
    /** A token's shape: its first character is a capital (asked of every token by whatever looks for names). */
    static final int CAPITAL = 2;
    /** A token's shape: a ',', '-', 'và' between the words of a phrase (see {@link PhraseIndex#JOINERS}). */
    static final int JOINER = 4;
    /**
     * A token's shape: a word of two letters or more that starts in lower case and has no vowel ('tnh', 'vc'):
     * Vietnamese syllables always have one, so such words betray a legacy font conversion that dropped letters.
     * Known per written form, and counted as tokens are added: a document is judged without a pass over its tokens.
     */
    static final int VOWELLESS = 8;

    private final TextChars text;
    private int size;
    private int[] start;
    private int[] end;
    private byte[] kind;
    private String[] folded;
    /**
     * The shape of each token: {@link #UPPER}, {@link #CAPITAL}, {@link #JOINER}, one bit each, known for each form
     * when the tokenizer first meets it: a walk reads them inline at every token.
     */
    private byte[] shapes;
    private boolean[] spaceBefore;
    /** How many of the tokens are words, and how many of those are {@link #VOWELLESS}. */
    private int wordTokens;
    private int vowellessWords;
    /** The character a token starts with in the text: what a punctuation token is, asked at every step of a scan. */
    private char[] firstChar;
    private static final java.util.function.Function<String, String> IDENTITY = java.util.function.Function.identity();

    /** Each token's key under a folding ({@link Fold#skeleton}, a gazetteer's name key), computed once per distinct word. */
    private final java.util.Map<java.util.function.Function<String, String>, String[]> keys = new java.util.IdentityHashMap<>(4);
    /**
     * The document's distinct lower-case forms, numbered: a report repeats a few thousand words, so whatever is looked
     * up per word (the start of a phrase in a lexicon) is looked up once per distinct word, and each is kept once.
     */
    private final WordNumbers words;
    private int[] wordId;
    /** What a lexicon worked out for each distinct word of this text (see {@link #perWord}). */
    private final java.util.Map<Object, Object[]> perWord = new java.util.IdentityHashMap<>(4);

    /** What an index of this package worked out about this text, by index (see {@link PhraseIndex}). */
    private final java.util.Map<Object, Object> memos = new java.util.IdentityHashMap<>(8);

    Tokens(TextChars text, int capacity) {
        this.text = text;
        this.words = new WordNumbers(capacity / 6);
        int c = Math.max(8, capacity);
        start = new int[c];
        end = new int[c];
        kind = new byte[c];
        folded = new String[c];
        shapes = new byte[c];
        spaceBefore = new boolean[c];
        wordId = new int[c];
        firstChar = new char[c];
    }

    /** The number of a lower-case form among the text's distinct forms, numbering it if it is new. */
    int idOf(String f) {
        return words.idOf(f);
    }

    /**
     * Numbers a form no other written form folds to (a number: the tokenizer already tells its written forms apart),
     * without looking it up: most numbers of a report are written once.
     */
    int newId(String f) {
        return words.newId(f);
    }

    /**
     * Adds a token: its span, kind, the number of its lower-case form, its shape ({@link #UPPER},
     * {@link #CAPITAL}, {@link #JOINER}), and the character it starts with.
     */
    void add(int s, int e, byte k, int id, int shape, boolean space, char first) {
        if (size == start.length) {
            resize(size * 2);
        }
        set(size++, s, e, k, id, shape, space, first);
    }

    /** The bits of a token's shape that its first character decides ({@link #CAPITAL}). */
    static int shapeOf(char first) {
        return Character.isUpperCase(first) ? CAPITAL : 0;
    }

    /** The bits of a token's shape that its lower-case form decides ({@link #JOINER}). */
    static int shapeOf(String folded) {
        return folded.length() <= PhraseIndex.LONGEST_JOINER && PhraseIndex.JOINERS.contains(folded) ? JOINER : 0;
    }

    /** The {@link #VOWELLESS} bit of a word's shape, from its first character, its written length and its lower-case form. */
    static int vowellessShape(char first, int length, String folded) {
        return length >= 2 && Character.isLowerCase(first) && !hasVowel(folded) ? VOWELLESS : 0;
    }

    private static boolean hasVowel(String w) {
        for (int i = 0; i < w.length(); i++) {
            switch (Fold.bareLetter(w.charAt(i))) {
                case 'a', 'e', 'i', 'o', 'u', 'y' -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    private void set(int i, int s, int e, byte k, int id, int shape, boolean space, char first) {
        start[i] = s;
        end[i] = e;
        kind[i] = k;
        folded[i] = words.get(id);
        wordId[i] = id;
        firstChar[i] = first;
        shapes[i] = (byte) shape;
        spaceBefore[i] = space;
        if (k == WORD) {
            wordTokens++;
            vowellessWords += shape >> 3 & 1;
        }
    }

    /** Takes token i out of the counts of words, before it is replaced. */
    private void uncount(int i) {
        if (kind[i] == WORD) {
            wordTokens--;
            vowellessWords -= shapes[i] >> 3 & 1;
        }
    }

    /** Moves tokens [from, from + n) to [to, to + n); the two may overlap. */
    private void move(int from, int to, int n) {
        System.arraycopy(start, from, start, to, n);
        System.arraycopy(end, from, end, to, n);
        System.arraycopy(kind, from, kind, to, n);
        System.arraycopy(folded, from, folded, to, n);
        System.arraycopy(wordId, from, wordId, to, n);
        System.arraycopy(firstChar, from, firstChar, to, n);
        System.arraycopy(shapes, from, shapes, to, n);
        System.arraycopy(spaceBefore, from, spaceBefore, to, n);
    }

    /** Drops the spare capacity left by growing, once no token will be added. */
    Tokens trimmed() {
        if (start.length > size + size / 4 + 8) {
            resize(size);
        }
        return this;
    }

    private void resize(int capacity) {
        start = Arrays.copyOf(start, capacity);
        end = Arrays.copyOf(end, capacity);
        kind = Arrays.copyOf(kind, capacity);
        folded = Arrays.copyOf(folded, capacity);
        shapes = Arrays.copyOf(shapes, capacity);
        spaceBefore = Arrays.copyOf(spaceBefore, capacity);
        wordId = Arrays.copyOf(wordId, capacity);
        firstChar = Arrays.copyOf(firstChar, capacity);
    }

    /** How many tokens are words. */
    public int wordTokens() {
        return wordTokens;
    }

    /** How many tokens are words of two letters or more that start in lower case and have no vowel ('tnh', 'vc'). */
    public int vowellessWords() {
        return vowellessWords;
    }

    /** How many distinct lower-case forms the text has: word numbers are below this. */
    public int distinctWords() {
        return words.size();
    }

    /** The number of token i's lower-case form among the text's distinct forms. */
    public int wordId(int i) {
        return wordId[i];
    }

    /**
     * An array with a slot for each distinct word, kept for {@code owner} (a lexicon) as long as this text: where
     * it records what it found out about a word once.
     */
    public Object[] perWord(Object owner) {
        Object[] memo = perWord.get(owner);
        if (memo == null || memo.length < words.size()) {
            memo = memo == null ? new Object[words.size()] : Arrays.copyOf(memo, words.size());
            perWord.put(owner, memo);
        }
        return memo;
    }

    /** What {@code owner} recorded about this text with {@link #remember}, or null. */
    Object memo(Object owner) {
        return memos.get(owner);
    }

    void remember(Object owner, Object memo) {
        memos.put(owner, memo);
    }

    public TextChars text() {
        return text;
    }

    public int size() {
        return size;
    }

    public int start(int i) {
        return start[i];
    }

    public int end(int i) {
        return end[i];
    }

    public byte kind(int i) {
        return kind[i];
    }

    public boolean isWord(int i) {
        return i >= 0 && i < size && kind[i] == WORD;
    }

    public boolean isNumber(int i) {
        return i >= 0 && i < size && kind[i] == NUMBER;
    }

    public boolean isPunct(int i) {
        return i >= 0 && i < size && kind[i] == PUNCT;
    }

    /**
     * Every token's {@code key} of its lower-case form. A document repeats its words: the key of each distinct word
     * is computed once, and the array is kept for the next lexicon that compares by the same key.
     */
    public String[] keys(java.util.function.Function<String, String> key) {
        String[] out = keys.get(key);
        if (out == null && key == IDENTITY) {
            out = folded; // its length may exceed size: callers read tokens below size only
            keys.put(key, out);
        }
        if (out == null) {
            out = new String[size];
            String[] byWord = new String[words.size()];
            for (int i = 0; i < size; i++) {
                String k = byWord[wordId[i]];
                if (k == null) {
                    k = key.apply(folded[i]);
                    byWord[wordId[i]] = k;
                }
                out[i] = k;
            }
            keys.put(key, out);
        }
        return out;
    }

    /** A ',', '-', 'và' between the words of a phrase (see {@link PhraseIndex#JOINERS}). */
    public boolean joiner(int i) {
        return (shapes[i] & JOINER) != 0;
    }

    /** Each token's shape, by token: what a walk reads inline (entries at and past size() mean nothing). */
    byte[] shapes() {
        return shapes;
    }

    /** Each token's word number, by token: what a walk reads inline (entries at and past size() mean nothing). */
    int[] wordIds() {
        return wordId;
    }

    /** Lower-case form. */
    public String folded(int i) {
        return folded[i];
    }

    /** The token as written. */
    public String raw(int i) {
        return text.substring(start[i], end[i]);
    }

    /** Written in capitals ('KH', 'TỈNH'). */
    public boolean upper(int i) {
        return (shapes[i] & UPPER) != 0;
    }

    /** Starts with a capital ('Hà', 'KH', 'Ⓐ'): {@link Character#isUpperCase} of {@link #firstChar}. */
    public boolean capital(int i) {
        return (shapes[i] & CAPITAL) != 0;
    }

    /** Whitespace separated this token from the previous one. */
    public boolean spaceBefore(int i) {
        return spaceBefore[i];
    }

    /** The character token i starts with in the text (an abbreviation's, for the words it stands for). */
    public char firstChar(int i) {
        return firstChar[i];
    }

    /** The punctuation mark token i is, or 0 for a word, a number or no token. */
    public char punct(int i) {
        return i >= 0 && i < size && kind[i] == PUNCT ? firstChar[i] : 0;
    }

    /** Whether token i is the punctuation mark c. */
    public boolean is(int i, char c) {
        return i >= 0 && i < size && kind[i] == PUNCT && firstChar[i] == c;
    }

    /** Whether token i reads {@code word} (lower case). */
    public boolean is(int i, String word) {
        return i >= 0 && i < size && folded[i].equals(word);
    }

    /**
     * Replaces each span [from, to) of {@code spans} by the given words, every one with the span's place in the
     * text: how an abbreviation stands for its expansion. In place, not in a copy: the tokenizer leaves room for a
     * few more tokens, and copying every token of the document cost more than the rest of the expansion. What was
     * worked out by token (keys) is dropped; what was worked out by word still holds.
     *
     * @param spans   token spans, in order, not overlapping
     * @param words   the lower-case words for each span
     * @return this text, changed
     */
    public Tokens replace(java.util.List<int[]> spans, java.util.List<java.util.List<String>> words) {
        // the tokens after span k move by how much the spans up to k grew; when that is negative somewhere, the
        // result is first built `shift` places to the right, so that every token goes to where it is or further
        // right, and the tokens can be moved back to front without writing over one not yet read
        int grown = 0;
        int lowest = 0;
        for (int k = 0; k < spans.size(); k++) {
            grown += words.get(k).size() - (spans.get(k)[1] - spans.get(k)[0]);
            lowest = Math.min(lowest, grown);
            for (int i = spans.get(k)[0]; i < spans.get(k)[1]; i++) {
                uncount(i);
            }
        }
        int shift = -lowest;
        int newSize = size + grown;
        if (newSize + shift > start.length) {
            resize(newSize + shift);
        }
        int read = size;
        int write = shift + newSize;
        for (int k = spans.size() - 1; k >= 0; k--) {
            int[] span = spans.get(k);
            write -= read - span[1];
            move(span[1], write, read - span[1]);
            int s = start[span[0]];
            int e = end[span[1] - 1];
            boolean space = spaceBefore[span[0]];
            char first = text.charAt(s);
            int shape = shapeOf(first);
            java.util.List<String> expansion = words.get(k);
            write -= expansion.size();
            for (int j = 0; j < expansion.size(); j++) {
                String w = expansion.get(j);
                boolean punct = w.length() == 1 && !Character.isLetterOrDigit(w.charAt(0));
                set(write + j, s, e, punct ? PUNCT : WORD, idOf(w),
                        shape | shapeOf(w) | (punct ? 0 : vowellessShape(first, e - s, w)), j == 0 ? space : true, first);
            }
            read = span[0];
        }
        move(0, write - read, read);
        if (shift > 0) {
            move(shift, 0, newSize);
        }
        size = newSize;
        keys.clear();
        return this;
    }

    /** The first token that ends after {@code offset}, or size(). */
    public int indexAt(int offset) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (end[mid] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The text from the start of token a to the end of token b - 1. */
    public String span(int a, int b) {
        if (a >= b) {
            return "";
        }
        return text.substring(start[a], end[b - 1]);
    }

    /** Lower-case forms of tokens a..b-1, joined by spaces. */
    public String foldedSpan(int a, int b) {
        StringBuilder s = new StringBuilder();
        for (int i = a; i < b; i++) {
            if (i > a) {
                s.append(' ');
            }
            s.append(folded[i]);
        }
        return s.toString();
    }
}
