package vn.baocao.normalise;

import java.util.Map;

/**
 * Puts tone marks in one place. Vietnamese is typed two ways for the open
 * syllables oa, oe and uy: 'hoà'/'hòa', 'thuỷ'/'thủy'. Reports mix them, so
 * the text is folded to the style the dictionary uses (mark on the first
 * vowel: 'hòa', 'thủy'). Syllables closed by a consonant ('hoàng', 'quyết')
 * are written one way already and are left alone; so is 'quý', where 'u'
 * belongs to the consonant 'qu'. One character replaces one, so offsets hold.
 */
public final class ToneMarks {

    private static final Map<Character, char[]> SECOND_TO_FIRST = Map.ofEntries(
            // mark on a/e/y  ->  plain a/e/y, and the marked o/u
            Map.entry('à', new char[] {'a', 'ò', 'ù'}), Map.entry('á', new char[] {'a', 'ó', 'ú'}),
            Map.entry('ả', new char[] {'a', 'ỏ', 'ủ'}), Map.entry('ã', new char[] {'a', 'õ', 'ũ'}),
            Map.entry('ạ', new char[] {'a', 'ọ', 'ụ'}),
            Map.entry('è', new char[] {'e', 'ò', 'ù'}), Map.entry('é', new char[] {'e', 'ó', 'ú'}),
            Map.entry('ẻ', new char[] {'e', 'ỏ', 'ủ'}), Map.entry('ẽ', new char[] {'e', 'õ', 'ũ'}),
            Map.entry('ẹ', new char[] {'e', 'ọ', 'ụ'}),
            Map.entry('ỳ', new char[] {'y', 'ò', 'ù'}), Map.entry('ý', new char[] {'y', 'ó', 'ú'}),
            Map.entry('ỷ', new char[] {'y', 'ỏ', 'ủ'}), Map.entry('ỹ', new char[] {'y', 'õ', 'ũ'}),
            Map.entry('ỵ', new char[] {'y', 'ọ', 'ụ'}));

    /*
     * By character (either case) that can be the second vowel of oa, oe or uy, a look-up of the map above made once:
     * the plain lower-case vowel (0 for characters that are not such a vowel), the marked o and the marked u.
     * Most characters are passed over at a glance, and none is boxed to be looked up.
     */
    private static final char[] PLAIN = new char[0x2000];
    private static final char[] MARKED_O = new char[PLAIN.length];
    private static final char[] MARKED_U = new char[PLAIN.length];

    static {
        for (char k : SECOND_TO_FIRST.keySet()) {
            for (char c : new char[] {k, Character.toUpperCase(k)}) {
                char[] to = SECOND_TO_FIRST.get(Character.toLowerCase(c));
                if (to != null) {
                    PLAIN[c] = to[0];
                    MARKED_O[c] = to[1];
                    MARKED_U[c] = to[2];
                }
            }
        }
    }

    private ToneMarks() {
    }

    /** The text with its tone marks in the dictionary's places. */
    public static String fold(String s) {
        char[] c = s.toCharArray();
        fold(c, c.length);
        return new String(c);
    }

    /** Folds the first {@code length} characters of {@code c} in place. */
    static void fold(char[] c, int length) {
        for (int i = 1; i < length; i++) {
            foldAt(c, length, i);
        }
    }

    /**
     * Folds the first {@code length} characters of {@code c} in place, looking only at the {@code count} places
     * in {@code at} (in increasing order) where a character that {@link #isSecondVowel may move its mark} follows
     * one that {@link #isFirstVowel may take it}: nowhere else does folding change anything.
     */
    static void fold(char[] c, int length, int[] at, int count) {
        for (int k = 0; k < count; k++) {
            foldAt(c, length, at[k]);
        }
    }

    /** A vowel with its mark where the dictionary's style does not put it in oa, oe or uy: 'à' of 'hoà', 'ỷ' of 'thuỷ'. */
    static boolean isSecondVowel(char c) {
        return c < PLAIN.length && PLAIN[c] != 0;
    }

    /** The first vowel of oa, oe or uy: the only letters that lower-case to o and u are these. */
    static boolean isFirstVowel(char c) {
        return c == 'o' || c == 'O' || c == 'u' || c == 'U';
    }

    private static void foldAt(char[] c, int length, int i) {
        char second = c[i];
        char plain = second < PLAIN.length ? PLAIN[second] : 0;
        if (plain == 0) {
            return;
        }
        char before = c[i - 1];
        boolean oa = (before == 'o' || before == 'O') && (plain == 'a' || plain == 'e');
        boolean uy = (before == 'u' || before == 'U') && plain == 'y' && !(i >= 2 && (c[i - 2] == 'q' || c[i - 2] == 'Q'));
        if (!oa && !uy || i + 1 < length && isLetter(c[i + 1])) {
            return;
        }
        boolean upperFirst = Character.isUpperCase(before);
        boolean upperSecond = Character.isUpperCase(second);
        char first = oa ? MARKED_O[second] : MARKED_U[second];
        c[i - 1] = upperFirst ? Character.toUpperCase(first) : first;
        c[i] = upperSecond ? Character.toUpperCase(plain) : plain;
    }

    /** {@link Character#isLetter}, answered without a look-up for the ASCII letters that close most syllables. */
    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80 && Character.isLetter(c);
    }
}
