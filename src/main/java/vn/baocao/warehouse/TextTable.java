package vn.baocao.warehouse;

import java.util.List;

/**
 * An aligned text table for the terminal: a header, a rule under it, one line per row, and the row count.
 * Numbers are right-aligned so their digits line up; text is left-aligned.
 *
 * @param head         the column names
 * @param rightAligned for each column, whether it holds numbers
 * @param rows         the cells, as they are to be shown
 */
public record TextTable(List<String> head, List<Boolean> rightAligned, List<List<String>> rows) {

    public TextTable {
        head = List.copyOf(head);
        rightAligned = List.copyOf(rightAligned);
        rows = rows.stream().map(List::copyOf).toList();
        if (rightAligned.size() != head.size()) {
            throw new IllegalArgumentException("one alignment per column: " + head + " " + rightAligned);
        }
    }

    public String render() {
        int n = head.size();
        int[] width = new int[n];
        for (int i = 0; i < n; i++) {
            width[i] = head.get(i).length();
            for (List<String> r : rows) {
                width[i] = Math.max(width[i], r.get(i).length());
            }
        }
        StringBuilder s = new StringBuilder();
        line(s, head, width);
        for (int i = 0; i < n; i++) {
            s.append(i > 0 ? "  " : "").append("-".repeat(width[i]));
        }
        s.append('\n');
        rows.forEach(r -> line(s, r, width));
        s.append("(").append(rows.size()).append(rows.size() == 1 ? " row)\n" : " rows)\n");
        return s.toString();
    }

    private void line(StringBuilder s, List<String> cells, int[] width) {
        for (int i = 0; i < cells.size(); i++) {
            String pad = " ".repeat(width[i] - cells.get(i).length());
            s.append(i > 0 ? "  " : "").append(rightAligned.get(i) ? pad + cells.get(i) : cells.get(i) + pad);
        }
        s.append('\n');
    }
}
