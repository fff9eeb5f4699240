package vn.baocao.extract;

/**
 * One number about one indicator, for one area and one period, taken from one
 * place in one document. Offsets are into the original text of the document.
 */
public record Observation(String indicator, String measure, String status, double value, Double valueHigh,
                          String qualifier, String unit, Period period, String evidence,
                          int charStart, int charEnd, String rule) {

    /** The key on which one document gives at most one observation. */
    public String dedupKey() {
        return indicator + '|' + measure + '|' + status + '|' + period + '|' + value + '|' + valueHigh;
    }
}
