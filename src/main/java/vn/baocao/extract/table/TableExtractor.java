package vn.baocao.extract.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.baocao.extract.Observation;
import vn.baocao.extract.figure.Measure;
import vn.baocao.extract.language.Cue;
import vn.baocao.extract.language.Indicator;
import vn.baocao.extract.language.IndicatorDictionary;
import vn.baocao.extract.language.IndicatorPhrase;
import vn.baocao.extract.language.LanguageRules;
import vn.baocao.extract.language.Unit;
import vn.baocao.extract.meta.DocumentMetadata;
import vn.baocao.extract.number.VietnameseNumber;
import vn.baocao.extract.period.Period;
import vn.baocao.extract.period.PeriodContext;
import vn.baocao.extract.period.PeriodReader;
import vn.baocao.extract.text.Fold;
import vn.baocao.extract.text.PhraseIndex;
import vn.baocao.read.Table;

/**
 * Reads statistical tables (Chỉ tiêu | ĐVT | Kế hoạch năm | Thực hiện kỳ báo cáo
 * | Cùng kỳ năm trước | So sánh % KH, % CK ...) the way a statistician does:
 * finds the header rows (one or two levels), tells each column's role from the
 * words of its header (tables.csv, and the plan, same-period, estimate and
 * direction words of the prose rules), takes the unit of a row from its unit
 * column, else from a unit note above the table ('Đơn vị tính: triệu đồng'),
 * matches each row's name with the dictionary and gives every figure its
 * measure, status, period and cell.
 */
public final class TableExtractor {

    private enum Role { NAME, NUMBER, UNIT, TARGET, ACTUAL, ESTIMATE, PREVIOUS, PCT_OF_TARGET, INDEX_SAME_PERIOD, GROWTH_SAME_PERIOD, IGNORE }

    private record Column(int index, Role role, String header, Period period) {
    }

    private final IndicatorDictionary dictionary;
    private final LanguageRules rules;
    private final PeriodReader periods;

    public TableExtractor(IndicatorDictionary dictionary, LanguageRules rules) {
        this.dictionary = dictionary;
        this.rules = rules;
        this.periods = new PeriodReader(rules.periodRules());
    }

    private CellText cell(String s) {
        return new CellText(s, rules, dictionary);
    }

    /**
     * How this reader takes one header row, cell by cell ('name unit target estimate'), or a unit note
     * ('unit=VND factor=1000000'), or a row name of the whole ('total'): what the examples of tables.csv state.
     */
    public String describe(List<String> cells) {
        CellText first = cell(cells.get(0));
        CellText.UnitOf note = cells.size() == 1 ? first.unitNote() : null;
        if (note != null) {
            return "unit=" + note.unit().code() + " factor=" + BigDecimal.valueOf(note.factor()).stripTrailingZeros().toPlainString();
        }
        if (first.isOnly("total")) {
            return "total";
        }
        List<String> roles = new ArrayList<>();
        boolean nameSeen = false;
        for (int i = 0; i < cells.size(); i++) {
            Role r = role(cell(cells.get(i).strip()), i, nameSeen);
            nameSeen |= r == Role.NAME;
            roles.add(r.name().toLowerCase(java.util.Locale.ROOT));
        }
        return String.join(" ", roles);
    }

