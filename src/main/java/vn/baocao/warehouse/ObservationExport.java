package vn.baocao.warehouse;

import java.util.List;

/**
 * The documented observation columns (the CSV contract of 'export observations'):
 * periods as YYYY-MM, values as plain numbers in the indicator's unit. The figures
 * are as corrected (v_fact_corrected: deleted ones left out); the correction columns
 * come last, so the columns of earlier exports keep their places.
 */
public final class ObservationExport {

    public static final List<String> COLUMNS = List.of(
            "source_file", "area", "area_level", "indicator", "measure", "status", "value", "value_high", "unit",
            "period_start", "period_end", "evidence", "char_start", "char_end", "qualifier", "rule", "path", "sha256",
            "table_index", "table_row", "table_col", "extracted_value", "correction", "correction_note");

    /** The documented observation columns, for export and for the CSV contract. */
    public static final String SELECT = """
            SELECT source_file, area, area_level, indicator, measure, status, value, value_high, unit,
                   strftime(period_start, '%Y-%m') AS period_start, strftime(period_end, '%Y-%m') AS period_end,
                   evidence, char_start, char_end, qualifier, rule, path, sha256, table_index, table_row, table_col,
                   extracted_value, correction, correction_note
            FROM v_fact_corrected
            ORDER BY source_file, char_start, table_index, table_row, table_col, indicator, measure, status""";

    private ObservationExport() {
    }
}
