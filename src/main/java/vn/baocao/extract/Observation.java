package vn.baocao.extract;

/**
 * One number about one indicator, for one area and one period, taken from one
 * place in one document: from the text (charStart/charEnd are offsets into the
 * document's original text) or from a table cell (table, row and column, 0-based).
 */
public record Observation(String indicator, String measure, String status, double value, Double valueHigh,
                          String qualifier, String unit, Period period, String evidence,
                          Integer charStart, Integer charEnd, String rule, Cell cell) {

    /** A table cell an observation was read from. */
    public record Cell(int table, int row, int column) {
    }

    /** The same observation taken from text: no table cell. */
    public Observation(String indicator, String measure, String status, double value, Double valueHigh,
                       String qualifier, String unit, Period period, String evidence, int charStart, int charEnd, String rule) {
        this(indicator, measure, status, value, valueHigh, qualifier, unit, period, evidence, charStart, charEnd, rule, null);
    }

    /** The key on which a document gives one figure: the first one found. */
    public String headlineKey() {
        return indicator + '|' + measure + '|' + status + '|' + period;
    }

    /** The key on which one document gives at most one observation. */
    public String dedupKey() {
        return indicator + '|' + measure + '|' + status + '|' + period + '|' + value + '|' + valueHigh;
    }
}