    public List<Observation> extract(Table table, DocumentMetadata meta) {
        List<Observation> out = new ArrayList<>();
        int headerStart = headerStart(table);
        if (headerStart < 0) {
            return out;
        }
        int headerEnd = headerEnd(table, headerStart);
        PeriodContext ctx = PeriodContext.of(meta.period() == null ? meta.date() == null ? null : meta.date().getYear()
                : Integer.valueOf(meta.period().year()), meta.date(), meta.period());
        List<Column> columns = columns(table, headerStart, headerEnd, ctx);
        Column nameCol = columns.stream().filter(c -> c.role() == Role.NAME).findFirst().orElse(null);
        if (nameCol == null) {
            return out;
        }
        Optional<Column> unitCol = columns.stream().filter(c -> c.role() == Role.UNIT).findFirst();
        CellText.UnitOf noted = unitNote(table, headerStart);
        StringBuilder section = new StringBuilder(Fold.lower(table.caption() + " " + (table.name() == null ? "" : table.name())));
        String parent = "";
        for (int r = headerEnd; r < table.rows().size(); r++) {
            final int row = r;
            String name = table.cell(r, nameCol.index()).strip();
            if (name.isEmpty()) {
                continue;
            }
            boolean subRow = SUB_ROW.matcher(name).find();
            if (!subRow) {
                parent = Fold.lower(name); // '- Nông Lâm Ngư nghiệp (%)' under 'Tốc độ tăng GRDP (%), trong đó:' is a part of that
            }
            boolean hasValues = columns.stream().anyMatch(c -> valueRole(c.role()) && range(table.cell(row, c.index())).isPresent());
            if (!hasValues) {
                section.append(' ').append(Fold.lower(name)); // a section row: 'III. An ninh, trật tự'
                continue;
            }
            CellText.UnitOf unit = unitCol.map(c -> table.cell(row, c.index())).filter(s -> !s.isBlank()).map(s -> cell(s).unit(0))
                    .orElse(nameUnit(name).orElse(noted == null ? CellText.UnitOf.NONE : noted));
            String context = subRow ? section + " " + parent : section.toString();
            // 'Tổng số' / 'Toàn tỉnh': the row of the whole, what the table's title names
            Optional<Indicator> indicator = cell(name).isOnly("total")
                    ? indicatorFor(table.caption(), unit, context)
                    : indicatorFor(name, unit, context);
            if (indicator.isEmpty()) {
                continue;
            }
            for (Column c : columns) {
                if (!valueRole(c.role())) {
                    continue;
                }
                Optional<BigDecimal[]> n = range(table.cell(r, c.index()));
                if (n.isPresent()) {
                    BigDecimal[] v = n.get();
                    observation(indicator.get(), c, v[0].doubleValue(), v.length > 1 ? v[1].doubleValue() : null, unit, meta, table, r, name)
                            .ifPresent(out::add);
                }
            }
        }
        return out;
    }

    private Optional<Observation> observation(Indicator ind, Column c, double raw, Double rawHigh, CellText.UnitOf unit,
                                              DocumentMetadata meta, Table table, int row, String name) {
        Period docPeriod = c.period() != null ? c.period() : meta.period();
        Measure measure;
        String status;
        double value;
        Period period = docPeriod;
        boolean estimate = cell(c.header()).has(Cue.Category.STATUS, "estimate");
        switch (c.role()) {
            case TARGET -> {
                measure = Measure.VALUE;
                status = "target";
                value = raw * unit.factor();
                Integer year = c.period() != null ? Integer.valueOf(c.period().year()) : meta.targetYear();
                period = year == null ? docPeriod : Period.year(year);
            }
            case ACTUAL, ESTIMATE -> {
                measure = Measure.VALUE;
                status = c.role() == Role.ESTIMATE ? "estimate" : "actual";
                value = raw * unit.factor();
            }
            case PREVIOUS -> {
                measure = Measure.PREV_VALUE;
                status = "actual";
                value = raw * unit.factor();
                boolean headerNamesMonths = c.period() != null && c.period().months() != 12;
                period = headerNamesMonths ? c.period() : meta.period() == null ? c.period() : meta.period().minusYears(1);
            }
            case PCT_OF_TARGET -> {
                measure = Measure.PCT_OF_TARGET;
                status = estimate ? "estimate" : "actual";
                value = raw;
            }
            case INDEX_SAME_PERIOD, GROWTH_SAME_PERIOD -> {
                if (ind.isPercent() && ind.kind() != Indicator.Kind.GROWTH) {
                    return Optional.empty(); // the change of a rate: points or percent is not said
                }
                measure = ind.kind() == Indicator.Kind.GROWTH ? Measure.VALUE : Measure.YOY_PCT;
                status = estimate ? "estimate" : "actual";
                value = c.role() == Role.INDEX_SAME_PERIOD ? Math.round((raw - 100) * 1e6) / 1e6 : raw;
                Indicator growth = measure == Measure.YOY_PCT ? dictionary.growthRateOf(ind.code()).orElse(null) : null;
                if (growth != null) {
                    ind = growth;       // the growth of GRDP is the growth rate
                    measure = Measure.VALUE;
                }
            }
            default -> {
                return Optional.empty();
            }
        }
        if ((measure == Measure.VALUE || measure == Measure.PREV_VALUE) && ind.kind() != Indicator.Kind.GROWTH) {
            boolean fits = ind.isPercent() ? unit.unit() == Unit.PERCENT || unit.unit() == Unit.NONE
                    : ind.unit().accepts(unit.unit()) || unit.unit() == Unit.NONE && ind.unit() != Unit.VND;
            if (!fits) {
                return Optional.empty();
            }
        }
        Double high = rawHigh == null ? null : transform(c.role(), rawHigh, unit, value, raw);
        String where = "table " + (table.index() + 1) + (table.name() == null ? "" : " '" + table.name() + "'") + ", row " + (row + 1)
                + ", column " + (c.index() + 1);
        String evidence = where + ": " + name + " | " + c.header() + " = " + table.cell(row, c.index());
        return Optional.of(new Observation(ind.code(), measure.code(), status, value, high, null, ind.unit().code(), period, null, null,
                evidence, null, null, "table:" + ind.code() + " / " + c.role().name().toLowerCase(java.util.Locale.ROOT),
                new Observation.Cell(table.index(), row, c.index())));
    }

