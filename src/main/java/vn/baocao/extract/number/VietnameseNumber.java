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
}
