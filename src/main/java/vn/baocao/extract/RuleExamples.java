package vn.baocao.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.extract.area.AreaResolver;
import vn.baocao.extract.document.DocumentText;
import vn.baocao.extract.document.Paragraph;
import vn.baocao.extract.language.Example;
import vn.baocao.extract.meta.DocumentMetadata;
import vn.baocao.extract.meta.MetadataReader;
import vn.baocao.extract.number.Quantity;
import vn.baocao.extract.number.QuantityReader;
import vn.baocao.extract.period.Period;
import vn.baocao.extract.period.PeriodMention;
import vn.baocao.extract.period.PeriodReader;
import vn.baocao.extract.table.TableExtractor;
import vn.baocao.normalise.NormalisedText;
import vn.baocao.normalise.TextNormaliser;

/**
 * Runs the example sentence of every entry of the language files and the
 * dictionary and checks it gives what the entry says it gives: the way a
 * statistician who adds a phrase learns at once whether it works
 * ({@code baocao check-rules}), and the way the test suite keeps every
 * rule honest. What {@code expect} means depends on the file (see
 * jobs/language/README.md):
 * <ul>
 *   <li>periods.csv: the period the entry's pattern reads in the sentence ('2023-01..2023-06');</li>
 *   <li>units.csv: the value and unit of the first figure ('36100000000 VND');</li>
 *   <li>places.csv: the document's area read from the sentence ('area=province:Nghệ An');</li>
 *   <li>tables.csv: the roles of the header cells ('name unit target estimate');</li>
 *   <li>furniture.csv: nothing; the example line must be dropped as page furniture;</li>
 *   <li>every other file: observations, ';'-separated, each 'indicator measure status value[..high]
 *       [period] [basis=...] [season=...]', which must all be read ('observed' stands for actual or
 *       estimate); '!...' one that must not be; 'none' that nothing is read.</li>
 * </ul>
 */
public final class RuleExamples {

    /** The verdict on one example. */
    public record Outcome(Example example, boolean passed, String detail) {
    }

    private static final Pattern PERIOD = Pattern.compile("\\d{4}-\\d{2}\\.\\.\\d{4}-\\d{2}");

    private final ExtractionRules rules;
    private final DocumentExtraction extraction;
    private final MetadataReader metadata;
    private final TextNormaliser normaliser = new TextNormaliser();

    public RuleExamples(ExtractionRules rules) {
        this.rules = rules;
        this.extraction = new DocumentExtraction(rules);
        this.metadata = new MetadataReader(new PeriodReader(rules.language().periodRules()), new AreaResolver(rules.gazetteer()));
    }

    /** Every example, file by file: the language files, then the phrase sets and the dictionary. */
    public List<Example> all() {
        List<Example> out = new ArrayList<>();
        rules.language().examples().values().forEach(out::addAll);
        out.addAll(rules.dictionary().setExamples());
        out.addAll(rules.dictionary().examples());
        return out;
    }

    public Outcome check(Example e) {
        try {
            String file = java.nio.file.Path.of(e.file()).getFileName().toString();
            return switch (file) {
                case "periods.csv" -> period(e);
                case "units.csv" -> unit(e);
                case "places.csv" -> place(e);
                case "tables.csv" -> table(e);
                case "furniture.csv" -> furniture(e);
                default -> observations(e);
            };
        } catch (RuntimeException ex) {
            return new Outcome(e, false, "failed: " + ex);
        }
    }

    // ---- periods ---------------------------------------------------------------------------------

    private Outcome period(Example e) {
        MetadataReader.Reading reading = read(document(e));
        String source = java.nio.file.Path.of(e.file()).getFileName() + ":" + e.line();
        List<String> read = new ArrayList<>();
        for (PeriodMention m : reading.periods()) {
            if (!m.rule().source().equals(source)) {
                continue;
            }
            Period p = m.resolve(reading.context().withYear(m.year() != null ? m.year() : reading.context().year()));
            read.add(String.valueOf(p));
            if (p != null && p.toString().equals(e.expect())) {
                return new Outcome(e, true, "");
            }
        }
        return new Outcome(e, false, "expected " + e.expect() + ", the entry read " + (read.isEmpty() ? "nothing" : read));
    }

    // ---- units -----------------------------------------------------------------------------------

    private Outcome unit(Example e) {
        DocumentText doc = text(e.text());
        List<Quantity> qs = new QuantityReader().read(doc, 0, doc.tokens().size(), new boolean[doc.tokens().size()]);
        String[] want = e.expect().split("\\s+");
        List<String> read = new ArrayList<>();
        for (Quantity q : qs) {
            read.add(plain(q.value()) + " " + q.unit().code());
            if (same(q.value(), Double.parseDouble(want[0])) && q.unit().code().equalsIgnoreCase(want[1])) {
                return new Outcome(e, true, "");
            }
        }
        return new Outcome(e, false, "expected " + e.expect() + ", read " + read);
    }

    // ---- places ----------------------------------------------------------------------------------

    private Outcome place(Example e) {
        DocumentMetadata m = read(document(e)).metadata();
        String got = m.area() == null ? "area=none" : "area=" + m.area().level() + ":" + m.area().name();
        return new Outcome(e, got.equals(e.expect()), got.equals(e.expect()) ? "" : "expected " + e.expect() + ", read " + got);
    }

    // ---- tables ----------------------------------------------------------------------------------

