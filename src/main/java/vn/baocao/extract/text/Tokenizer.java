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
        // A report repeats a few thousand words: one string per distinct word keeps a large document small
        // and lets every later lookup reuse the word's hash.
        java.util.Map<String, String> words = new java.util.HashMap<>();
        int i = from;
        boolean space = true;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF') {
                space = true;
                i++;
                continue;
            }
            int j;
            byte kind;
            if (isLetter(c)) {
                j = i + 1;
                while (j < to && (isLetter(text.charAt(j))
                        || isApostrophe(text.charAt(j)) && j + 1 < to && isLetter(text.charAt(j + 1)))) {
                    j++;
                }
                kind = Tokens.WORD;
            } else if (c >= '0' && c <= '9') {
                j = i + 1;
                while (j < to) {
                    char d = text.charAt(j);
                    if (d >= '0' && d <= '9') {
                        j++;
                    } else if ((d == '.' || d == ',') && j + 1 < to && isDigit(text.charAt(j + 1))) {
                        j += 2;
                    } else {
                        break;
                    }
                }
                kind = Tokens.NUMBER;
            } else {
                j = i + 1;
                kind = Tokens.PUNCT;
            }
            String raw = text.substring(i, j);
            String folded = raw;
            boolean upper = false;
            if (kind == Tokens.WORD) {
                String lower = Fold.lower(raw);
                folded = words.computeIfAbsent(Fold.spelling(lower), w -> w);
                upper = lower != raw && allUpper(text, i, j); // Fold.lower returns the same string when nothing changed
            } else if (kind == Tokens.PUNCT) {
                folded = words.computeIfAbsent(raw, w -> w);
            }
            out.add(i, j, kind, folded, upper, space);
            space = false;
            i = j;
        }
        return out.trimmed();
    }

    /** No letter of the word is lower case (and, since it changed when lowered, some are capitals): 'TỈNH', 'KH'. */
    private static boolean allUpper(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Character.isLowerCase(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetter(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }
}
