package vn.baocao.warehouse;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * A value as a Vietnamese statistician writes it: '.' groups thousands, ',' is the
 * decimal comma, money in the largest of tỷ / triệu that keeps the figure at least 1
 * ('120,3 tỷ đồng'), other units by their Vietnamese names. Exports keep plain numbers
 * ({@link Numbers}); this is for tables and pages that people read.
 */
public final class ReadableValue {

    private static final double BILLION = 1e9;
    private static final double MILLION = 1e6;

    /** The indicator dictionary's units (jobs/dictionary/indicators.csv) as reports write them. */
    private static final Map<String, String> UNIT_WORDS = Map.ofEntries(
            Map.entry("person", "người"),
            Map.entry("case", "vụ/việc"),
            Map.entry("enterprise", "doanh nghiệp"),
            Map.entry("ha", "ha"),
            Map.entry("household", "hộ"),
            Map.entry("index", ""),
            Map.entry("inspection", "cuộc"),
            Map.entry("tonne", "tấn"),
            Map.entry("unit", "đơn vị"),
            Map.entry("visit", "lượt"));

    private ReadableValue() {
    }

    /** {@code value} in {@code unit} (an indicator unit or 'percent'); empty for no value. */
    public static String of(Double value, String unit) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return "";
        }
        double v = value;
        String u = unit == null ? "" : unit;
        return switch (u) {
            case "VND" -> Math.abs(v) >= BILLION ? digits(v / BILLION, 2) + " tỷ đồng"
                    : Math.abs(v) >= MILLION ? digits(v / MILLION, 2) + " triệu đồng"
                    : digits(v, 0) + " đồng";
            case "USD" -> Math.abs(v) >= MILLION ? digits(v / MILLION, 2) + " triệu USD" : digits(v, 2) + " USD";
            case "percent" -> digits(v, 2) + "%";
            default -> {
                String word = UNIT_WORDS.getOrDefault(u, u);
                yield word.isEmpty() ? digits(v, 2) : digits(v, 2) + " " + word;
            }
        };
    }

    /** {@code v} rounded to at most {@code decimals} places, grouped in thousands with '.', decimal ','. */
    public static String digits(double v, int decimals) {
        BigDecimal d = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        if (d.scale() < 0) {
            d = d.setScale(0);
        }
        String plain = d.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder sb = new StringBuilder(plain.length() + whole.length() / 3 + 1);
        if (d.signum() < 0) {
            sb.append('-');
        }
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                sb.append('.');
            }
            sb.append(whole.charAt(i));
        }
        if (dot >= 0) {
            sb.append(',').append(plain, dot + 1, plain.length());
        }
        return sb.toString();
    }
}