    /** The upper end of a range cell, changed the way its lower end was ('33.000-34.000' tỷ đồng, '10 - 11' %). */
    private static double transform(Role role, double rawHigh, CellText.UnitOf unit, double value, double raw) {
        if (role == Role.INDEX_SAME_PERIOD) {
            return Math.round((rawHigh - 100) * 1e6) / 1e6;
        }
        return raw == 0 ? rawHigh * unit.factor() : rawHigh * (value / raw);
    }

    /** 'Tổng vốn đầu tư toàn xã hội (tỷ đồng)', 'Giá trị xuất khẩu (triệu USD)': a unit in brackets at the end of a row name. */
    private Optional<CellText.UnitOf> nameUnit(String name) {
        java.util.regex.Matcher m = NAME_UNIT.matcher(name);
        if (!m.find()) {
            return Optional.empty();
        }
        CellText.UnitOf u = cell(m.group(1)).unit(0);
        return u.unit() == Unit.NONE ? Optional.empty() : Optional.of(u);
    }

    private static boolean valueRole(Role r) {
        return r != Role.NAME && r != Role.NUMBER && r != Role.UNIT && r != Role.IGNORE;
    }

    /** The first row that reads as a header: several filled cells, table words among them. */
    private int headerStart(Table t) {
        for (int r = 0; r < Math.min(t.rows().size(), 15); r++) {
            List<String> row = t.rows().get(r);
            long filled = row.stream().filter(s -> !s.isBlank()).count();
            long headerish = row.stream().filter(s -> !s.isBlank()).map(this::cell).filter(c -> c.hasTable("name") || c.hasTable("unit")
                    || c.hasTable("done") || c.hasTable("number") || c.has(Cue.Category.MEASURE, "plan")
                    || c.has(Cue.Category.MEASURE, "same_period") || c.has(Cue.Category.STATUS, "estimate")).count();
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

    private List<Column> columns(Table t, int start, int end, PeriodContext ctx) {
        List<Column> cols = new ArrayList<>();
        List<List<String>> headerRows = new ArrayList<>();
        for (int r = start; r < end; r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < t.width(); c++) {
                String v = t.cell(r, c).strip();
                // A merged header cell read without its merge spans the empty cells to its right that have sub-headers below.
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
                String v = row.get(c);
                if (!v.isEmpty() && !h.toString().contains(v)) {
                    h.append(h.isEmpty() ? "" : " ").append(v);
                }
            }
            String header = h.toString();
            CellText ct = cell(header);
            Role role = role(ct, c, nameSeen);
            if (role == Role.NAME) {
                nameSeen = true;
            }
            cols.add(new Column(c, role, header, period(headerRows, c, ctx)));
        }
        return cols;
    }

    /** The period of a column: the one its lowest header row names ('Kế hoạch năm 2023' over 'Giá trị', 'GRDP năm 2019' over '6 tháng đầu năm 2019'). */
    private Period period(List<List<String>> headerRows, int c, PeriodContext ctx) {
        for (int r = headerRows.size() - 1; r >= 0; r--) {
            String v = headerRows.get(r).get(c);
            if (!v.isEmpty()) {
                List<Period> ps = cell(v).periods(periods, ctx);
                if (!ps.isEmpty()) {
                    return ps.get(0);
                }
                java.util.regex.Matcher year = BARE_YEAR.matcher(v);
                if (year.find()) {
                    return Period.year(Integer.parseInt(year.group())); // 'Ước TH 2024': a header names its year bare
                }
            }
        }
        return null;
    }

    private Role role(CellText h, int c, boolean nameSeen) {
        if (h.isOnly("number")) {
            return Role.NUMBER;
        }
        if (!nameSeen && (h.startsWith("name") || c <= 1 && h.isEmpty())) {
            return Role.NAME;
        }
        if (h.startsWith("unit")) {
            return Role.UNIT;
        }
        int plan = h.first(Cue.Category.MEASURE, "plan");
        int same = h.first(Cue.Category.MEASURE, "same_period");
        boolean compare = h.hasTable("compare") || h.has(Cue.Category.MEASURE, "compare");
        if (compare && (plan >= 0 || same >= 0)) {
            boolean planFirst = plan >= 0 && (same < 0 || plan < same) && !lastIsSamePeriod(h.text);
            if (planFirst) {
                return Role.PCT_OF_TARGET;
            }
            return h.has(Cue.Category.MEASURE, "up") || h.has(Cue.Category.MEASURE, "down") ? Role.GROWTH_SAME_PERIOD : Role.INDEX_SAME_PERIOD;
        }
        if (same >= 0) {
            return Role.PREVIOUS;
        }
        if (plan >= 0 && !h.hasTableOutsidePeriods("done", periods)) {
            return Role.TARGET;
        }
        if (h.has(Cue.Category.STATUS, "estimate")) {
            return Role.ESTIMATE;
        }
        if (h.hasTable("done")) {
            return Role.ACTUAL;
        }
        return Role.IGNORE;
    }

    /** 'TH/CK' compares with the same period; 'TH/KH' with the plan: the denominator is what follows the slash. */
    private static boolean lastIsSamePeriod(String header) {
        String f = Fold.lower(header);
        int slash = f.lastIndexOf('/');
        return slash >= 0 && (f.substring(slash).contains("ck") || f.substring(slash).contains("cùng kỳ"));
    }

    /** 'Đơn vị tính: triệu đồng' in the caption or a row above the header. */
    private CellText.UnitOf unitNote(Table t, int headerStart) {
        List<String> above = new ArrayList<>();
        above.add(t.caption());
        for (int r = 0; r < headerStart; r++) {
            above.add(String.join(" ", t.rows().get(r)));
        }
        for (String s : above) {
            if (s == null || s.isBlank()) {
                continue;
            }
            CellText.UnitOf u = cell(s).unitNote();
            if (u != null && u.unit() != Unit.NONE) {
                return u;
            }
        }
        return null;
    }

    private Optional<Indicator> indicatorFor(String name, CellText.UnitOf unit, String section) {
        CellText ct = cell(name.replaceFirst("^\\s*(?:[IVXivx]+|\\d+(?:\\.\\d+)*|[a-zđ])\\s*[.)/-]\\s*|^\\s*[-–+•*]\\s*", ""));
        String context = section + " " + Fold.lower(name);
        PhraseIndex.Hit<IndicatorPhrase> best = null;
        for (PhraseIndex.Hit<IndicatorPhrase> h : ct.doc.phrases()) {
            Indicator ind = h.value().indicator();
            if (unit.unit() != Unit.NONE && !ind.unit().accepts(unit.unit()) && !(ind.isPercent() && unit.unit() == Unit.PERCENT)) {
                continue;
            }
            if (ind.exclude().stream().anyMatch(context::contains)) {
                continue;
            }
            if (!ind.context().isEmpty() && ind.context().stream().noneMatch(alt -> alt.stream().allMatch(context::contains))) {
                continue;
            }
            if (best == null || h.end() - h.start() > best.end() - best.start()) {
                best = h;
            }
        }
        return Optional.ofNullable(best).map(h -> h.value().indicator());
    }

    /** A cell's number or range ('8,5-9,5', '33.000 - 34.000'): one or two values. */
    static Optional<BigDecimal[]> range(String cell) {
        Optional<BigDecimal> one = number(cell);
        if (one.isPresent()) {
            return Optional.of(new BigDecimal[] {one.get()});
        }
        java.util.regex.Matcher m = RANGE.matcher(cell.replace("%", "").strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<BigDecimal> lo = number(m.group(1));
        Optional<BigDecimal> hi = number(m.group(2));
        return lo.isPresent() && hi.isPresent() && lo.get().compareTo(hi.get()) < 0
                ? Optional.of(new BigDecimal[] {lo.get(), hi.get()}) : Optional.empty();
    }

    private static final java.util.regex.Pattern RANGE = java.util.regex.Pattern.compile("(\\d[\\d.,]*)\\s*[-–]\\s*(\\d[\\d.,]*)");
    private static final java.util.regex.Pattern NAME_UNIT = java.util.regex.Pattern.compile("\\(([^()]{1,20})\\)\\s*[.:,]?\\s*(?:trong đó:?)?\\s*$");
    private static final java.util.regex.Pattern BARE_YEAR = java.util.regex.Pattern.compile("(?<![\\d.,/])(19|20)\\d\\d(?![\\d.,/])");
    private static final java.util.regex.Pattern SUB_ROW = java.util.regex.Pattern.compile("^\\s*[-–+•*]\\s");

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
