package vn.baocao.normalise;

/**
 * What the normaliser asks about a character, answered from one table made
 * once instead of asking {@link Character} several questions for every
 * character of every report.
 */
final class CharKinds {

    /** Copied as it is unless a combining mark follows: not white space, not a digit, not the start of an artefact. */
    static final int PLAIN = 1;
    /** {@link Character#isDigit}: copied as it is, unless a word ran into it ('tăng1,36%'). */
    static final int DIGIT = 2;
    /** A combining mark (Unicode non-spacing mark from U+0300): composed with the character before it. */
    static final int COMBINING = 4;
    /** White space as the normaliser folds it: {@link Character#isWhitespace} or {@link Character#isSpaceChar}. */
    static final int SPACE = 8;
    /** {@link Character#isWhitespace}. */
    static final int WHITESPACE = 16;
    /** {@link Character#isLetter}. */
    static final int LETTER = 32;
    /** {@link Character#isLowerCase}. */
    static final int LOWER = 64;
    /** A vowel with a tone mark that {@link ToneMarks} may move to the vowel before it. */
    static final int TONE_SECOND = 128;

    private static final byte[] KINDS = new byte[Character.MAX_VALUE + 1];

    static {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            int kind = 0;
            kind |= "[*#|".indexOf(c) < 0 && !Character.isWhitespace(c) && !Character.isSpaceChar(c) && !Character.isDigit(c) ? PLAIN : 0;
            kind |= Character.isDigit(c) ? DIGIT : 0;
            kind |= c >= 0x300 && Character.getType(c) == Character.NON_SPACING_MARK ? COMBINING : 0;
            kind |= Character.isWhitespace(c) || Character.isSpaceChar(c) ? SPACE : 0;
            kind |= Character.isWhitespace(c) ? WHITESPACE : 0;
            kind |= Character.isLetter(c) ? LETTER : 0;
            kind |= Character.isLowerCase(c) ? LOWER : 0;
            kind |= ToneMarks.isSecondVowel(c) ? TONE_SECOND : 0;
            KINDS[i] = (byte) kind;
        }
    }

    private CharKinds() {
    }

    /** The kinds of {@code c}, as a set of the flags above. */
    static int of(char c) {
        return KINDS[c];
    }

    static boolean is(char c, int kind) {
        return (KINDS[c] & kind) != 0;
    }

    static boolean whitespace(char c) {
        return (KINDS[c] & WHITESPACE) != 0;
    }

    /** A lower-case letter: what a word run into a figure ends with. */
    static boolean lowerCaseLetter(char c) {
        return (KINDS[c] & (LETTER | LOWER)) == (LETTER | LOWER);
    }
}
