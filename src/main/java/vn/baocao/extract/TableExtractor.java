package vn.baocao.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.read.Table;

/**
 * Reads statistical tables (Chỉ tiêu | ĐVT | Kế hoạch năm | Thực hiện kỳ báo cáo
 * | Cùng kỳ năm trước | So sánh % KH, % CK ...): finds the header rows (one or
 * two levels), tells each column's role from its header, matches each row's
 * name through the same dictionary as prose, and gives every figure its
 * measure, status, period, unit and cell.
 */
public final class TableExtractor {

    private static final int FLAGS = Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE;
    private static final Pattern HEADER_WORD = Pattern.compile(
            "chỉ tiêu|nội dung|đvt|đơn vị|kế hoạch|thực hiện|ước|cùng kỳ|so sánh|\\bstt\\b|\\btt\\b|dự toán|lũy kế|kỳ báo cáo|\\bkh\\b|\\bth\\b", FLAGS);
    private static final Pattern NAME_HEADER = Pattern.compile("chỉ tiêu|nội dung|danh mục|hạng mục|^tên", FLAGS);
    private static final Pattern UNIT_HEADER = Pattern.compile("^(?:đvt|đơn vị tính|đơn vị|dvt)\\b", FLAGS);
    private static final Pattern NUMBER_HEADER = Pattern.compile("^(?:stt|tt|số tt|số thứ tự)$", FLAGS);
    private static final Pattern COMPARE = Pattern.compile("so sánh|%|tỷ lệ|/|tăng,? giảm|tăng/giảm", FLAGS);
    private static final Pattern PLAN = Pattern.compile("kế hoạch|(?<!\\p{L})kh(?!\\p{L})|dự toán|chỉ tiêu|mục tiêu|nghị quyết|(?<!\\p{L})nq(?!\\p{L})", FLAGS);
    private static final Pattern SAME_PERIOD = Pattern.compile("cùng kỳ|cùng kì|(?<!\\p{L})ck(?!\\p{L})|năm trước", FLAGS);
    private static final Pattern ESTIMATE = Pattern.compile("(?<!\\p{L})ước(?!\\p{L})|dự ước|ước th", FLAGS);
    private static final Pattern DONE = Pattern.compile("thực hiện|(?<!\\p{L})th(?!\\p{L})|lũy kế|kỳ báo cáo|tháng|quý|năm", FLAGS);
    private static final Pattern GROWTH = Pattern.compile("tăng|giảm", FLAGS);
    private static final Pattern UNIT_NOTE = Pattern.compile("(?:đơn vị tính|đvt)\\s*:?\\s*([\\p{L} %/.]+)", FLAGS);
    private static final Pattern NUMBERING = Pattern.compile("^\\s*(?:[ivx]+|\\d+(?:\\.\\d+)*|[a-zđ])\\s*[.)/-]\\s*|^\\s*[-–+•*]\\s*", FLAGS);

    private enum Role { NAME, NUMBER, UNIT, TARGET, ACTUAL, ESTIMATE, PREVIOUS, PCT_OF_TARGET, INDEX_SAME_PERIOD, GROWTH_SAME_PERIOD, IGNORE }

    private record Column(int index, Role role, String header, Period period) {
    }

    private final IndicatorDictionary dictionary;
    private final PeriodParser periods = new PeriodParser();

    public TableExtractor(IndicatorDictionary dictionary) {
        this.dictionary = dictionary;
    }

