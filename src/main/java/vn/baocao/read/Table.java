package vn.baocao.read;

import java.util.List;

/**
 * A table as it stood in the document: rows of cell texts, merged cells
 * repeated into every position they cover, so that row r, column c is always
 * rows().get(r).get(c).
 *
 * @param index    position of the table in the document (0 for the first), or the sheet number
 * @param name     the sheet name for spreadsheets, else null
 * @param caption  the text just above the table (where 'Đơn vị tính: triệu đồng' is written), may be empty
 * @param rows     cell texts, row by row
 */
public record Table(int index, String name, String caption, List<List<String>> rows) {

    public Table {
        rows = rows.stream().map(List::copyOf).toList();
    }

    public int width() {
        return rows.stream().mapToInt(List::size).max().orElse(0);
    }

    public String cell(int row, int col) {
        List<String> r = rows.get(row);
        return col < r.size() ? r.get(col) : "";
    }
}
