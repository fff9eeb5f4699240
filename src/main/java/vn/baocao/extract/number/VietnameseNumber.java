package vn.baocao.extract.number;

import java.math.BigDecimal;

/**
 * Reads numbers written the Vietnamese way: '.' groups thousands and ',' marks
 * decimals ('9.269' is 9269, '3.520,79' is 3520.79, '0,71' is 0.71).
 *
 * <p>Ambiguous forms are read the way local reports mean them: a single ',' is
 * always a decimal mark ('3,086 ha' is 3.086 ha); a '.' followed by exactly three
 * digits groups thousands ('1.926'), any other '.' is a decimal point written the
 * English way ('1.5').
 */
public final class VietnameseNumber {

    /**
     * No figure of a report needs more characters ('1.234.567.890.123,45' has 20). Longer digit runs (a
     * scanned barcode, a damaged export) are not figures, and reading them exactly would cost the square of
     * their length.
     */
    static final int MAX_CHARACTERS = 40;

    private VietnameseNumber() {
    }

    public static BigDecimal parse(String s) {
        String t = s.trim();
        if (t.indexOf(' ') >= 0) {
            t = t.replace(" ", "");
        }
        if (t.isEmpty()) {
            throw new NumberFormatException("empty number");
        }
        if (t.length() > MAX_CHARACTERS) {
            throw new NumberFormatException("longer than any figure (" + t.length() + " characters)");
        }
        int comma = t.indexOf(',');
        if (comma >= 0) {
            String integer = t.substring(0, comma).replace(".", "");
            String fraction = t.substring(comma + 1);
            if (fraction.contains(",") || fraction.contains(".")) {
                // '1,234,567' written the English way: commas group thousands
                return new BigDecimal(t.replace(",", "").replace(".", ""));
            }
            return new BigDecimal(integer + "." + fraction);
        }
        if (t.indexOf('.') >= 0) {
            String[] groups = t.split("\\.", -1);
            boolean grouping = groups.length > 2 || groups[1].length() == 3;
            for (int g = 1; grouping && g < groups.length; g++) {
                grouping = groups[g].length() == 3;
            }
            return grouping ? new BigDecimal(t.replace(".", "")) : new BigDecimal(t);
        }
        return new BigDecimal(t);
    }

    /** Powers of ten a double holds exactly. */
    private static final double[] TEN_POW = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    /** Digits whose number a long holds below 2^52, where the double of a decimal is one exact division. */
    private static final int EXACT_DIGITS = 15;

    /**
     * {@code parse(s).doubleValue()}, without a BigDecimal for the forms figures are written in ('1.926', '3.520,79',
     * '0,71', '1.5' and plain digits, at most 15 digits): their digits, divided by the power of ten of the decimals, is
     * the very division {@link BigDecimal#doubleValue} does for them. Anything else goes through {@link #parse}.
     *
     * @throws NumberFormatException where {@link #parse} does
     */
    public static double parseDouble(String s) {
        long digits = 0;
        int count = 0;
        int decimals = -1;       // digits after the decimal mark, once one is seen
        int group = -1;          // digits since the last '.', while every '.' so far may group thousands
        int dots = 0;
        int lastDot = -1;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c >= '0' && c <= '9') {
                if (++count > EXACT_DIGITS) {
                    return parse(s).doubleValue();
                }
                digits = digits * 10 + (c - '0');
                if (decimals >= 0) {
                    decimals++;
                }
                if (group >= 0) {
                    group++;
                }
            } else if (c == ',' && decimals < 0 && k > 0 && (dots == 0 || group == 3)) {
                decimals = 0;    // '0,71', '3.520,79': the decimal mark
                group = -1;
            } else if (c == '.' && decimals < 0 && k > 0 && (dots == 0 || group == 3) && lastDot != k - 1) {
                dots++;
                lastDot = k;
                group = 0;
            } else {
                return parse(s).doubleValue();
            }
        }
        if (count == 0 || decimals == 0 || lastDot == s.length() - 1) {
            return parse(s).doubleValue();
        }
        if (dots > 0 && decimals < 0 && group != 3) {
            if (dots > 1) {
                return parse(s).doubleValue();
            }
            decimals = group; // '1.5': one '.' not before three digits is a decimal point written the English way
        }
        return decimals <= 0 ? (double) digits : digits / TEN_POW[decimals];
    }
}
