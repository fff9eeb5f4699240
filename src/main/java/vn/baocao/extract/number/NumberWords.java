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
    /** Whether its digits have been looked at. */
    private static final byte DIGITS_KNOWN = 16;
    /** Only ASCII digits ('0273', '2021'). */
    private static final byte DIGITS = 32;
    /** Three characters or more, the first '0': how a phone number's first group starts. */
    private static final byte PHONE_START = 64;

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

    /** Whether token i is written in ASCII digits alone. */
    boolean digits(int i) {
        return (digitFlags(i) & DIGITS) != 0;
    }

    /** Whether token i could open a phone number: three characters or more, the first '0'. */
    boolean phoneStart(int i) {
        return (digitFlags(i) & PHONE_START) != 0;
    }

    private int digitFlags(int i) {
        int w = word(i);
        int f = flags[w];
        if ((f & DIGITS_KNOWN) == 0) {
            String s = t.folded(i);
            f |= DIGITS_KNOWN | (QuantityReader.digits(s) ? DIGITS : 0) | (QuantityReader.phoneStart(s) ? PHONE_START : 0);
            flags[w] = (byte) f;
        }
        return f;
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
