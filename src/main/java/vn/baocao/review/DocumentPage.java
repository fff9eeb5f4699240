package vn.baocao.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.baocao.read.DocumentContent;
import vn.baocao.read.Table;

/**
 * The page of one document: what the register says of it, its text as read with every figure highlighted, its
 * tables, the details of the figure under the pointer, and every figure in a list with its correction line.
 */
final class DocumentPage {

    private DocumentPage() {
    }

    static String render(DocumentInfo doc, List<Figure> figures, SourceText source) {
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(Html.esc(doc.sourceFile())).append("</h1>\n");
        body.append(facts(doc, figures.size()));
        body.append(Legend.html());
        List<Figure> unplaced = new ArrayList<>();
        body.append("<div class=\"docview\"><div class=\"reading\">\n");
        if (source.problem() != null) {
            body.append("<p class=\"problem\">").append(Html.esc(source.problem())).append("</p>\n");
            unplaced.addAll(figures);
        } else {
            body.append(reading(source.content(), figures, unplaced));
        }
        body.append("</div>\n").append(panel()).append("</div>\n");
        if (!unplaced.isEmpty() && source.problem() == null) {
            body.append("<p class=\"problem\">").append(unplaced.size())
                    .append(" số liệu không đặt được lên văn bản (vị trí nằm ngoài văn bản đã đọc); xem danh sách bên dưới.</p>\n");
        }
        body.append(FigureList.html(figures));
        body.append(FigureList.data(figures));
        return Layout.page(doc.sourceFile(), "../", body.toString(), "review.js");
    }

    private static String reading(DocumentContent content, List<Figure> figures, List<Figure> unplaced) {
        StringBuilder out = new StringBuilder();
        TextMarkup text = new TextMarkup();
        List<Figure> inText = figures.stream().filter(Figure::inText).toList();
        out.append("<h2>Văn bản như đã đọc</h2>\n<div class=\"text\">")
                .append(text.render(content.text().toString(), inText)).append("</div>\n");
        unplaced.addAll(text.unplaced());
        Map<Integer, List<Figure>> byTable = figures.stream().filter(Figure::inTable)
                .collect(Collectors.groupingBy(Figure::tableIndex));
        for (Table t : content.tables()) {
            out.append(new TableMarkup().render(t, byTable.getOrDefault(t.index(), List.of())));
            byTable.remove(t.index());
        }
        byTable.values().forEach(unplaced::addAll);
        figures.stream().filter(f -> !f.inText() && !f.inTable()).forEach(unplaced::add);
        return out.toString();
    }

    private static String facts(DocumentInfo doc, int figures) {
        StringBuilder s = new StringBuilder("<dl class=\"facts\">");
        item(s, "Tệp", doc.path());
        item(s, "Loại", doc.kind() + (doc.draft() ? " (dự thảo)" : ""));
        item(s, "Cơ quan ban hành", doc.issuer());
        item(s, "Số", doc.number());
        item(s, "Ngày", doc.issuedOn());
        item(s, "Địa bàn", doc.areaLabel() + (doc.areaKey() == null ? "" : " (" + doc.areaKey() + ")"));
        item(s, "Ghi chú địa bàn", doc.areaNote());
        item(s, "Kỳ báo cáo", doc.period());
        item(s, "Định dạng", doc.format());
        item(s, "Số liệu", Integer.toString(figures));
        item(s, "SHA-256", doc.sha256());
        return s.append("</dl>\n").toString();
    }

    private static void item(StringBuilder s, String label, String value) {
        if (value != null && !value.isBlank() && !value.equals("null")) {
            s.append("<dt>").append(Html.esc(label)).append("</dt><dd>").append(Html.esc(value)).append("</dd>");
        }
    }

    /** The details of the selected figure, filled in by review.js; sticky beside the text. */
    private static String panel() {
        return """
                <aside class="panel" id="panel">
                <h2>Số liệu đang chọn</h2>
                <div id="detail"><p class="hint">Di chuột lên hoặc chọn một số liệu được tô màu để xem chi tiết.</p></div>
                <h3>Dòng sửa (jobs/corrections.csv)</h3>
                <textarea id="line" readonly rows="4" aria-label="correction line"></textarea>
                <button type="button" id="copy">Sao chép dòng sửa</button> <span id="copied"></span>
                <p class="hint">Dán vào jobs/corrections.csv (tiêu đề: <code>%s</code>), đổi <code>action</code> khi cần và điền who, when, why.</p>
                </aside>
                """.formatted(Html.esc(CorrectionLine.header()));
    }
}
