package vn.baocao.extract.text;

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
        Tokens out = new Tokens(text, (to - from) / 4);
        java.util.Map<String, Word> seen = new java.util.HashMap<>();
        char[] cs = new char[to - from]; // indexed directly: cheaper than charAt, character by character
        text.getChars(from, to, cs, 0);
        int n = cs.length;
        int k = 0;
        boolean space = true;
        while (k < n) {
            char c = cs[k];
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF') {
                space = true;
                k++;
                continue;
            }
            int m;
            byte kind;
            if (isLetter(c)) {
                m = k + 1;
                while (m < n && (isLetter(cs[m]) || isApostrophe(cs[m]) && m + 1 < n && isLetter(cs[m + 1]))) {
                    m++;
                }
                kind = Tokens.WORD;
            } else if (c >= '0' && c <= '9') {
                m = k + 1;
                while (m < n) {
                    char d = cs[m];
                    if (d >= '0' && d <= '9') {
                        m++;
                    } else if ((d == '.' || d == ',') && m + 1 < n && isDigit(cs[m + 1])) {
                        m += 2;
                    } else {
                        break;
                    }
                }
                kind = Tokens.NUMBER;
            } else {
                m = k + 1;
                kind = Tokens.PUNCT;
            }
            int i = from + k;
            int j = from + m;
            String raw = text.substring(i, j);
            String folded = raw;
            boolean upper = false;
            if (kind == Tokens.WORD) {
                Word w = seen.get(raw); // a report writes the same few thousand words again and again
                if (w == null) {
                    String lower = Fold.lower(raw);
                    // Fold.lower returns the same string when nothing changed
                    w = new Word(Fold.spelling(lower), lower != raw && allUpper(raw));
                    seen.put(raw, w);
                }
                folded = w.folded();
                upper = w.upper();
            }
            out.add(i, j, kind, folded, upper, space);
            space = false;
            k = m;
        }
        return out.trimmed();
    }

    /** A written form's lower-case form, and whether it is written in capitals. */
    private record Word(String folded, boolean upper) {
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

    private static boolean isLetter(char c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        }
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }
}