    public List<Observation> extract(Table table, DocumentMetadata meta) {
        List<Observation> out = new ArrayList<>();
        int headerStart = headerStart(table);
        if (headerStart < 0) {
            return out;
        }
        int headerEnd = headerEnd(table, headerStart);
        List<Column> columns = columns(table, headerStart, headerEnd, meta);
        Column nameCol = columns.stream().filter(c -> c.role() == Role.NAME).findFirst().orElse(null);
        if (nameCol == null) {
            return out;
        }
        Optional<Column> unitCol = columns.stream().filter(c -> c.role() == Role.UNIT).findFirst();
        String tableUnit = unitNote(table, headerStart);
        StringBuilder section = new StringBuilder(IndicatorDictionary.fold(table.caption() + " " + (table.name() == null ? "" : table.name())));
        for (int i = headerEnd; i < table.rows().size(); i++) {
            final int r = i;
            String name = NUMBERING.matcher(table.cell(r, nameCol.index())).replaceFirst("").strip();
            if (name.isEmpty()) {
                continue;
            }
            String folded = IndicatorDictionary.fold(name);
            boolean hasValues = columns.stream().anyMatch(c -> valueRole(c.role()) && number(table.cell(r, c.index())).isPresent());
            if (!hasValues) {
                section.append(' ').append(folded); // a section heading row: 'III. An ninh, trật tự'
                continue;
            }
            String unitText = unitCol.map(c -> table.cell(r, c.index())).filter(s -> !s.isBlank()).orElse(tableUnit);
            UnitOf unit = unitOf(unitText);
            Optional<Indicator> indicator = indicatorFor(folded, unit, section.toString());
            if (indicator.isEmpty()) {
                continue;
            }
            for (Column c : columns) {
                if (!valueRole(c.role())) {
                    continue;
                }
                Optional<BigDecimal> n = number(table.cell(r, c.index()));
                if (n.isEmpty()) {
                    continue;
                }
                observation(indicator.get(), c, n.get().doubleValue(), unit, meta, table, r, name).ifPresent(out::add);
            }
        }
        return out;
    }

    private Optional<Observation> observation(Indicator ind, Column c, double raw, UnitOf unit, DocumentMetadata meta,
                                              Table table, int row, String name) {
        Period docPeriod = c.period() != null ? c.period() : meta.period();
        String measure;
        String status;
        double value;
        Period period = docPeriod;
        switch (c.role()) {
            case TARGET -> {
                measure = Measure.VALUE.code();
                status = "target";
                value = raw * unit.factor();
                Integer year = c.period() != null ? Integer.valueOf(c.period().year()) : meta.targetYear();
                period = year == null ? docPeriod : Period.year(year);
            }
            case ACTUAL, ESTIMATE -> {
                measure = Measure.VALUE.code();
                status = c.role() == Role.ESTIMATE ? "estimate" : "actual";
                value = raw * unit.factor();
            }
            case PREVIOUS -> {
                measure = Measure.PREV_VALUE.code();
                status = "actual";
                value = raw * unit.factor();
                boolean headerNamesMonths = c.period() != null && !(c.period().start().getMonthValue() == 1 && c.period().end().getMonthValue() == 12);
                period = headerNamesMonths ? c.period() : meta.period() == null ? c.period() : meta.period().minusYears(1);
            }
            case PCT_OF_TARGET -> {
                measure = Measure.PCT_OF_TARGET.code();
                status = ESTIMATE.matcher(c.header()).find() ? "estimate" : "actual";
                value = raw;
            }
            case INDEX_SAME_PERIOD, GROWTH_SAME_PERIOD -> {
                if (ind.unit() == Unit.PERCENT) {
                    return Optional.empty(); // the change of a rate: points or percent is not said
                }
                measure = Measure.YOY_PCT.code();
                status = ESTIMATE.matcher(c.header()).find() ? "estimate" : "actual";
                value = c.role() == Role.INDEX_SAME_PERIOD ? Math.round((raw - 100) * 1e6) / 1e6 : raw;
            }
            default -> {
                return Optional.empty();
            }
        }
        boolean levelOk = !measure.equals("value") && !measure.equals("prev_value") || ind.unit().accepts(unit.unit()) || unit.unit() == Unit.OTHER;
        if (!levelOk) {
            return Optional.empty();
        }
        if (measure.equals("value") && ind.unit() == Unit.PERCENT && unit.unit() != Unit.PERCENT && unit.unit() != Unit.OTHER) {
            return Optional.empty();
        }
        String where = "table " + (table.index() + 1) + (table.name() == null ? "" : " '" + table.name() + "'") + ", row " + (row + 1)
                + ", column " + (c.index() + 1);
        String evidence = where + ": " + name + " | " + c.header() + " = " + table.cell(row, c.index());
        return Optional.of(new Observation(ind.code(), measure, status, value, null, null, ind.unit().code(), period, evidence,
                null, null, "table:" + ind.code() + " / " + c.role().name().toLowerCase(java.util.Locale.ROOT),
                new Observation.Cell(table.index(), row, c.index())));
    }

