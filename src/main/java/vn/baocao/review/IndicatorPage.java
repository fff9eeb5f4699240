package vn.baocao.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.baocao.warehouse.ReadableValue;

/**
 * The page of one indicator: for each area, a chart of the same part of the year across years (the level as bars,
 * the change computed from the levels as a line, the change the reports stated as points, red where the two
 * disagree), the same figures as a table, and achievement against the year's target. The charts are drawn by
 * ECharts (bundled) from the data in the page, when they scroll into view.
 */
final class IndicatorPage {

    private IndicatorPage() {
    }

    static String render(IndicatorData.Indicator indicator, List<YoyPoint> points) {
        Map<String, List<YoyPoint>> byArea = new LinkedHashMap<>();
        points.forEach(p -> byArea.computeIfAbsent(p.areaKey(), k -> new java.util.ArrayList<>()).add(p));
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(Html.esc(indicator.name())).append("</h1>\n<p class=\"sub\"><code>").append(Html.esc(indicator.code()))
                .append("</code> · nhóm ").append(Html.esc(indicator.family())).append(" · đơn vị ").append(Html.esc(indicator.unit()))
                .append(" · ").append(indicator.figures()).append(" số liệu, ").append(indicator.areas()).append(" địa bàn</p>\n");
        if (byArea.isEmpty()) {
            body.append("<p>Chưa có mức thực hiện nào của chỉ tiêu này để so sánh cùng kỳ (chỉ có tỷ lệ, kế hoạch hoặc số liệu không rõ kỳ).</p>\n");
        }
        StringBuilder data = new StringBuilder("<script type=\"application/json\" id=\"charts\">[");
        int n = 0;
        for (Map.Entry<String, List<YoyPoint>> area : byArea.entrySet()) {
            List<YoyPoint> yoy = area.getValue().stream().filter(p -> p.kind().equals("yoy")).toList();
            List<YoyPoint> target = area.getValue().stream().filter(p -> p.kind().equals("target")).toList();
            body.append("<section class=\"area\"><h2>").append(Html.esc(area.getKey())).append("</h2>\n");
            if (!yoy.isEmpty()) {
                body.append(chart("chart", n, indicator.name() + ", " + area.getKey())).append(yoyTable(yoy, indicator.unit()));
            }
            if (!target.isEmpty()) {
                body.append(chart("chart target", n, indicator.name() + ", " + area.getKey() + ": kế hoạch"))
                        .append(targetTable(target, indicator.unit()));
            }
            body.append("</section>\n");
            data.append(n == 0 ? "" : ",\n").append(ChartData.json(indicator, area.getKey(), yoy, target));
            n++;
        }
        body.append(data).append("]</script>\n");
        return Layout.page(indicator.name(), "../", body.toString(), "echarts.min.js", "review.js");
    }

    private static String chart(String cssClass, int data, String label) {
        return "<div class=\"" + cssClass + "\" data-chart=\"" + data + "\" role=\"img\" aria-label=\"" + Html.esc(label) + "\"></div>\n";
    }

    private static String yoyTable(List<YoyPoint> yoy, String unit) {
        if (yoy.isEmpty()) {
            return "";
        }
        HtmlTable t = new HtmlTable("yoy", List.of("Kỳ", "Giá trị", "Cùng kỳ năm trước", "Nguồn", "Tăng/giảm tính được", "Báo cáo nêu", "Lệch", "Văn bản"));
        for (YoyPoint p : yoy) {
            boolean bad = Boolean.TRUE.equals(p.disagrees());
            t.row(bad ? "disagree" : null, Html.esc(PeriodLabel.of(p.periodStart(), p.periodEnd())), Html.esc(ReadableValue.of(p.value(), unit)),
                    Html.esc(ReadableValue.of(p.other(), unit)), Html.esc(source(p.source())), Html.esc(ReadableValue.of(p.computed(), "percent")),
                    Html.esc(ReadableValue.of(p.stated(), "percent")), bad ? "⚠ lệch" : "", Html.esc(p.sourceFile()));
        }
        return "<h3>So sánh cùng kỳ</h3>\n" + t.html();
    }

    private static String targetTable(List<YoyPoint> target, String unit) {
        if (target.isEmpty()) {
            return "";
        }
        HtmlTable t = new HtmlTable("target", List.of("Kỳ", "Giá trị", "Kế hoạch năm", "% kế hoạch tính được", "Báo cáo nêu", "Lệch", "Văn bản"));
        for (YoyPoint p : target) {
            boolean bad = Boolean.TRUE.equals(p.disagrees());
            t.row(bad ? "disagree" : null, Html.esc(PeriodLabel.of(p.periodStart(), p.periodEnd())), Html.esc(ReadableValue.of(p.value(), unit)),
                    Html.esc(ReadableValue.of(p.other(), unit)), Html.esc(ReadableValue.of(p.computed(), "percent")),
                    Html.esc(ReadableValue.of(p.stated(), "percent")), bad ? "⚠ lệch" : "", Html.esc(p.sourceFile()));
        }
        return "<h3>Thực hiện so với kế hoạch</h3>\n" + t.html();
    }

    private static String source(String source) {
        return source == null ? "" : source.equals("loaded") ? "đã nạp" : "suy từ tỷ lệ báo cáo";
    }
}
