package vn.baocao.extract.document;

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

    /** The tokens count their vowelless words as they are cut (see {@link Tokens#vowellessWords}): no pass here. */
    static boolean looksDamaged(Tokens t) {
        int vowelless = t.vowellessWords();
        return vowelless >= MIN_DAMAGED_WORDS && vowelless >= MIN_SHARE * t.wordTokens();
    }
}
