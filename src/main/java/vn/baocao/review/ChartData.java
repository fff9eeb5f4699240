package vn.baocao.review;

import java.util.List;
import vn.baocao.warehouse.ReadableValue;

/**
 * One area's chart data for review.js: the levels by part of the year and year, with their computed and stated
 * changes, and the achievement against target. Values are given already scaled ('tỷ đồng' for money) and as readable
 * text, so the script only arranges them.
 */
final class ChartData {

    private ChartData() {
    }

    static String json(IndicatorData.Indicator indicator, String area, List<YoyPoint> yoy, List<YoyPoint> target) {
        double scale = indicator.unit().equals("VND") ? 1e9 : 1;
        String scaleUnit = indicator.unit().equals("VND") ? "tỷ đồng" : ReadableValue.of(1.0, indicator.unit()).replaceFirst("^1 ?", "");
        StringBuilder s = new StringBuilder("{\"title\":").append(Html.json(indicator.name() + " — " + area))
                .append(",\"unit\":").append(Html.json(scaleUnit)).append(",\"yoy\":[");
        for (int i = 0; i < yoy.size(); i++) {
            YoyPoint p = yoy.get(i);
            s.append(i == 0 ? "" : ",").append("{\"span\":").append(Html.json(PeriodLabel.span(p.periodStart(), p.periodEnd())))
                    .append(",\"year\":").append(Html.json(p.periodStart().substring(0, 4)))
                    .append(",\"value\":").append(Html.json(p.value() == null ? null : p.value() / scale))
                    .append(",\"text\":").append(Html.json(ReadableValue.of(p.value(), indicator.unit())))
                    .append(",\"computed\":").append(Html.json(p.computed()))
                    .append(",\"stated\":").append(Html.json(p.stated()))
                    .append(",\"disagrees\":").append(Boolean.TRUE.equals(p.disagrees())).append('}');
        }
        s.append("],\"target\":[");
        for (int i = 0; i < target.size(); i++) {
            YoyPoint p = target.get(i);
            s.append(i == 0 ? "" : ",").append("{\"period\":").append(Html.json(PeriodLabel.of(p.periodStart(), p.periodEnd())))
                    .append(",\"computed\":").append(Html.json(p.computed()))
                    .append(",\"stated\":").append(Html.json(p.stated()))
                    .append(",\"disagrees\":").append(Boolean.TRUE.equals(p.disagrees())).append('}');
        }
        return s.append("]}").toString();
    }
}
