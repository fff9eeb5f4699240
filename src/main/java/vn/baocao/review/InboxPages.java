package vn.baocao.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * 'Runs and inbox': the recent runs, the consistency-check findings with links to the figures concerned, and every
 * document with its status, area, period, figures and rejection reason. index.html holds the first page of
 * documents and findings; the rest follow in pages of {@link #PAGE} (inbox-2.html, findings-2.html ...), so no page
 * grows with the warehouse.
 */
final class InboxPages {

    static final int PAGE = 500;
    private static final int RUNS = 20;

    private InboxPages() {
    }

    static void write(Connection c, Path site, List<DocumentInfo> docs, List<Finding> findings) throws SQLException, IOException {
        int docPages = Pager.count(docs.size(), PAGE);
        int findingPages = Pager.count(findings.size(), PAGE);
        StringBuilder first = new StringBuilder("<h1>Lần chạy và hộp thư</h1>\n");
        long rejected = docs.stream().filter(d -> d.status().equals("rejected")).count();
        long errors = findings.stream().filter(f -> f.severity().equals("error")).count();
        first.append("<p class=\"summary\"><a href=\"#documents\">").append(docs.size()).append(" văn bản</a> (").append(rejected)
                .append(" bị từ chối) · <a href=\"#findings\">").append(findings.size()).append(" phát hiện</a> (").append(errors)
                .append(" lỗi) · <a href=\"coverage.html\">độ phủ</a></p>\n");
        first.append(runs(c));
        // Documents before findings: a night with thousands of warnings must not bury the rejected files.
        first.append("<h2 id=\"documents\">Văn bản (").append(docs.size()).append(")</h2>\n");
        first.append(documents(docs, 0, docPages));
        first.append("<h2 id=\"findings\">Kết quả kiểm tra nhất quán (").append(findings.size()).append(")</h2>\n");
        first.append(findings(findings, 0, findingPages));
        Files.writeString(site.resolve("index.html"), Layout.page("Lần chạy và hộp thư", "", first.toString()), StandardCharsets.UTF_8);
        for (int p = 1; p < docPages; p++) {
            String body = "<h1>Văn bản, trang " + (p + 1) + "</h1>\n" + documents(docs, p, docPages);
            Files.writeString(site.resolve("inbox-" + (p + 1) + ".html"), Layout.page("Văn bản " + (p + 1), "", body), StandardCharsets.UTF_8);
        }
        for (int p = 1; p < findingPages; p++) {
            String body = "<h1>Kết quả kiểm tra, trang " + (p + 1) + "</h1>\n" + findings(findings, p, findingPages);
            Files.writeString(site.resolve("findings-" + (p + 1) + ".html"), Layout.page("Kiểm tra " + (p + 1), "", body), StandardCharsets.UTF_8);
        }
    }

    private static String runs(Connection c) throws SQLException {
        HtmlTable t = new HtmlTable("runs", List.of("Lần chạy", "Bắt đầu", "Kết thúc", "Tệp", "Không đổi", "Trùng", "Đã nạp", "Bị từ chối",
                "Số liệu", "Đọc lại tất cả"));
        int n = 0;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT run_id, strftime(started_at, '%Y-%m-%d %H:%M:%S'), strftime(finished_at, '%Y-%m-%d %H:%M:%S'), files_seen,
                       skipped_unchanged, skipped_duplicate, loaded, rejected, observations, forced
                FROM run_log ORDER BY started_at DESC LIMIT""" + " " + RUNS)) {
            while (rs.next()) {
                n++;
                t.row(rs.getInt(8) > 0 ? "bad" : null, Html.esc(rs.getString(1)), Html.esc(rs.getString(2)), Html.esc(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getBoolean(10) ? "có" : "");
            }
        }
        return "<h2>Các lần chạy gần đây</h2>\n" + (n == 0 ? "<p>Chưa có lần chạy nào.</p>\n" : t.html());
    }

    private static String findings(List<Finding> findings, int page, int pages) {
        if (findings.isEmpty()) {
            return "<p>Không có phát hiện nào.</p>\n";
        }
        HtmlTable t = new HtmlTable("findings", List.of("Mức", "Kiểm tra", "Địa bàn", "Chỉ tiêu", "Kỳ", "Văn bản", "Nội dung", "Số liệu liên quan"));
        for (Finding f : findings.subList(page * PAGE, Math.min(findings.size(), (page + 1) * PAGE))) {
            String doc = f.sha256() == null ? null : "doc/" + f.sha256() + ".html";
            StringBuilder links = new StringBuilder();
            for (int i = 0; i < f.figureIds().size(); i++) {
                links.append(i == 0 ? "" : " ").append(HtmlTable.link(doc + "#" + f.figureIds().get(i), "số liệu " + (i + 1)));
            }
            t.row(f.severity(), Html.esc(f.severity().equals("error") ? "lỗi" : "cảnh báo"), Html.esc(f.check()), Html.esc(f.area()),
                    f.indicator() == null ? "" : HtmlTable.link("indicator/" + f.indicator() + ".html", f.indicator()), Html.esc(f.period()), HtmlTable.link(doc, f.sourceFile() == null ? "" : f.sourceFile()),
                    Html.esc(f.message()) + (f.evidence() == null ? "" : "<div class=\"ev\">" + Html.esc(f.evidence()) + "</div>"),
                    links.toString());
        }
        return t.html() + Pager.html("index.html", "findings", page, pages);
    }

    private static String documents(List<DocumentInfo> docs, int page, int pages) {
        HtmlTable t = new HtmlTable("documents", List.of("Văn bản", "Trạng thái", "Địa bàn", "Kỳ báo cáo", "Loại", "Số liệu", "Lý do từ chối", "Đường dẫn"));
        for (DocumentInfo d : docs.subList(page * PAGE, Math.min(docs.size(), (page + 1) * PAGE))) {
            boolean rejected = d.status().equals("rejected");
            t.row(rejected ? "rejected" : null, HtmlTable.link(d.page(), d.sourceFile()), Html.esc(rejected ? "bị từ chối" : "đã nạp"),
                    Html.esc(d.areaLabel()) + (d.areaNote() == null ? "" : "<div class=\"ev\">" + Html.esc(d.areaNote()) + "</div>"),
                    Html.esc(d.period()), Html.esc(d.kind()), Integer.toString(d.figures()), Html.esc(d.reason()),
                    "<span class=\"path\">" + Html.esc(d.path()) + "</span>");
        }
        return t.html() + Pager.html("index.html", "inbox", page, pages);
    }
}
