package vn.baocao.review;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.baocao.read.Table;

/** A table of the document as an HTML table, the cells its figures were read from highlighted. */
final class TableMarkup {

    /** Rows shown of one table: a sheet of 200 000 rows would make a page no browser opens; figures' rows are always shown. */
    static final int MAX_ROWS = 2000;

    private int marked;

    int marked() {
        return marked;
    }

    String render(Table table, List<Figure> figures) {
        Map<String, List<Figure>> byCell = new HashMap<>();
        figures.forEach(f -> byCell.computeIfAbsent(f.tableRow() + ":" + f.tableCol(), k -> new java.util.ArrayList<>()).add(f));
        StringBuilder out = new StringBuilder();
        out.append("<section class=\"table\"><h3>Bảng ").append(table.index() + 1)
                .append(table.name() == null ? "" : ": " + Html.esc(table.name())).append("</h3>\n");
        if (table.caption() != null && !table.caption().isBlank()) {
            out.append("<p class=\"caption\">").append(Html.esc(table.caption())).append("</p>\n");
        }
        out.append("<div class=\"scroll\"><table class=\"src\">\n");
        int hidden = 0;
        int width = table.width();
        for (int r = 0; r < table.rows().size(); r++) {
            final int row = r;
            if (r >= MAX_ROWS && byCell.keySet().stream().noneMatch(k -> k.startsWith(row + ":"))) {
                hidden++;
                continue;
            }
            out.append("<tr><th class=\"rowno\">").append(r).append("</th>");
            for (int c = 0; c < width; c++) {
                List<Figure> here = byCell.get(r + ":" + c);
                String cell = Html.esc(table.cell(r, c));
                if (here == null) {
                    out.append("<td>").append(cell).append("</td>");
                    continue;
                }
                out.append("<td class=\"hit\">").append(TextMarkup.mark(here.get(0), "mark")).append(cell).append("</mark>");
                for (Figure extra : here.subList(1, here.size())) {
                    out.append(TextMarkup.mark(extra, "mark")).append("◆</mark>");
                }
                marked += here.size();
                out.append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</table></div>");
        if (hidden > 0) {
            out.append("<p class=\"note\">").append(hidden).append(" dòng không có số liệu nào không được hiển thị.</p>");
        }
        return out.append("</section>\n").toString();
    }
}
