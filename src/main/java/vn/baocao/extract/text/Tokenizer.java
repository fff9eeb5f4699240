package vn.baocao.extract.text;

import java.util.Arrays;
import vn.baocao.read.TextChars;

/**
 * Cuts text into {@link Tokens}. A word is a run of letters and their combining
 * marks (an apostrophe inside a name, as in 'M’gar', stays in the word); a number
 * is a run of digits that may hold '.' or ',' between digits ('1.234,5'); every
 * other visible character is a punctuation token of its own. A word glued to a
 * number ('334ha', 'tăng1,3%') becomes two tokens.
 */
public final class Tokenizer {

    public Tokens tokenize(String text) {
        return tokenize(TextChars.of(text));
    }

    public Tokens tokenize(TextChars text) {
        return tokenize(text, 0, text.length());
    }

    /** The tokens of text [from, to), read straight from the text's chars. */
    public Tokens tokenize(TextChars text, int from, int to) {
        if (from < 0 || to > text.length() || from > to) {
            throw new IndexOutOfBoundsException("[" + from + ", " + to + ") of length " + text.length());
        }
        // reports run at one token to four characters, a little over in two of five: room for that, so that
        // the arrays are neither doubled nor cut down again
        Tokens out = new Tokens(text, (to - from) / 4 + (to - from) / 32 + 8);
        char[] cs = text.array(); // indexed directly: cheaper than charAt, character by character
        Forms forms = new Forms(cs, to - from);
        int n = to;
        int k = from;
        boolean space = true;
        while (k < n) {
            char c = cs[k];
            byte cls = CLASSES[c];
            if (cls == SPACE) {
                space = true;
                k++;
                continue;
            }
            int m = k + 1;
            int h = c; // the form's hash, as String.hashCode would give it, computed while it is read
            byte kind;
            if (cls == LETTER) {
                while (m < n) {
                    char d = cs[m];
                    if (CLASSES[d] != LETTER && !(isApostrophe(d) && m + 1 < n && CLASSES[cs[m + 1]] == LETTER)) {
                        break;
                    }
                    h = 31 * h + d;
                    m++;
                }
                kind = Tokens.WORD;
            } else if (cls == DIGIT) {
                while (m < n) {
                    char d = cs[m];
                    if (d >= '0' && d <= '9') {
                        h = 31 * h + d;
                        m++;
                    } else if ((d == '.' || d == ',') && m + 1 < n && isDigit(cs[m + 1])) {
                        h = 31 * (31 * h + d) + cs[m + 1];
                        m += 2;
                    } else {
                        break;
                    }
                }
                kind = Tokens.NUMBER;
            } else {
                kind = Tokens.PUNCT;
            }
            int form = forms.find(k, m, h);
            if (form < 0) {
                String folded;
                int wordShape = 0; // the bits only a word can have
                if (kind == Tokens.WORD) {
                    String lower = Fold.lowerOrNull(cs, k, m);
                    folded = Fold.spelling(lower != null ? lower : new String(cs, k, m - k));
                    wordShape = (lower != null && allUpper(cs, k, m) ? Tokens.UPPER : 0)
                            | Tokens.vowellessShape(c, m - k, folded);
                } else {
                    folded = new String(cs, k, m - k);
                }
                // a number, nearly every one a new form, is no capital and joins no words: not asked
                int shape = kind == Tokens.NUMBER ? 0 : wordShape | Tokens.shapeOf(c) | Tokens.shapeOf(folded);
                form = forms.add(k, m, kind == Tokens.NUMBER ? out.newId(folded) : out.idOf(folded), shape);
            }
            out.add(k, m, kind, forms.wordId(form), forms.shape(form), space, c);
            space = false;
            k = m;
        }
        return out.trimmed();
    }

    /**
     * The distinct written forms of one text, found by their characters where they stand, without making a string of
     * each token: a report writes the same few thousand words and numbers again and again. Open addressing in one
     * int array, four ints a slot (hash, where the form was first written plus one, its length, its word number in
     * {@link Tokens} times sixteen plus its bits there ({@link Tokens#UPPER}...)): a probe reads one place of memory,
     * not four arrays.
     */
    private static final class Forms {
        private static final int STRIDE = 4;
        private final char[] cs;
        private int[] table;
        private int mask; // slots - 1
        private int size;
        private int lastHash;

        /** The forms of {@code length} chars of {@code cs}. */
        Forms(char[] cs, int length) {
            this.cs = cs;
            // a rule's phrase has a few forms, a report about one for every thirty characters
            int forms = Math.max(4, length / 24);
            int slots = Integer.highestOneBit(forms) * 4;
            table = new int[slots * STRIDE];
            mask = slots - 1;
        }

        /** The slot of the form written at [from, to), whose characters hash to h, or -1 (then {@link #add} it). */
        int find(int from, int to, int h) {
            lastHash = h;
            int[] t = table;
            int n = to - from;
            for (int s = mix(h) & mask; ; s = (s + 1) & mask) {
                int at = s * STRIDE;
                int first = t[at + 1];
                if (first == 0) {
                    return -1;
                }
                if (t[at] == h && t[at + 2] == n && same(first - 1, from, n)) {
                    return s;
                }
            }
        }

        /** A plain loop: words are a few characters long, shorter than a library comparison takes to start. */
        private boolean same(int a, int b, int n) {
            for (int i = 0; i < n; i++) {
                if (cs[a + i] != cs[b + i]) {
                    return false;
                }
            }
            return true;
        }

        /** Adds the form just looked for with {@link #find}; returns its slot. */
        int add(int from, int to, int id, int shape) {
            if (++size * 2 > mask + 1) {
                rehash();
            }
            return place(lastHash, from + 1, to - from, id << 4 | shape);
        }

        int wordId(int slot) {
            return table[slot * STRIDE + 3] >>> 4;
        }

        int shape(int slot) {
            return table[slot * STRIDE + 3] & 15;
        }

        private int place(int h, int first, int length, int word) {
            int s = mix(h) & mask;
            while (table[s * STRIDE + 1] != 0) {
                s = (s + 1) & mask;
            }
            int at = s * STRIDE;
            table[at] = h;
            table[at + 1] = first;
            table[at + 2] = length;
            table[at + 3] = word;
            return s;
        }

        private void rehash() {
            int[] old = table;
            table = new int[old.length * 2];
            mask = table.length / STRIDE - 1;
            for (int at = 0; at < old.length; at += STRIDE) {
                if (old[at + 1] != 0) {
                    place(old[at], old[at + 1], old[at + 2], old[at + 3]);
                }
            }
        }

        private static int mix(int h) {
            return h ^ (h >>> 16) * 0x45d9f3b;
        }
    }

    private static final byte OTHER = 0;
    private static final byte SPACE = 1;
    private static final byte LETTER = 2;
    private static final byte DIGIT = 3;
    /** Every char's class, worked out once: the tokenizer asks for each character of every document. */
    private static final byte[] CLASSES = classes();

    private static byte[] classes() {
        byte[] out = new byte[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            out[c] = isSpace(ch) ? SPACE : isLetter(ch) ? LETTER : ch >= '0' && ch <= '9' ? DIGIT : OTHER;
        }
        return out;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    private static boolean isLetter(char c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        }
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** No letter of the word is lower case (and, since it changed when lowered, some are capitals): 'TỈNH', 'KH'. */
    private static boolean allUpper(char[] cs, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Character.isLowerCase(cs[k])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }
}
