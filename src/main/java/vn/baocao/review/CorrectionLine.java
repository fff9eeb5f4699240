package vn.baocao.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.baocao.warehouse.Numbers;

/**
 * The line a reviewer pastes into jobs/corrections.csv for a figure: its key and evidence filled in, action
 * 'confirm' and the figure as it now stands, so that confirming is a paste and changing is editing one column;
 * who, when and why are left for the reviewer. Written with Commons CSV, so evidence with commas and quotes is
 * quoted as the corrections reader expects.
 */
final class CorrectionLine {

    static final List<String> HEADER = List.of("file", "sha256", "char_start", "char_end", "table_index", "table_row", "table_col",
            "evidence", "action", "indicator", "measure", "status", "period_start", "period_end", "value", "area", "who", "when", "why");

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("").get();

    private CorrectionLine() {
    }

    static String header() {
        return String.join(",", HEADER);
    }

    static String of(Figure f) {
        boolean table = f.inTable();
        return line(f.sourceFile(), f.sha256(),
                table ? null : f.charStart(), table ? null : f.charEnd(),
                table ? f.tableIndex() : null, table ? f.tableRow() : null, table ? f.tableCol() : null,
                f.evidence(), "confirm", f.indicator(), f.measure(), f.status(), f.periodStart(), f.periodEnd(),
                Numbers.plain(f.value()), f.area(), "", "", "");
    }

    private static String line(Object... cells) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(out, FORMAT)) {
            p.printRecord(Arrays.stream(cells).map(c -> c == null ? "" : c.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder does not fail", e);
        }
        return out.toString();
    }
}
