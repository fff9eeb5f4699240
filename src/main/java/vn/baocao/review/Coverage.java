package vn.baocao.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which reporting unit sent which period's report: for each unit and period, loaded, rejected, or missing (the unit
 * reported the same part of an earlier year, so its report for this one is expected), else nothing expected.
 */
final class Coverage {

    enum State { LOADED, REJECTED, MISSING, NONE }

    /** What the register holds for one unit and period. */
    record Cell(String areaId, String areaLabel, String province, String periodStart, String periodEnd, int loaded, int rejected,
                String sha256) {
    }

    /** A period column: its bounds ('YYYY-MM'); columns sort by the part of the year, then the year. */
    record Period(String start, String end) {

        String span() {
            return PeriodLabel.span(start, end);
        }

        String year() {
            return start.substring(0, 4);
        }
    }

    /** A unit's row. */
    record Row(String areaId, String label, String province) {
    }

    private final List<Period> periods;
    private final List<Row> rows;
    private final Map<String, Cell> cells = new HashMap<>();
    private final Map<String, Set<String>> spansByArea = new HashMap<>();

    Coverage(List<Cell> found) {
        // The same part of the year side by side across years: by first and last month, then year.
        Set<Period> ps = new TreeSet<>(Comparator.comparing((Period p) -> p.start().substring(5) + p.end().substring(5))
                .thenComparing(Period::start).thenComparing(Period::end));
        Map<String, Row> rs = new LinkedHashMap<>();
        for (Cell c : found) {
            Period p = new Period(c.periodStart(), c.periodEnd());
            ps.add(p);
            rs.putIfAbsent(c.areaId(), new Row(c.areaId(), c.areaLabel(), c.province()));
            cells.put(key(c.areaId(), p), c);
            spansByArea.computeIfAbsent(c.areaId(), k -> new HashSet<>()).add(p.span() + "@" + p.year());
        }
        periods = List.copyOf(ps);
        List<Row> sorted = new ArrayList<>(rs.values());
        sorted.sort(Comparator.comparing((Row r) -> r.province() == null ? "" : r.province()).thenComparing(Row::label));
        rows = List.copyOf(sorted);
    }

    List<Period> periods() {
        return periods;
    }

    List<Row> rows() {
        return rows;
    }

    Cell cell(Row row, Period p) {
        return cells.get(key(row.areaId(), p));
    }

    State state(Row row, Period p) {
        Cell c = cell(row, p);
        if (c != null && c.loaded() > 0) {
            return State.LOADED;
        }
        if (c != null) {
            return State.REJECTED;
        }
        int year = Integer.parseInt(p.year());
        Set<String> reported = spansByArea.getOrDefault(row.areaId(), Set.of());
        for (String r : reported) {
            int at = r.lastIndexOf('@');
            if (r.substring(0, at).equals(p.span()) && Integer.parseInt(r.substring(at + 1)) < year) {
                return State.MISSING;
            }
        }
        return State.NONE;
    }

    private static String key(String areaId, Period p) {
        return areaId + "|" + p.start() + "|" + p.end();
    }
}
