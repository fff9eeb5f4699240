package vn.baocao.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * 'Coverage': reporting units by period, which reports arrived, which were rejected, and which are missing compared
 * with the same part of earlier years. Rows come in pages of {@link #ROWS} units (coverage.html, coverage-2.html ...).
 */
final class CoveragePage {

    static final int ROWS = 300;

    private CoveragePage() {
    }

    static void write(Connection c, Path site, List<DocumentInfo> docs) throws SQLException, IOException {
        Coverage coverage = new Coverage(cells(c));
        List<Coverage.Row> rows = coverage.rows();
        int pages = Pager.count(rows.size(), ROWS);
        for (int p = 0; p < pages; p++) {
            StringBuilder body = new StringBuilder("<h1>Độ phủ: đơn vị nào đã báo cáo kỳ nào</h1>\n");
            body.append("""
                    <p class="legend"><span class="cov loaded">✓</span> đã nạp <span class="cov rejected">✗</span> bị từ chối
                    <span class="cov missing">thiếu</span> chưa có, dù đơn vị đã báo cáo cùng kỳ những năm trước</p>
                    """);
            body.append(matrix(coverage, rows.subList(p * ROWS, Math.min(rows.size(), (p + 1) * ROWS))));
            body.append(Pager.html("coverage.html", "coverage", p, pages));
            if (p == 0) {
                body.append(unplaced(docs));
            }
            String name = p == 0 ? "coverage.html" : "coverage-" + (p + 1) + ".html";
            Files.writeString(site.resolve(name), Layout.page("Độ phủ", "", body.toString()), StandardCharsets.UTF_8);
        }
    }

    private static List<Coverage.Cell> cells(Connection c) throws SQLException {
        List<Coverage.Cell> cells = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT coalesce(r.area_key, 'name:' || coalesce(r.area_level, '?') || ':' || lower(r.area)) AS area_id,
                       min(coalesce(r.area_type || ' ', '') || r.area), min(p.name),
                       strftime(r.period_start, '%Y-%m') AS ps, strftime(r.period_end, '%Y-%m') AS pe,
                       count(*) FILTER (WHERE r.loaded_sha256 IS NOT NULL), count(*) FILTER (WHERE r.status = 'rejected'),
                       min(r.loaded_sha256)
                FROM document_register r
                LEFT JOIN dim_area a ON a.area_key = r.area_key
                LEFT JOIN dim_area p ON p.area_key = a.province_key
                WHERE r.area IS NOT NULL AND r.period_start IS NOT NULL AND r.period_end IS NOT NULL
                GROUP BY area_id, ps, pe""")) {
            while (rs.next()) {
                cells.add(new Coverage.Cell(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getInt(6), rs.getInt(7), rs.getString(8)));
            }
        }
        return cells;
    }

    private static String matrix(Coverage coverage, List<Coverage.Row> rows) {
        if (rows.isEmpty()) {
            return "<p>Chưa có văn bản nào có địa bàn và kỳ báo cáo.</p>\n";
        }
        StringBuilder s = new StringBuilder("<div class=\"scroll\"><table class=\"coverage\"><thead><tr><th rowspan=\"2\">Tỉnh</th>")
                .append("<th rowspan=\"2\">Đơn vị</th>");
        // Header row 1: the part of the year, spanning its years; row 2: the years.
        List<Coverage.Period> periods = coverage.periods();
        for (int i = 0; i < periods.size(); ) {
            int j = i;
            while (j < periods.size() && periods.get(j).span().equals(periods.get(i).span())) {
                j++;
            }
            s.append("<th colspan=\"").append(j - i).append("\">").append(Html.esc(periods.get(i).span())).append("</th>");
            i = j;
        }
        s.append("</tr><tr>");
        periods.forEach(p -> s.append("<th>").append(p.year()).append("</th>"));
        s.append("</tr></thead><tbody>\n");
        for (Coverage.Row row : rows) {
            s.append("<tr><td>").append(Html.esc(row.province())).append("</td><th class=\"unit\">").append(Html.esc(row.label()))
                    .append(" <span class=\"key\">").append(Html.esc(row.areaId())).append("</span></th>");
            for (Coverage.Period p : periods) {
                s.append(cell(coverage, row, p));
            }
            s.append("</tr>\n");
        }
        return s.append("</tbody></table></div>\n").toString();
    }

    private static String cell(Coverage coverage, Coverage.Row row, Coverage.Period p) {
        Coverage.Cell c = coverage.cell(row, p);
        String title = Html.esc(row.label() + ", " + PeriodLabel.of(p.start(), p.end()));
        return switch (coverage.state(row, p)) {
            case LOADED -> "<td class=\"cov loaded\" title=\"" + title + "\">"
                    + HtmlTable.link(c.sha256() == null ? null : "doc/" + c.sha256() + ".html", c.loaded() > 1 ? "✓" + c.loaded() : "✓") + "</td>";
            case REJECTED -> "<td class=\"cov rejected\" title=\"" + title + ": bị từ chối\">✗</td>";
            case MISSING -> "<td class=\"cov missing\" title=\"" + title + ": chưa có báo cáo\">thiếu</td>";
            case NONE -> "<td class=\"cov\"></td>";
        };
    }

    /** Files the matrix cannot place: no area or no period (most rejected files, which were never read). */
    private static String unplaced(List<DocumentInfo> docs) {
        List<DocumentInfo> without = docs.stream().filter(d -> d.area() == null || d.periodStart() == null).toList();
        if (without.isEmpty()) {
            return "";
        }
        HtmlTable t = new HtmlTable("documents", List.of("Văn bản", "Trạng thái", "Địa bàn", "Kỳ", "Lý do"));
        without.stream().limit(InboxPages.PAGE).forEach(d -> t.row(d.status().equals("rejected") ? "rejected" : null,
                HtmlTable.link(d.page(), d.sourceFile()), Html.esc(d.status().equals("rejected") ? "bị từ chối" : "đã nạp"),
                Html.esc(d.areaLabel()), Html.esc(d.period()), Html.esc(d.reason())));
        return "<h2>Chưa rõ địa bàn hoặc kỳ báo cáo (" + without.size() + ")</h2>\n" + t.html();
    }
}
