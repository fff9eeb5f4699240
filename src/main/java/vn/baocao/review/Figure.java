package vn.baocao.review;

import java.util.Set;
import vn.baocao.warehouse.ReadableValue;

/**
 * One figure of {@code v_fact_reviewed} as the review pages show it: what it is now (corrections applied), what was
 * read, and where in the document it was read from.
 *
 * @param periodStart  'YYYY-MM', or null
 * @param correction   null (nobody reviewed it), confirm, change, delete or add
 */
record Figure(String sha256, String path, String sourceFile, String indicator, String indicatorName, String measure,
              String status, Double value, Double valueHigh, String qualifier, String unit, String periodStart,
              String periodEnd, String area, String evidence, Integer charStart, Integer charEnd, String rule,
              Integer tableIndex, Integer tableRow, Integer tableCol, String correction, Integer correctionLine,
              String correctionNote, Double extractedValue, String extractedIndicator) {

    /** Measures whose values are percentages whatever the indicator's unit. */
    private static final Set<String> PERCENT_MEASURES = Set.of("pct_of_target", "yoy_pct", "mom_pct");

    /** {@link #id()} in SQL, over the columns of fact_observation, for queries that link to a figure. */
    static final String ID_SQL = "CASE WHEN table_index IS NOT NULL AND table_row IS NOT NULL AND table_col IS NOT NULL "
            + "THEN 't' || table_index || '-' || table_row || '-' || table_col WHEN char_start IS NOT NULL THEN 'c' || char_start || '-' || char_end END";

    /** A name for the figure unique within its document, stable across runs: its characters or its cell (as ID_SQL). */
    String id() {
        return inTable() ? "t" + tableIndex + "-" + tableRow + "-" + tableCol
                : charStart != null ? "c" + charStart + "-" + charEnd : "n" + Integer.toHexString((indicator + measure + status + periodStart).hashCode());
    }

    boolean inTable() {
        return tableIndex != null && tableRow != null && tableCol != null;
    }

    boolean inText() {
        return !inTable() && charStart != null && charEnd != null && charStart < charEnd;
    }

    String measureUnit() {
        return PERCENT_MEASURES.contains(measure) ? "percent" : unit;
    }

    /** '120,3 tỷ đồng', '8,5% – 9,5%', with the qualifier ('hơn') in front. */
    String readable() {
        String v = ReadableValue.of(value, measureUnit());
        if (valueHigh != null) {
            v = v + " – " + ReadableValue.of(valueHigh, measureUnit());
        }
        return qualifier == null || qualifier.isBlank() ? v : qualifier + " " + v;
    }

    String period() {
        return PeriodLabel.of(periodStart, periodEnd);
    }
}