    private static boolean valueRole(Role r) {
        return r != Role.NAME && r != Role.NUMBER && r != Role.UNIT && r != Role.IGNORE;
    }

    /** The first row that reads as a header: several filled cells, header words among them. */
    private static int headerStart(Table t) {
        for (int r = 0; r < Math.min(t.rows().size(), 15); r++) {
            List<String> row = t.rows().get(r);
            long filled = row.stream().filter(s -> !s.isBlank()).count();
            long headerish = row.stream().filter(s -> HEADER_WORD.matcher(IndicatorDictionary.fold(s)).find()).count();
            if (filled >= 2 && headerish >= 1) {
                return r;
            }
        }
        return -1;
    }

    /** Header rows go on while no cell beyond the first two holds a number: a second level ('KH', 'TH', '% CK'). */
    private static int headerEnd(Table t, int start) {
        int r = start + 1;
        while (r < t.rows().size() && r < start + 3) {
            List<String> row = t.rows().get(r);
            boolean numbers = false;
            for (int c = 1; c < row.size(); c++) {
                if (number(row.get(c)).isPresent() || row.get(c).strip().matches("\\(\\d{1,2}\\)")) {
                    numbers = true;
                }
            }
            boolean numbered = t.cell(r, 0).strip().matches("(?i)[ivx]+\\.?|\\d+\\.?|[a-z]\\)?");
            if (numbers || numbered) {
                break;
            }
            r++;
        }
        // a row of column numbers ('(1) (2) (3)' or '1 2 3') right under the header is not data
        if (r < t.rows().size() && t.rows().get(r).stream().filter(s -> !s.isBlank()).allMatch(s -> s.strip().matches("\\(?[0-9A-Z]{1,2}\\)?(=.*)?"))) {
            r++;
        }
        return r;
    }

