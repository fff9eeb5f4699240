package vn.baocao.extract.text;

import java.util.Arrays;

/**
 * Cuts text into {@link Tokens}. A word is a run of letters and their combining
 * marks (an apostrophe inside a name, as in 'M’gar', stays in the word); a number
 * is a run of digits that may hold '.' or ',' between digits ('1.234,5'); every
 * other visible character is a punctuation token of its own. A word glued to a
 * number ('334ha', 'tăng1,3%') becomes two tokens.
 */
public final class Tokenizer {

    public Tokens tokenize(String text) {
        return tokenize(text, 0, text.length());
    }

    public Tokens tokenize(String text, int from, int to) {
        // reports run at one token to four characters, a little over in two of five: room for that, so that
        // the arrays are neither doubled nor cut down again
        Tokens out = new Tokens(text, (to - from) / 4 + (to - from) / 32 + 8);
        char[] cs = new char[to - from]; // indexed directly: cheaper than charAt, character by character
        text.getChars(from, to, cs, 0);
        Forms forms = new Forms(cs);
        int n = cs.length;
        int k = 0;
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
                String raw = text.substring(from + k, from + m);
                String folded = raw;
                boolean upper = false;
                if (kind == Tokens.WORD) {
                    String lower = Fold.lower(raw);
                    // Fold.lower returns the same string when nothing changed
                    folded = Fold.spelling(lower);
                    upper = lower != raw && allUpper(raw);
                }
                form = forms.add(k, m, kind == Tokens.NUMBER ? out.newId(folded) : out.idOf(folded), upper);
            }
            out.add(from + k, from + m, kind, forms.wordId(form), forms.upper(form), space, c);
            space = false;
            k = m;
        }
        return out.trimmed();
    }

    /**
     * The distinct written forms of one text, found by their characters where they stand, without making a string of
     * each token: a report writes the same few thousand words and numbers again and again. Open addressing; each form
     * keeps where it was first written, its word number in {@link Tokens} and whether it is in capitals.
     */
    private static final class Forms {
        private final char[] cs;
        private int[] slots; // form + 1, 0 for empty
        private int[] hash;
        private int[] start;
        private int[] length;
        private int[] wordId;
        private boolean[] upper;
        private int size;
        private int lastHash;

        Forms(char[] cs) {
            this.cs = cs;
            // a rule's phrase has a few forms, a report a few thousand
            int capacity = Math.max(4, Math.min(512, cs.length / 16));
            slots = new int[Integer.highestOneBit(capacity) * 4];
            hash = new int[capacity];
            start = new int[capacity];
            length = new int[capacity];
            wordId = new int[capacity];
            upper = new boolean[capacity];
        }

        /** The form written at [from, to), whose characters hash to h, or -1 (then {@link #add} it). */
        int find(int from, int to, int h) {
            lastHash = h;
            int mask = slots.length - 1;
            for (int s = mix(h) & mask; slots[s] != 0; s = (s + 1) & mask) {
                int f = slots[s] - 1;
                if (hash[f] == h && length[f] == to - from && same(start[f], from, to - from)) {
                    return f;
                }
            }
            return -1;
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

        /** Adds the form just looked for with {@link #find}. */
        int add(int from, int to, int id, boolean up) {
            if (size == hash.length) {
                int c = size * 2;
                hash = Arrays.copyOf(hash, c);
                start = Arrays.copyOf(start, c);
                length = Arrays.copyOf(length, c);
                wordId = Arrays.copyOf(wordId, c);
                upper = Arrays.copyOf(upper, c);
            }
            int f = size++;
            hash[f] = lastHash;
            start[f] = from;
            length[f] = to - from;
            wordId[f] = id;
            upper[f] = up;
            if (size * 2 > slots.length) {
                rehash();
            } else {
                place(f);
            }
            return f;
        }

        int wordId(int form) {
            return wordId[form];
        }

        boolean upper(int form) {
            return upper[form];
        }

        private void place(int f) {
            int mask = slots.length - 1;
            int s = mix(hash[f]) & mask;
            while (slots[s] != 0) {
                s = (s + 1) & mask;
            }
            slots[s] = f + 1;
        }

        private void rehash() {
            slots = new int[slots.length * 2];
            for (int f = 0; f < size; f++) {
                place(f);
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
    private static boolean allUpper(String word) {
        for (int k = 0; k < word.length(); k++) {
            if (Character.isLowerCase(word.charAt(k))) {
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
