package vn.baocao.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** indicators.html (every indicator with figures) and a page per indicator, indicator/CODE.html. */
final class IndicatorPages {

    private IndicatorPages() {
    }

    static int write(Connection c, Path site) throws SQLException, IOException {
        List<IndicatorData.Indicator> indicators = IndicatorData.indicators(c);
        Map<String, List<YoyPoint>> points = IndicatorData.points(c);
        Path folder = Files.createDirectories(site.resolve("indicator"));
        Set<String> pages = new HashSet<>();
        HtmlTable t = new HtmlTable("indicators", List.of("Chỉ tiêu", "Mã", "Nhóm", "Đơn vị", "Số liệu", "Địa bàn", "Lệch cùng kỳ"));
        for (IndicatorData.Indicator i : indicators) {
            String name = i.code() + ".html";
            pages.add(name);
            Files.writeString(folder.resolve(name), IndicatorPage.render(i, points.getOrDefault(i.code(), List.of())), StandardCharsets.UTF_8);
            t.row(i.disagreements() > 0 ? "disagree" : null, HtmlTable.link("indicator/" + name, i.name()), "<code>" + Html.esc(i.code()) + "</code>",
                    Html.esc(i.family()), Html.esc(i.unit()), Integer.toString(i.figures()), Integer.toString(i.areas()),
                    i.disagreements() == 0 ? "" : "⚠ " + i.disagreements());
        }
        try (Stream<Path> old = Files.list(folder)) {
            for (Path p : (Iterable<Path>) old.filter(p -> !pages.contains(p.getFileName().toString()))::iterator) {
                Files.delete(p); // an indicator no longer in the warehouse
            }
        }
        String body = "<h1>Chỉ tiêu</h1>\n" + (indicators.isEmpty() ? "<p>Chưa có số liệu nào.</p>\n" : t.html());
        Files.writeString(site.resolve("indicators.html"), Layout.page("Chỉ tiêu", "", body), StandardCharsets.UTF_8);
        return indicators.size();
    }
}