    private List<Column> columns(Table t, int start, int end, DocumentMetadata meta) {
        List<Column> cols = new ArrayList<>();
        Integer year = meta.period() == null ? null : meta.period().year();
        List<List<String>> headerRows = new ArrayList<>();
        for (int r = start; r < end; r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < t.width(); c++) {
                String v = t.cell(r, c).strip();
                // A merged header cell read without its merge: it spans the empty cells to its right
                // that have sub-headers below them ('Ước thực hiện 6 tháng' over 'Giá trị' | '% KH').
                if (v.isEmpty() && c > 0 && r + 1 < end && !t.cell(r + 1, c).isBlank() && !row.get(c - 1).isEmpty()) {
                    v = row.get(c - 1);
                }
                row.add(v);
            }
            headerRows.add(row);
        }
        boolean nameSeen = false;
        for (int c = 0; c < t.width(); c++) {
            StringBuilder h = new StringBuilder();
            for (List<String> row : headerRows) {
                String cell = row.get(c);
                if (!cell.isEmpty() && !h.toString().contains(cell)) {
                    h.append(h.isEmpty() ? "" : " ").append(cell);
                }
            }
            String header = h.toString();
            String f = IndicatorDictionary.fold(header);
            Role role;
            if (NUMBER_HEADER.matcher(f).find()) {
                role = Role.NUMBER;
            } else if (!nameSeen && (NAME_HEADER.matcher(f).find() || c <= 1 && f.isBlank())) {
                role = Role.NAME;
                nameSeen = true;
            } else if (UNIT_HEADER.matcher(f).find()) {
                role = Role.UNIT;
            } else if (COMPARE.matcher(f).find() && (PLAN.matcher(f).find() || SAME_PERIOD.matcher(f).find())) {
                int plan = firstIndex(PLAN, f);
                int same = firstIndex(SAME_PERIOD, f);
                role = plan >= 0 && (same < 0 || plan < same) && !lastIsSamePeriod(f) ? Role.PCT_OF_TARGET
                        : GROWTH.matcher(f).find() ? Role.GROWTH_SAME_PERIOD : Role.INDEX_SAME_PERIOD;
            } else if (SAME_PERIOD.matcher(f).find()) {
                role = Role.PREVIOUS;
            } else if (PLAN.matcher(f).find() && !DONE.matcher(f.replaceAll("kế hoạch năm|kh năm|năm \\d{4}", "")).find()) {
                role = Role.TARGET;
            } else if (ESTIMATE.matcher(f).find()) {
                role = Role.ESTIMATE;
            } else if (DONE.matcher(f).find() || periods.first(f).isPresent()) {
                role = Role.ACTUAL;
            } else {
                role = Role.IGNORE;
            }
            Period period = periods.findAll(f, year).stream().map(PeriodParser.Mention::period).findFirst().orElse(null);
            cols.add(new Column(c, role, header, period));
        }
        return cols;
    }

    /** 'TH/CK' compares with the same period; 'TH/KH' with the plan: the denominator is what follows the slash. */
    private static boolean lastIsSamePeriod(String f) {
        int slash = f.lastIndexOf('/');
        return slash >= 0 && SAME_PERIOD.matcher(f.substring(slash)).find();
    }

    private static int firstIndex(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.start() : -1;
    }

    /** 'Đơn vị tính: triệu đồng' in the caption or a title row above the header. */
    private static String unitNote(Table t, int headerStart) {
        StringBuilder above = new StringBuilder(t.caption());
        for (int r = 0; r < headerStart; r++) {
            above.append(' ').append(String.join(" ", t.rows().get(r)));
        }
        Matcher m = UNIT_NOTE.matcher(IndicatorDictionary.fold(above.toString()));
        return m.find() ? m.group(1).strip() : "";
    }

    private record UnitOf(Unit unit, double factor) {
    }

    private static UnitOf unitOf(String text) {
        String f = IndicatorDictionary.fold(text).replace(".", "").strip();
        if (f.isEmpty()) {
            return new UnitOf(Unit.OTHER, 1);
        }
        if (f.contains("%")) {
            return new UnitOf(Unit.PERCENT, 1);
        }
        String mult = null;
        for (String m : new String[] {"nghìn tỷ", "ngàn tỷ", "tỷ", "tỉ", "triệu", "trđ", "nghìn", "ngàn"}) {
            if (f.startsWith(m)) {
                mult = m;
                f = f.substring(m.length()).strip();
                break;
            }
        }
        String word = f.isEmpty() ? null : f.split("\\s*/\\s*")[0].strip();
        Unit unit = QuantityScanner.unitOf(word == null || word.isEmpty() ? null : word, mult, false);
        return new UnitOf(unit, QuantityScanner.factorOf(mult, word));
    }

    private Optional<Indicator> indicatorFor(String name, UnitOf unit, String section) {
        PhraseHit best = null;
        for (PhraseHit h : dictionary.find(name)) {
            Indicator ind = h.indicator();
            if (unit.unit() != Unit.OTHER && !ind.unit().accepts(unit.unit()) && !(ind.unit() == Unit.PERCENT && unit.unit() == Unit.PERCENT)) {
                continue;
            }
            if (ind.exclude().stream().anyMatch(name::contains)) {
                continue;
            }
            if (!ind.context().isEmpty() && ind.context().stream().noneMatch(alt -> allIn(alt, section + " " + name))) {
                continue;
            }
            if (best == null || (h.end() - h.start()) > (best.end() - best.start())) {
                best = h;
            }
        }
        return Optional.ofNullable(best).map(PhraseHit::indicator);
    }

    private static boolean allIn(String alternative, String text) {
        for (String part : alternative.split("&")) {
            if (!text.contains(part.trim())) {
                return false;
            }
        }
        return true;
    }

    /** A cell's number: Vietnamese format, '%' and spaces allowed; '-', 'x', text: none. */
    static Optional<BigDecimal> number(String cell) {
        String s = cell.replace("%", "").replace("\u00A0", " ").strip();
        if (s.isEmpty() || !s.matches("[-+]?\\d[\\d.,\\s]*")) {
            return Optional.empty();
        }
        try {
            return Optional.of(VietnameseNumber.parse(s.replace(" ", "")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
