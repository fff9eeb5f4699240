package vn.baocao.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.baocao.extract.area.AdminUnit;
import vn.baocao.extract.area.AreaResolver;
import vn.baocao.extract.document.DocumentText;
import vn.baocao.extract.meta.DocumentMetadata;
import vn.baocao.extract.meta.MetadataReader;
import vn.baocao.extract.period.PeriodReader;
import vn.baocao.extract.table.FlattenedTables;
import vn.baocao.extract.table.TableExtractor;
import vn.baocao.normalise.NormalisedText;
import vn.baocao.read.Table;

/**
 * All that is read from one document: what it says about itself, then its
 * figures, tables first (a table states a figure more reliably than prose), then
 * prose. The first figure per indicator, measure, status class, period, basis
 * and season is the fact, unless it is a headline's rounding ('hơn 600%' in
 * the title) and the body gives it exactly ('bằng 608% dự toán'); a different figure for the
 * same key is kept as an alternate, for the consistency checks.
 */
public final class DocumentExtraction {

    /** A document's metadata (and what it was read from), facts and alternate figures. */
    public record Result(MetadataReader.Reading reading, List<Observation> facts, List<Observation> alternates) {

        public DocumentMetadata metadata() {
            return reading.metadata();
        }
    }

    /**
     * The trace of a caller that reads none (the ingest): given it, no line of the trace is written. Any other
     * consumer, even one that drops every line, has every line written for it.
     */
    public static final java.util.function.Consumer<String> NO_TRACE = line -> { };

    private final ExtractionRules rules;
    private final MetadataReader metadata;
    private final TableExtractor tables;

    public DocumentExtraction(ExtractionRules rules) {
        this.rules = rules;
        this.metadata = new MetadataReader(new PeriodReader(rules.language().periodRules()), new AreaResolver(rules.gazetteer()));
        this.tables = new TableExtractor(rules.dictionary(), rules.language());
    }

    public ExtractionRules rules() {
        return rules;
    }

    /**
     * @param inbox the unit the inbox files the document under (a folder or a manifest), or null
     */
    public Result extract(NormalisedText text, List<Table> documentTables, AdminUnit inbox) {
        return extract(text, documentTables, inbox, NO_TRACE);
    }

    /** The same, telling {@code trace} how every figure of the tables and the prose was read (the explain command). */
    public Result extract(NormalisedText text, List<Table> documentTables, AdminUnit inbox, java.util.function.Consumer<String> trace) {
        return extract(text, documentTables, inbox, trace, Deadline.none());
    }

    /** The same, giving up with {@link Deadline.TimeBudgetExceededException} once {@code deadline} has passed. */
    public Result extract(NormalisedText text, List<Table> documentTables, AdminUnit inbox, java.util.function.Consumer<String> trace,
                          Deadline deadline) {
        DocumentText doc = new DocumentText(text, rules.language(), rules.dictionary());
        deadline.check("cutting the text into words and sentences");
        MetadataReader.Reading reading = metadata.read(doc, inbox);
        deadline.check("reading the document's area and period");
        List<Observation> all = new ArrayList<>();
        List<Table> everyTable = new ArrayList<>(documentTables);
        everyTable.addAll(FlattenedTables.find(doc, documentTables.size()));
        for (Table t : everyTable) {
            deadline.check("reading table " + (t.index() + 1));
            List<Observation> found = tables.extract(t, reading.metadata());
            if (trace != NO_TRACE) {
                trace(trace, t, found);
            }
            all.addAll(found);
        }
        trace.accept("prose:");
        all.addAll(new ObservationExtractor(rules.dictionary(), trace).extract(reading, deadline));
        Map<String, Observation> first = new LinkedHashMap<>();
        int titleEnd = titleEnd(doc);
        String[] keys = new String[all.size()]; // a key costs a period and a few strings: made once per figure
        for (int k = 0; k < all.size(); k++) {
            Observation o = all.get(k);
            keys[k] = o.headlineKey();
            Observation fact = first.get(keys[k]);
            boolean headline = fact != null && fact.charStart() != null && fact.charStart() < titleEnd;
            if (fact == null || headline && approximate(fact) && !approximate(o) && close(fact.value(), o.value())) {
                first.put(keys[k], o);
            }
        }
        Map<String, Observation> alternates = new LinkedHashMap<>();
        for (int k = 0; k < all.size(); k++) {
            Observation o = all.get(k);
            Observation fact = first.get(keys[k]);
            if (fact != o && (fact.value() != o.value() || !java.util.Objects.equals(fact.valueHigh(), o.valueHigh()))) {
                alternates.putIfAbsent(o.dedupKey(), o);
            }
        }
        return new Result(reading, new ArrayList<>(first.values()), new ArrayList<>(alternates.values()));
    }

    private static void trace(java.util.function.Consumer<String> trace, Table t, List<Observation> found) {
        trace.accept("table " + (t.index() + 1) + (t.name() == null ? "" : " '" + t.name() + "'") + ": " + t.rows().size()
                + " rows, " + found.size() + " figures");
        found.forEach(o -> trace.accept("  " + o.evidence() + " -> " + o.indicator() + " " + o.measure() + " " + o.status() + " "
                + o.value() + (o.valueHigh() == null ? "" : ".." + o.valueHigh()) + " " + o.period() + "  [" + o.rule() + "]"));
    }

    /** Where the lines above the lead end: the title and what stands with it. */
    private static int titleEnd(DocumentText doc) {
        for (vn.baocao.extract.document.Paragraph p : doc.paragraphs()) {
            if (!p.furniture() && p.to() - p.from() >= MetadataReader.LEAD_TOKENS) {
                return doc.source().originalStart(doc.tokens().start(p.from()));
            }
        }
        return 0;
    }

    /** Within a tenth of each other: a rounding and the figure it rounds. */
    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 0.1 * Math.max(Math.abs(a), Math.abs(b));
    }

    /** 'hơn 600%', 'gần 1.800 vụ': a rounded figure, which an exact one of the same key replaces. */
    private static boolean approximate(Observation o) {
        return "more_than".equals(o.qualifier()) || "less_than".equals(o.qualifier()) || "about".equals(o.qualifier());
    }
}
