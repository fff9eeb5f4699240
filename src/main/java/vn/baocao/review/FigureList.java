package vn.baocao.review;

import java.util.List;
import vn.baocao.warehouse.ReadableValue;

/** Every figure of a document as a list (also those that could not be put on the text), and as data for review.js. */
final class FigureList {

    private FigureList() {
    }

    static String html(List<Figure> figures) {
        StringBuilder s = new StringBuilder("<h2>Tất cả số liệu (").append(figures.size()).append(")</h2>\n")
                .append("<div class=\"scroll\"><table class=\"list figures\"><thead><tr><th>Chỉ tiêu</th><th>Thước đo</th>")
                .append("<th>Trạng thái</th><th>Kỳ</th><th>Giá trị</th><th>Vị trí</th><th>Sửa</th></tr></thead><tbody>\n");
        for (Figure f : figures) {
            s.append("<tr data-fig=\"").append(Html.esc(f.id())).append("\"><td><a href=\"#").append(Html.esc(f.id())).append("\">")
                    .append(Html.esc(f.indicatorName() == null ? f.indicator() : f.indicatorName())).append("</a></td><td>")
                    .append(Html.esc(Words.measure(f.measure()))).append("</td><td>").append(Html.esc(Words.status(f.status())))
                    .append("</td><td>").append(Html.esc(f.period())).append("</td><td class=\"n\">").append(Html.esc(f.readable()))
                    .append("</td><td>").append(Html.esc(where(f))).append("</td><td>").append(Html.esc(Words.correction(f.correction())))
                    .append("</td></tr>\n");
        }
        return s.append("</tbody></table></div>\n").toString();
    }

    /** The figures as JSON by id, for the hover details and the correction line. */
    static String data(List<Figure> figures) {
        StringBuilder s = new StringBuilder("<script type=\"application/json\" id=\"figures\">{");
        boolean first = true;
        for (Figure f : figures) {
            if (!first) {
                s.append(",\n");
            }
            first = false;
            s.append(Html.json(f.id())).append(":{")
                    .append("\"indicator\":").append(Html.json(f.indicator()))
                    .append(",\"name\":").append(Html.json(f.indicatorName()))
                    .append(",\"measure\":").append(Html.json(Words.measure(f.measure()) + " (" + f.measure() + ")"))
                    .append(",\"status\":").append(Html.json(Words.status(f.status()) + " (" + f.status() + ")"))
                    .append(",\"period\":").append(Html.json(f.period()))
                    .append(",\"area\":").append(Html.json(f.area()))
                    .append(",\"value\":").append(Html.json(f.readable()))
                    .append(",\"rule\":").append(Html.json(f.rule()))
                    .append(",\"evidence\":").append(Html.json(f.evidence()))
                    .append(",\"where\":").append(Html.json(where(f)))
                    .append(",\"correction\":").append(Html.json(correction(f)))
                    .append(",\"line\":").append(Html.json(CorrectionLine.of(f)))
                    .append('}');
        }
        return s.append("}</script>\n").toString();
    }

    static String where(Figure f) {
        if (f.inTable()) {
            return "bảng " + (f.tableIndex() + 1) + ", dòng " + f.tableRow() + ", cột " + f.tableCol();
        }
        return f.charStart() == null ? "" : "ký tự " + f.charStart() + "–" + f.charEnd();
    }

    /** The correction in force, with what was read when it changed the figure; null when nobody reviewed it. */
    static String correction(Figure f) {
        if (f.correction() == null) {
            return null;
        }
        StringBuilder s = new StringBuilder(Words.correction(f.correction())).append(" (dòng ").append(f.correctionLine()).append(')');
        if ("change".equals(f.correction())) {
            s.append("; đã đọc: ").append(f.extractedIndicator()).append(' ')
                    .append(ReadableValue.of(f.extractedValue(), f.measureUnit()));
        }
        if (f.correctionNote() != null) {
            s.append(" — ").append(f.correctionNote());
        }
        return s.toString();
    }
}
