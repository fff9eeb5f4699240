package vn.baocao.extract.document;

import vn.baocao.extract.text.Fold;
import vn.baocao.extract.text.Tokens;

/**
 * Tells text whose legacy font conversion dropped letters ('tnh' for 'tỉnh', 'khu
 * vc' for 'khu vực'): Vietnamese syllables always have a vowel, so many lower-case
 * words without one betray the damage.
 */
final class Damage {

    private static final int MIN_DAMAGED_WORDS = 5;
    private static final double MIN_SHARE = 0.02;

    private Damage() {
    }

    static boolean looksDamaged(Tokens t) {
        int words = 0;
        int vowelless = 0;
        byte[] known = new byte[t.distinctWords()]; // per distinct word: 0 not yet asked, 1 has a vowel, 2 has none
        for (int i = 0, n = t.size(); i < n; i++) {
            if (t.kind(i) != Tokens.WORD) {
                continue;
            }
            words++;
            int w = t.wordId(i);
            if (known[w] == 0) {
                known[w] = hasVowel(t.folded(i)) ? (byte) 1 : (byte) 2;
            }
            if (known[w] == 2 && t.end(i) - t.start(i) >= 2 && Character.isLowerCase(t.firstChar(i))) {
                vowelless++;
            }
        }
        return vowelless >= MIN_DAMAGED_WORDS && vowelless >= MIN_SHARE * words;
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
}
