package vn.baocao.extract.table;

import java.util.ArrayList;
import java.util.List;
import vn.baocao.extract.document.DocumentText;
import vn.baocao.extract.document.Paragraph;
import vn.baocao.extract.text.Tokens;
import vn.baocao.read.Table;

/**
 * Finds tables that lost their layout when a web page or a PDF became text, one
 * cell per line:
 * <pre>
 *   Tốc độ phát triển tổng sản phẩm ... so với cùng kỳ năm trước (%)   (the title)
 *   6 tháng đầu năm 2019                                             (column headers)
 *   6 tháng cuối năm 2019
 *   Cả năm 2019
 *   Tổng số                                                          (a row: its name ...)
 *   107,52                                                           (... and one number per column)
 *   109,68
 *   108,64
 *   - Nông, lâm nghiệp, thủy sản
 *   ...
 * </pre>
 * A run of short lines reads as such a table when, after k header lines, a line
 * of words followed by k lines of one number each comes back at least twice. The
 * title, when a short line stands right above, is a header row over every
 * column, so its words ('so với cùng kỳ', '%') say what the numbers are.
 */
public final class FlattenedTables {

    private static final int SHORT = 14;
    private static final int MIN_ROWS = 2;
    private static final int TITLE = 40;

    private FlattenedTables() {
    }

    /** The tables written one cell per line in the document, numbered from {@code firstIndex}. */
    public static List<Table> find(DocumentText doc, int firstIndex) {
        List<Paragraph> lines = new ArrayList<>();
        for (Paragraph p : doc.paragraphs()) {
            if (!p.isEmpty() && !p.furniture()) {
                lines.add(p);
            }
        }
        List<Table> out = new ArrayList<>();
        Tokens t = doc.tokens();
        int i = 0;
        while (i < lines.size()) {
            Found found = tableAt(t, lines, i, firstIndex + out.size());
            if (found == null) {
                found = LooseRows.tableAt(doc, lines, i, firstIndex + out.size());
            }
            if (found == null) {
                i++;
                continue;
            }
            out.add(found.table());
            i = found.next();
        }
        return out;
    }

    /** A table and the line after its last one. */
    record Found(Table table, int next) {
    }

    private static Found tableAt(Tokens t, List<Paragraph> lines, int start, int index) {
        for (int k = 4; k >= 2; k--) {
            if (start + k + (k + 1) * MIN_ROWS > lines.size()) {
                continue;
            }
            boolean headers = true;
            for (int h = 0; h < k; h++) {
                Paragraph p = lines.get(start + h);
                headers &= isShort(p) && !isNumber(t, p);
            }
            if (!headers) {
                continue;
            }
            List<List<String>> rows = new ArrayList<>();
            int j = start + k;
            while (j + k < lines.size() && isShort(lines.get(j)) && !isNumber(t, lines.get(j)) && allNumbers(t, lines, j + 1, k)) {
                List<String> row = new ArrayList<>();
                for (int c = 0; c <= k; c++) {
                    row.add(text(t, lines.get(j + c)));
                }
                rows.add(row);
                j += k + 1;
            }
            if (rows.size() < MIN_ROWS) {
                continue;
            }
            List<List<String>> all = new ArrayList<>();
            Paragraph above = start > 0 ? lines.get(start - 1) : null;
            String title = above != null && above.to() - above.from() <= TITLE ? text(t, above) : "";
            if (!title.isEmpty()) {
                List<String> titleRow = new ArrayList<>();
                titleRow.add("");
                for (int c = 0; c < k; c++) {
                    titleRow.add(title);
                }
                all.add(titleRow);
            }
            List<String> header = new ArrayList<>();
            header.add("");
            for (int h = 0; h < k; h++) {
                header.add(text(t, lines.get(start + h)));
            }
            all.add(header);
            all.addAll(rows);
            return new Found(new Table(index, null, title, all), j);
        }
        return null;
    }

    static boolean isShort(Paragraph p) {
        return p.to() - p.from() <= SHORT;
    }

    private static boolean allNumbers(Tokens t, List<Paragraph> lines, int from, int k) {
        return all(lines, from, k, p -> isNumber(t, p));
    }

    /** Whether the {@code k} lines from {@code from} are all there and all pass {@code test}. */
    static boolean all(List<Paragraph> lines, int from, int k, java.util.function.Predicate<Paragraph> test) {
        for (int c = 0; c < k; c++) {
            if (from + c >= lines.size() || !test.test(lines.get(from + c))) {
                return false;
            }
        }
        return true;
    }

    /** A line that is one number, perhaps signed or with '%'. */
    static boolean isNumber(Tokens t, Paragraph p) {
        int numbers = 0;
        for (int i = p.from(); i < p.to(); i++) {
            if (t.isNumber(i)) {
                numbers++;
            } else if (!(t.is(i, '%') || t.is(i, '-') || t.is(i, '+'))) {
                return false;
            }
        }
        return numbers == 1;
    }

    static String text(Tokens t, Paragraph p) {
        return t.span(p.from(), p.to());
    }
}
