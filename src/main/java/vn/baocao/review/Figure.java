package vn.baocao.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.baocao.warehouse.ReadableValue;

/**
 * One figure of {@code v_fact_reviewed} as the review pages show it: what it is now (corrections applied), what was
 * read, and where in the document it was read from.
 *
 * @param periodStart  'YYYY-MM', or null
 * @param correction   null (nobody reviewed it), confirm, change, delete or add
 * @param occurrence   0, or n for the n+1-th figure of the document at the same place (a document may read two figures
 *                     from the same characters or cell: a level and a target, two crop figures)
 */
record Figure(String sha256, String path, String sourceFile, String indicator, String indicatorName, String measure,
              String status, Double value, Double valueHigh, String qualifier, String unit, String periodStart,
              String periodEnd, String area, String evidence, Integer charStart, Integer charEnd, String rule,
              Integer tableIndex, Integer tableRow, Integer tableCol, String correction, Integer correctionLine,
              String correctionNote, Double extractedValue, String extractedIndicator, int occurrence) {

    /** Measures whose values are percentages whatever the indicator's unit. */
    private static final Set<String> PERCENT_MEASURES = Set.of("pct_of_target", "yoy_pct", "mom_pct");

    /** {@link #id()} in SQL, over the columns of fact_observation, for queries that link to a figure. */
    static final String ID_SQL = "CASE WHEN table_index IS NOT NULL AND table_row IS NOT NULL AND table_col IS NOT NULL "
            + "THEN 't' || table_index || '-' || table_row || '-' || table_col WHEN char_start IS NOT NULL THEN 'c' || char_start || '-' || char_end END";

    /**
     * A name for the figure unique within its document (see {@link #numbered}), stable across runs: its characters or
     * its cell (as ID_SQL, which names the first figure at a place).
     */
    String id() {
        String place = inTable() ? "t" + tableIndex + "-" + tableRow + "-" + tableCol : charStart != null ? "c" + charStart + "-" + charEnd : "n";
        return occurrence == 0 ? place : place + "_" + occurrence;
    }

    /** The figures of one document, each numbered among those at its place, so every figure's id is its own. */
    static List<Figure> numbered(List<Figure> figures) {
        Map<String, Integer> seen = new HashMap<>();
        List<Figure> out = new ArrayList<>(figures.size());
        for (Figure f : figures) {
            int n = seen.merge(f.id(), 1, Integer::sum) - 1;
            out.add(n == 0 ? f : new Figure(f.sha256, f.path, f.sourceFile, f.indicator, f.indicatorName, f.measure, f.status, f.value,
                    f.valueHigh, f.qualifier, f.unit, f.periodStart, f.periodEnd, f.area, f.evidence, f.charStart, f.charEnd, f.rule,
                    f.tableIndex, f.tableRow, f.tableCol, f.correction, f.correctionLine, f.correctionNote, f.extractedValue,
                    f.extractedIndicator, n));
        }
        return out;
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
