package vn.baocao.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;
import org.apache.poi.hwpf.model.PAPX;
import org.apache.poi.hwpf.sprm.TableSprmUncompressor;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.TableCellDescriptor;
import org.apache.poi.hwpf.usermodel.TableProperties;

/**
 * One table of a Word 97-2003 file, read from its paragraphs in document order: a cell's last paragraph ends with
 * Word's cell mark, a row with a paragraph of its own that carries the row's layout (where each cell's edges stand,
 * which cells continue the one above). Not POI's {@code TableIterator}: it gives a table that ends the document (as
 * LibreOffice saves one) no rows at all. A table nested in a cell is read as that cell's text.
 *
 * <p>Word stores a cell merged across columns as one wide cell, so a two-level header ('Năm 2023' over 'Kế hoạch' and
 * 'Thực hiện') has fewer cells than the rows under it. The rows are laid on one grid of the edges of all their cells
 * and a merged cell's text is repeated into every column it covers, down and across, as {@link Table} promises.
 */
final class DocTable {

    private static final char CELL_MARK = '\u0007';
    /** Cell edges closer than this (in twips, a millimetre is 57) are one edge drawn twice. */
    private static final int SAME_EDGE = 20;

    private final int maxRows;
    private final List<Row> rows = new ArrayList<>();
    private List<String> cells = new ArrayList<>();
    private StringJoiner cell = new StringJoiner(" ");

    /** One row as stored: its cells' texts, and its layout when that describes those cells, else null. */
    private record Row(List<String> texts, TableProperties layout) {
    }

    DocTable(int maxRows) {
        this.maxRows = maxRows;
    }

    /**
     * Adds a paragraph of the table, read as {@code text}.
     *
     * @param papx the paragraph's properties as stored, where a row's end keeps the row's layout; null if unknown
     */
    void add(Paragraph p, String text, PAPX papx) throws RejectedDocumentException {
        boolean outer = p.getTableLevel() <= 1;
        if (p.isTableRowEnd()) {
            if (outer) {
                if (rows.size() >= maxRows) {
                    throw new RejectedDocumentException("table with more than " + maxRows + " rows");
                }
                rows.add(new Row(cells, layout(papx, cells.size())));
                cells = new ArrayList<>();
                cell = new StringJoiner(" ");
            }
            return;
        }
        cell.add(text);
        if (outer && p.text().indexOf(CELL_MARK) >= 0) {
            cells.add(cell.toString().strip());
            cell = new StringJoiner(" ");
        }
    }

    /** The row's layout, if it gives the {@code cells} cells found increasing edges. */
    private static TableProperties layout(PAPX papx, int cells) {
        if (papx == null) {
            return null;
        }
        TableProperties tap = TableSprmUncompressor.uncompressTAP(papx.getSprmBuf());
        short[] edges = tap.getRgdxaCenter();
        if (tap.getItcMac() != cells || edges == null || edges.length < cells + 1) {
            return null;
        }
        for (int c = 0; c < cells; c++) {
            if (edges[c + 1] <= edges[c]) {
                return null;
            }
        }
        return tap;
    }

    /** The rows on one grid, merged cells repeated where they stand; a row without a layout as it was stored. */
    List<List<String>> rows() {
        int[] grid = grid();
        List<List<String>> out = new ArrayList<>(rows.size());
        List<String> above = List.of();
        for (Row row : rows) {
            List<String> placed = row.layout() == null ? row.texts() : place(row, grid, above);
            out.add(placed);
            above = placed;
        }
        return out;
    }

    /** Every cell edge of every row. */
    private int[] grid() {
        int n = 0;
        for (Row row : rows) {
            n += row.layout() == null ? 0 : row.texts().size() + 1;
        }
        int[] all = new int[n];
        int k = 0;
        for (Row row : rows) {
            if (row.layout() != null) {
                short[] edges = row.layout().getRgdxaCenter();
                for (int c = 0; c <= row.texts().size(); c++) {
                    all[k++] = edges[c];
                }
            }
        }
        return grid(all);
    }

    /** Cell edges sorted, an edge drawn twice a few twips apart counted once. */
    static int[] grid(int[] edges) {
        int[] all = edges.clone();
        Arrays.sort(all);
        int kept = 0;
        for (int x : all) {
            if (kept == 0 || x - all[kept - 1] >= SAME_EDGE) {
                all[kept++] = x;
            }
        }
        return Arrays.copyOf(all, kept);
    }

    private static List<String> place(Row row, int[] grid, List<String> above) {
        short[] edges = row.layout().getRgdxaCenter();
        TableCellDescriptor[] merges = row.layout().getRgtc();
        List<String> out = new ArrayList<>();
        for (int k = column(grid, edges[0]); k > 0; k--) {
            out.add(""); // the row starts right of the table's left edge
        }
        for (int c = 0; c < row.texts().size(); c++) {
            int from = out.size();
            int to = Math.max(from + 1, column(grid, edges[c + 1]));
            TableCellDescriptor merge = merges != null && c < merges.length ? merges[c] : null;
            String text = row.texts().get(c);
            if (merge != null && merge.isFVertMerge() && !merge.isFVertRestart() && from < above.size()) {
                text = above.get(from); // continues the cell above
            }
            for (int k = from; k < to; k++) {
                out.add(text);
            }
        }
        return out;
    }

    /** The grid column an edge starts (the nearest grid edge, by binary search). */
    static int column(int[] grid, int edge) {
        int at = Arrays.binarySearch(grid, edge);
        if (at >= 0) {
            return at;
        }
        int next = -at - 1;
        return next > 0 && (next == grid.length || edge - grid[next - 1] < grid[next] - edge) ? next - 1 : next;
    }
}
