package vn.baocao.extract.number;

import java.util.Arrays;
import vn.baocao.extract.text.Tokens;

/**
 * What the quantity reader asks of a word, worked out once per distinct word of a document: a report writes '2023',
 * '100', '0,5' and 'ngày' over and over, and each number is looked at from the numbers around it too.
 */
final class NumberWords {

    private static final byte KNOWN = 1;
    /** Only ASCII digits, as the regular expression {@code \\d+} reads them. */
    private static final byte DIGITS = 2;
    /** Digits starting with '0', three or more: how a phone number starts ('0273'). */
    private static final byte PHONE = 4;
    /** Four digits from 1945 to 2100. */
    private static final byte YEAR = 8;
    /** A word a written date starts with ('ngày'). */
    private static final byte DATE_START = 16;
    /** Read as a number by {@link VietnameseNumber}. */
    private static final byte NUMBER = 32;
    /** Whether it reads as a number has been worked out (only numbers are asked: a word would cost an exception). */
    private static final byte NUMBER_KNOWN = 64;

    private final Tokens t;
    private byte[] flags;
    private double[] values;

    NumberWords(Tokens t) {
        this.t = t;
        this.flags = new byte[t.distinctWords()];
        this.values = new double[t.distinctWords()];
    }

    boolean digits(int i) {
        return (flags(i) & DIGITS) != 0;
    }

    boolean phoneStart(int i) {
        return (flags(i) & PHONE) != 0;
    }

    boolean yearLike(int i) {
        return (flags(i) & YEAR) != 0;
    }

    boolean dateStart(int i) {
        return (flags(i) & DATE_START) != 0;
    }

    /** Whether token i reads as a number; its value is then {@link #value}. */
    boolean number(int i) {
        int f = flags(i);
        if ((f & NUMBER_KNOWN) == 0) {
            int w = t.wordId(i);
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

    private int flags(int i) {
        int w = t.wordId(i);
        if (w >= flags.length) {
            flags = Arrays.copyOf(flags, Math.max(w + 1, t.distinctWords()));
            values = Arrays.copyOf(values, flags.length);
        }
        byte f = flags[w];
        if (f == 0) {
            f = classify(t.folded(i));
            flags[w] = f;
        }
        return f;
    }

    private byte classify(String s) {
        int f = KNOWN;
        if (QuantityReader.digits(s)) {
            f |= DIGITS;
            if (s.length() >= 3 && s.charAt(0) == '0') {
                f |= PHONE;
            }
        }
        if (QuantityReader.yearLike(s)) {
            f |= YEAR;
        }
        if (QuantityReader.WRITTEN_DATE_START.contains(s)) {
            f |= DATE_START;
        }
        return (byte) f;
    }
}
