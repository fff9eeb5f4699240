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

    /** Characters (either case) that can be the second vowel of oa, oe or uy: most text holds none, so most characters are passed over at a glance. */
    private static final boolean[] SECOND_VOWEL = new boolean[0x2000];

    static {
        for (char k : SECOND_TO_FIRST.keySet()) {
            SECOND_VOWEL[k] = true;
            SECOND_VOWEL[Character.toUpperCase(k)] = true;
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
            if (c[i] >= SECOND_VOWEL.length || !SECOND_VOWEL[c[i]]) {
                continue;
            }
            char marked = Character.toLowerCase(c[i]);
            char[] to = SECOND_TO_FIRST.get(marked);
            if (to == null || (i + 1 < length && Character.isLetter(c[i + 1]))) {
                continue;
            }
            char before = Character.toLowerCase(c[i - 1]);
            boolean oa = before == 'o' && (to[0] == 'a' || to[0] == 'e');
            boolean uy = before == 'u' && to[0] == 'y' && !(i >= 2 && Character.toLowerCase(c[i - 2]) == 'q');
            if (!oa && !uy) {
                continue;
            }
            boolean upperFirst = Character.isUpperCase(c[i - 1]);
            boolean upperSecond = Character.isUpperCase(c[i]);
            char first = oa ? to[1] : to[2];
            c[i - 1] = upperFirst ? Character.toUpperCase(first) : first;
            c[i] = upperSecond ? Character.toUpperCase(to[0]) : to[0];
        }
    }
}
