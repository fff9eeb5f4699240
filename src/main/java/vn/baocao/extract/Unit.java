package vn.baocao.extract;

import java.util.Locale;

/**
 * The units the warehouse stores values in, and the words reports use for them.
 * Codes match the unit column of the indicator dictionary.
 */
public enum Unit {
    VND, USD, PERCENT, PERCENT_POINT, TONNE, HA, VISIT, PERSON, CASE, ENTERPRISE, HOUSEHOLD, INSPECTION, INDEX,
    /** A bare number, no unit word after it. */
    OTHER,
    /** A number counting something no indicator counts ('3 tiêu chí', 'Quân khu 9 đánh giá'). */
    NOUN;

    public String code() {
        return switch (this) {
            case PERCENT_POINT -> "percent_point";
            case VND, USD -> name();
            default -> name().toLowerCase(Locale.ROOT);
        };
    }

    public static Unit ofCode(String code) {
        for (Unit u : values()) {
            if (u.code().equalsIgnoreCase(code.trim())) {
                return u;
            }
        }
        throw new IllegalArgumentException("unknown unit code '" + code + "'");
    }

    /**
     * Whether a figure written in {@code written} can be a value of an indicator
     * measured in this unit. Counting words are loose in reports ('vụ, việc',
     * 'lượt người', 'trường hợp'), so the families are broad on purpose.
     */
    public boolean accepts(Unit written) {
        if (written == this) {
            return true;
        }
        return switch (this) {
            case CASE -> written == OTHER;
            case PERSON, VISIT, ENTERPRISE, HOUSEHOLD, INSPECTION -> written == OTHER;
            default -> false;
        };
    }
}
