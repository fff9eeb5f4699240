package vn.baocao.extract.language;

import java.util.Locale;

/**
 * The units the warehouse stores values in, and what a figure was written in.
 * Codes match the unit column of the indicator dictionary and of units.csv.
 */
public enum Unit {
    VND, USD, PERCENT, PERCENT_POINT, TONNE, HA, VISIT, PERSON, CASE, ENTERPRISE, HOUSEHOLD, INSPECTION, INDEX,
    /** A bare number: no unit word after it. */
    NONE,
    /** A number counting something no indicator counts ('1.095 con', '21/24 chỉ tiêu'). */
    NOUN,
    /** A quantity per something ('62,58 tạ/ha', '67 triệu đồng/người/năm'): no level of a stock or flow. */
    RATE;

    public String code() {
        return switch (this) {
            case VND, USD -> name();
            case PERCENT_POINT -> "percent_point";
            case NOUN -> "other";
            default -> name().toLowerCase(Locale.ROOT);
        };
    }

    public static boolean isCode(String code) {
        for (Unit u : values()) {
            if (u.code().equalsIgnoreCase(code.strip())) {
                return true;
            }
        }
        return false;
    }

    public static Unit ofCode(String code) {
        for (Unit u : values()) {
            if (u.code().equalsIgnoreCase(code.strip())) {
                return u;
            }
        }
        throw new IllegalArgumentException("unknown unit '" + code + "'; known: VND, USD, percent, percent_point, tonne, ha, "
                + "visit, person, case, enterprise, household, inspection, index, other");
    }

    /** Whole things are counted: '1,193 vụ' can only be a thousand and more cases. */
    public boolean whole() {
        return switch (this) {
            case VISIT, PERSON, CASE, ENTERPRISE, HOUSEHOLD, INSPECTION -> true;
            default -> false;
        };
    }

    /**
     * Whether a level written in {@code written} can be a value of an indicator measured
     * in this unit. Counting words are loose in reports ('vụ, việc', 'lượt người',
     * 'trường hợp'), and counts are often written without their word, so a count
     * accepts a bare number.
     */
    public boolean accepts(Unit written) {
        if (written == this) {
            return true;
        }
        return whole() && written == NONE;
    }
}
