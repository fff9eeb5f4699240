package vn.baocao.warehouse;

import java.math.BigDecimal;

/** How numbers are written in exports: plain digits, '.' as decimal point, no exponent. */
public final class Numbers {

    private Numbers() {
    }

    public static String plain(Double v) {
        if (v == null || v.isNaN() || v.isInfinite()) {
            return "";
        }
        BigDecimal d = new BigDecimal(Double.toString(v)).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }
}
