package vn.baocao.extract.figure;

/** What a figure measures about its indicator (see the observation model). */
public enum Measure {
    VALUE, PCT_OF_TARGET, YOY_PCT, YOY_ABS, MOM_PCT, PREV_VALUE;

    /** Asked for every figure read: made once. */
    private final String code = name().toLowerCase(java.util.Locale.ROOT);

    public String code() {
        return code;
    }

    public boolean isRelative() {
        return this == PCT_OF_TARGET || this == YOY_PCT || this == MOM_PCT;
    }
}
