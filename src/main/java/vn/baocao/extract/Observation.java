package vn.baocao.extract;

import vn.baocao.extract.period.Period;

/**
 * One number about one indicator, for one area and one period, taken from one
 * place in one document: from the text (charStart/charEnd are offsets into the
 * document's original text) or from a table cell (table, row and column, 0-based).
 *
 * @param basis   what tells two figures of one indicator and period apart: the price basis ('giá hiện hành'),
 *                whose plan a share of plan is against ('hđnd tỉnh'); null for none
 * @param season  the crop season the figure is about ('đông xuân 2018-2019'), else null
 */
public record Observation(String indicator, String measure, String status, double value, Double valueHigh,
                          String qualifier, String unit, Period period, String basis, String season, String evidence,
                          Integer charStart, Integer charEnd, String rule, Cell cell) {

    /** A table cell an observation was read from. */
    public record Cell(int table, int row, int column) {
    }

    /** Observed (actual or estimate) or target: the figures a document gives once each. */
    public String statusClass() {
        return "target".equals(status) ? "target" : "observed";
    }

    /** The key on which a document gives one figure: the first one found. */
    public String headlineKey() {
        return indicator + '|' + measure + '|' + statusClass() + '|' + period + '|' + basis + '|' + season;
    }

    /** The key on which one document gives at most one observation. */
    public String dedupKey() {
        return headlineKey() + '|' + value + '|' + valueHigh;
    }
}
