package vn.baocao.extract.number;

import java.util.Arrays;
import vn.baocao.extract.text.Tokens;

/**
 * What the quantity reader asks of a word, worked out once per distinct word of a document: the words before its
 * numbers ('đạt', 'tăng', 'ngày') come back over and over, and each number is read from the numbers around it too.
 */
final class NumberWords {

    /** Whether it starts a written date has been worked out. */
    private static final byte DATE_KNOWN = 1;
    /** A word a written date starts with ('ngày'). */
    private static final byte DATE_START = 2;
    /** Whether it reads as a number has been worked out (only numbers are asked: a word would cost an exception). */
    private static final byte NUMBER_KNOWN = 4;
    /** Read as a number by {@link VietnameseNumber}. */
    private static final byte NUMBER = 8;

    private final Tokens t;
    private byte[] flags;
    private double[] values;

    NumberWords(Tokens t) {
        this.t = t;
        this.flags = new byte[t.distinctWords()];
        this.values = new double[t.distinctWords()];
    }

    boolean dateStart(int i) {
        int w = word(i);
        int f = flags[w];
        if ((f & DATE_KNOWN) == 0) {
            f |= DATE_KNOWN | (QuantityReader.WRITTEN_DATE_START.contains(t.folded(i)) ? DATE_START : 0);
            flags[w] = (byte) f;
        }
        return (f & DATE_START) != 0;
    }

    /** Whether token i reads as a number; its value is then {@link #value}. */
    boolean number(int i) {
        int w = word(i);
        int f = flags[w];
        if ((f & NUMBER_KNOWN) == 0) {
            f |= NUMBER_KNOWN;
            try {
                values[w] = VietnameseNumber.parseDouble(t.folded(i));
                f |= NUMBER;
            } catch (NumberFormatException e) {
                // not a number: the flag stays clear
            }
            flags[w] = (byte) f;
        }
        return (f & NUMBER) != 0;
    }

    /** {@code VietnameseNumber.parse(t.folded(i)).doubleValue()} for a token that reads as a number. */
    double value(int i) {
        return values[t.wordId(i)];
    }

    private int word(int i) {
        int w = t.wordId(i);
        if (w >= flags.length) { // a word numbered after these arrays were made
            flags = Arrays.copyOf(flags, Math.max(w + 1, t.distinctWords()));
            values = Arrays.copyOf(values, flags.length);
        }
        return w;
    }
}