    private Outcome table(Example e) {
        List<String> cells = Arrays.stream(e.text().split("\\|")).map(String::strip).toList();
        String got = new TableExtractor(rules.dictionary(), rules.language()).describe(cells);
        return new Outcome(e, got.equals(e.expect()), got.equals(e.expect()) ? "" : "expected '" + e.expect() + "', read '" + got + "'");
    }

    // ---- furniture -------------------------------------------------------------------------------

    private Outcome furniture(Example e) {
        DocumentText doc = text("Báo cáo tình hình kinh tế - xã hội.\n" + e.text() + "\nThu ngân sách đạt 100 tỷ đồng.");
        for (Paragraph p : doc.paragraphs()) {
            if (p.furniture()) {
                return new Outcome(e, true, "");
            }
        }
        return new Outcome(e, false, "the line was not taken for page furniture");
    }

    // ---- observations ----------------------------------------------------------------------------

    private Outcome observations(Example e) {
        List<Observation> got = extraction.extract(normaliser.normalise(document(e)), List.of(), null).facts();
        List<String> problems = new ArrayList<>();
        String expect = e.expect().strip();
        if (expect.equals("none")) {
            if (!got.isEmpty()) {
                problems.add("expected nothing");
            }
        } else {
            for (String spec : expect.split(";")) {
                spec = spec.strip();
                boolean absent = spec.startsWith("!");
                Spec s = Spec.parse(absent ? spec.substring(1) : spec);
                boolean found = got.stream().anyMatch(s::matches);
                if (found == absent) {
                    problems.add((absent ? "should not read: " : "missing: ") + spec);
                }
            }
        }
        return problems.isEmpty() ? new Outcome(e, true, "")
                : new Outcome(e, false, String.join("; ", problems) + "\n      read: " + describe(got));
    }

    /** One expected observation. */
    record Spec(String indicator, String measure, String status, double value, Double high, String period, String basis,
                String season) {

        private static final Pattern KEY = Pattern.compile("\\b(basis|season)=");

        static Spec parse(String spec) {
            String[] f = spec.strip().split("\\s+", 5);
            if (f.length < 4) {
                throw new IllegalArgumentException("an expected observation is 'indicator measure status value', not '" + spec + "'");
            }
            String[] v = f[3].split("\\.\\.");
            String rest = f.length > 4 ? f[4] : "";
            String period = null;
            Matcher pm = PERIOD.matcher(rest);
            if (pm.find() && pm.start() == 0) {
                period = pm.group();
                rest = rest.substring(pm.end()).strip();
            }
            String basis = null;
            String season = null;
            Matcher k = KEY.matcher(rest);
            List<int[]> keys = new ArrayList<>();
            while (k.find()) {
                keys.add(new int[] {k.start(), k.end()});
            }
            for (int i = 0; i < keys.size(); i++) {
                String name = rest.substring(keys.get(i)[0], keys.get(i)[1] - 1);
                String value = rest.substring(keys.get(i)[1], i + 1 < keys.size() ? keys.get(i + 1)[0] : rest.length()).strip();
                if (name.equals("basis")) {
                    basis = value;
                } else {
                    season = value;
                }
            }
            return new Spec(f[0], f[1], f[2], Double.parseDouble(v[0]), v.length > 1 ? Double.valueOf(v[1]) : null, period, basis, season);
        }

        boolean matches(Observation o) {
            boolean statusOk = status.equals("observed") ? !o.status().equals("target") : status.equals(o.status());
            return o.indicator().equals(indicator) && o.measure().equals(measure) && statusOk && same(o.value(), value)
                    && (high == null ? o.valueHigh() == null : o.valueHigh() != null && same(o.valueHigh(), high))
                    && (period == null || String.valueOf(o.period()).equals(period))
                    && (basis == null || basis.equals(o.basis())) && (season == null || season.equals(o.season()));
        }
    }

    private static String describe(List<Observation> got) {
        if (got.isEmpty()) {
            return "nothing";
        }
        List<String> out = new ArrayList<>();
        for (Observation o : got) {
            out.add(o.indicator() + " " + o.measure() + " " + o.status() + " " + plain(o.value())
                    + (o.valueHigh() == null ? "" : ".." + plain(o.valueHigh())) + " " + o.period()
                    + (o.basis() == null ? "" : " basis=" + o.basis()) + (o.season() == null ? "" : " season=" + o.season()));
        }
        return String.join("; ", out);
    }

    // ---- the document around an example ------------------------------------------------------------

    /** The example as a document: with a dated line first when its context gives a date ('date=2019-10-10'). */
    private static String document(Example e) {
        for (String part : e.context().split("[;,\\s]+")) {
            if (part.startsWith("date=")) {
                LocalDate d = LocalDate.parse(part.substring(5));
                return "Ngày " + d.getDayOfMonth() + " tháng " + d.getMonthValue() + " năm " + d.getYear() + "\n" + e.text();
            }
        }
        return e.text();
    }

    private MetadataReader.Reading read(String text) {
        DocumentText doc = text(text);
        return metadata.read(doc, null);
    }

    private DocumentText text(String text) {
        NormalisedText n = normaliser.normalise(text);
        return new DocumentText(n, rules.language(), rules.dictionary());
    }

    private static boolean same(double a, double b) {
        return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** Every example checked, failures first: for the check-rules command. */
    public Map<Boolean, List<Outcome>> checkAll() {
        return all().stream().map(this::check).collect(java.util.stream.Collectors.partitioningBy(Outcome::passed));
    }
}
