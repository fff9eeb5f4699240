package vn.baocao.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.normalise.NormalisedText;

/**
 * Applies the indicator dictionary and the language parts (quantities, measures,
 * periods) to a normalised document and returns its observations, each grounded
 * in the original text.
 *
 * <p>The text is read paragraph by paragraph and sentence by sentence. Within a
 * sentence every figure is read (what it measures), bound to an indicator (the
 * nearest dictionary phrase whose unit fits, or the subject the sentence is
 * already talking about) and given a status and a period.
 */
public final class ObservationExtractor {

    private static final int FLAGS = Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s+[\\p{Lu}\\d·•\\-(])|[.!?]$|\\s[·•]\\s", Pattern.UNICODE_CASE);
    private static final Pattern ESTIMATE = Pattern.compile("\\b(ước|dự kiến|sơ bộ|ước tính)\\b", FLAGS);
    private static final Pattern TARGET_WORDS = Pattern.compile("(kế hoạch|dự toán|mục tiêu|phấn đấu|chỉ tiêu (?:đề ra|giao|được giao))", FLAGS);
    private static final Pattern NOTHING_HAPPENED = Pattern.compile("không (?:xảy ra|phát sinh|phát hiện)", FLAGS);
    private static final Pattern SAME_AS_LAST_YEAR = Pattern.compile("(?:như|bằng) cùng kỳ", FLAGS);
    private static final Pattern SEMICOLON = Pattern.compile(";");
    private static final Pattern TARGET_HEADING = Pattern.compile(
            "^(?:điều\\s+\\d+\\.?|[ivx]+\\.|\\d+(?:\\.\\d+)*\\.?|[a-zđ]\\))?\\s*(?:về\\s+)?(?:các\\s+)?(?:phương hướng|mục tiêu|chỉ tiêu|nhiệm vụ|kế hoạch|các nhiệm vụ)", FLAGS);
    private static final Pattern RESULT_HEADING = Pattern.compile(
            "^(?:điều\\s+\\d+\\.?|[ivx]+\\.|\\d+(?:\\.\\d+)*\\.?)\\s*(?:về\\s+)?(?:kết quả|tình hình|đánh giá)", FLAGS);
    /** Between a figure and a phrase after it ('05 vụ 09 đối tượng liên quan đến ma túy'): only figures and a few words. */
    private static final Pattern POSTFIX_GAP = Pattern.compile("^[\\s\\d.%/]*(?:[\\p{L}]+[\\s\\d./]*){0,6}$", Pattern.UNICODE_CASE);
    private static final Pattern CAME_BEFORE_SAME_PERIOD = Pattern.compile("(?:cùng kỳ|so với|so)\\s*$", FLAGS);

    private final IndicatorDictionary dictionary;
    private final QuantityScanner scanner = new QuantityScanner();
    private final MeasureClassifier classifier = new MeasureClassifier();
    private final PeriodParser periods = new PeriodParser();

    public ObservationExtractor(IndicatorDictionary dictionary) {
        this.dictionary = dictionary;
    }

    public List<Observation> extract(NormalisedText doc, DocumentMetadata meta) {
        String text = doc.text();
        String folded = foldSameLength(text);
        Map<String, Observation> unique = new LinkedHashMap<>();
        boolean inTargetSection = "plan".equals(meta.kind());
        int paraStart = 0;
        while (paraStart < text.length()) {
            int paraEnd = text.indexOf('\n', paraStart);
            if (paraEnd < 0) {
                paraEnd = text.length();
            }
            String paraFolded = folded.substring(paraStart, paraEnd).strip();
            if (meta.setsTargets() && paraFolded.length() < 300) {
                if (TARGET_HEADING.matcher(paraFolded).find()) {
                    inTargetSection = true;
                } else if (RESULT_HEADING.matcher(paraFolded).find()) {
                    inTargetSection = "plan".equals(meta.kind());
                }
            }
            Paragraph para = new Paragraph(doc, folded, paraStart, paraEnd, meta, inTargetSection);
            for (Observation o : para.read()) {
                unique.putIfAbsent(o.dedupKey(), o);
            }
            paraStart = paraEnd + 1;
        }
        return new ArrayList<>(unique.values());
    }

    /** Lower case without changing length, so offsets stay valid. */
    static String foldSameLength(String text) {
        char[] c = text.toCharArray();
        for (int i = 0; i < c.length; i++) {
            c[i] = Character.toLowerCase(c[i]);
        }
        return new String(c);
    }

    /** One figure as read in its sentence, remembered so later figures can refer back to it. */
    private record Reading(Quantity q, MeasureReading reading, Indicator indicator, String status) {
    }

    private final class Paragraph {
        private final NormalisedText doc;
        private final String folded;
        private final int start;
        private final int end;
        private final DocumentMetadata meta;
        private final boolean targetSection;

        Paragraph(NormalisedText doc, String folded, int start, int end, DocumentMetadata meta, boolean targetSection) {
            this.doc = doc;
            this.folded = folded;
            this.start = start;
            this.end = end;
            this.meta = meta;
            this.targetSection = targetSection;
        }

        List<Observation> read() {
            List<Observation> out = new ArrayList<>();
            Matcher m = SENTENCE_END.matcher(doc.text().substring(start, end));
            int s = start;
            while (m.find()) {
                int e = start + m.end();
                out.addAll(sentence(s, e));
                s = e;
            }
            if (s < end) {
                out.addAll(sentence(s, end));
            }
            return out;
        }

        private List<Observation> sentence(int s, int e) {
            String original = doc.text().substring(s, e);
            String sf = folded.substring(s, e);
            List<PhraseHit> hits = dictionary.find(sf);
            List<Quantity> qs = new ArrayList<>(scanner.scan(original));
            addZeroMentions(sf, qs);
            qs.sort(Comparator.comparingInt(Quantity::start));
            List<Observation> out = new ArrayList<>();
            List<Reading> readings = new ArrayList<>();
            MeasureReading previous = null;
            int prevEnd = 0;
            for (int i = 0; i < qs.size(); i++) {
                Quantity q = qs.get(i);
                int clauseStart = Math.max(prevEnd, lastSemicolon(sf, q.start()));
                String left = sf.substring(Math.min(clauseStart, q.start()), q.start());
                int rightEnd = i + 1 < qs.size() ? Math.max(q.end(), qs.get(i + 1).start()) : sf.length();
                String right = sf.substring(q.end(), Math.min(rightEnd, q.end() + 80));
                MeasureReading reading = q.unitWord() != null && q.unitWord().startsWith("=")
                        ? new MeasureReading(q.unitWord().equals("=same") ? Measure.YOY_ABS : Measure.VALUE, 0, q.unitWord())
                        : classifier.classify(left, right, q, previous, sf.substring(0, q.start()));
                prevEnd = q.end();
                previous = reading;
                if (reading == null) {
                    continue;
                }
                Optional<Indicator> ind = bind(hits, q, reading, readings, sf, s);
                if (ind.isEmpty()) {
                    continue;
                }
                Indicator indicator = ind.get();
                Measure measure = reading.measure();
                double value = reading.value();
                if (reading.cue().equals("tăng trưởng") && indicator.unit() != Unit.PERCENT) {
                    measure = Measure.YOY_PCT;
                }
                if (!unitFits(indicator, q, measure)) {
                    continue;
                }
                if (measure == Measure.YOY_PCT && indicator.unit() == Unit.PERCENT) {
                    continue; // a rate that 'tăng 1,2%': points or percent is not said
                }
                String status = status(sf, q, left, measure, readings);
                Period period = period(sf, s, q, status, measure);
                readings.add(new Reading(q, reading, indicator, status));
                String rule = "dict:" + indicator.code() + " / " + reading.cue();
                out.add(observation(indicator, measure, status, value, q.high(), q, period, s, rule));
                if (q.target() != null && measure == Measure.VALUE) {
                    Period year = meta.period() == null ? null : Period.year(meta.period().year());
                    out.add(observation(indicator, Measure.VALUE, "target", q.target(), null, q, year, s, rule + " (pair: target)"));
                }
            }
            return out;
        }

        private void addZeroMentions(String sf, List<Quantity> qs) {
            Matcher z = NOTHING_HAPPENED.matcher(sf);
            while (z.find()) {
                qs.add(new Quantity(0, null, null, Unit.OTHER, "=none", null, z.start(), z.end()));
            }
            Matcher same = SAME_AS_LAST_YEAR.matcher(sf);
            while (same.find()) {
                qs.add(new Quantity(0, null, null, Unit.OTHER, "=same", null, same.start(), same.end()));
            }
        }

        private Observation observation(Indicator ind, Measure measure, String status, double value, Double high,
                                        Quantity q, Period period, int sentenceStart, String rule) {
            int a = sentenceStart + q.start();
            int b = sentenceStart + q.end();
            int evFrom = Math.max(start, a - 120);
            int evTo = Math.min(end, b + 60);
            String evidence = doc.text().substring(evFrom, evTo).strip();
            return new Observation(ind.code(), measure.code(), status, value, high, q.qualifier(), ind.unit().code(),
                    period, evidence, doc.originalStart(a), doc.originalEnd(b), rule);
        }

        private int lastSemicolon(String sf, int before) {
            int at = sf.lastIndexOf(';', before - 1);
            return at < 0 ? 0 : at + 1;
        }

        /** The indicator a figure is about. */
        private Optional<Indicator> bind(List<PhraseHit> hits, Quantity q, MeasureReading reading, List<Reading> earlier,
                                         String sf, int sentenceStart) {
            Measure measure = reading.measure();
            boolean zero = q.unitWord() != null && q.unitWord().startsWith("=");
            if (measure != Measure.VALUE) {
                // A change, a share of plan or an earlier level is about the subject the sentence already named,
                // unless a new indicator phrase came in between.
                for (int i = earlier.size() - 1; i >= 0; i--) {
                    Reading r = earlier.get(i);
                    boolean newPhraseBetween = hits.stream().anyMatch(h -> h.start() >= r.q().end() && h.end() <= q.start()
                            && !h.indicator().code().equals(r.indicator().code()));
                    if (newPhraseBetween) {
                        break;
                    }
                    if (r.reading().measure() == Measure.VALUE && (measure.isRelative() || zero || r.indicator().unit().accepts(q.unit()))) {
                        return Optional.of(r.indicator());
                    }
                }
            }
            if (zero && measure == Measure.YOY_ABS) {
                return Optional.empty();
            }
            String context = contextBefore(sentenceStart + q.start());
            PhraseHit best = null;
            int bestContext = Integer.MIN_VALUE;
            if (!zero) {
                for (PhraseHit h : hits) {
                    // A phrase may begin with the figure's own unit word ('96 hộ kinh doanh đăng ký mới').
                    int gapFrom = Math.min(q.end(), Math.max(h.start(), q.start() + 1));
                    if (h.start() > q.start() && h.end() > q.end() && h.start() - q.end() <= 60
                            && POSTFIX_GAP.matcher(sf.substring(gapFrom, Math.max(gapFrom, h.start()))).matches()
                            && fits(h, q, measure, context, sf.substring(gapFrom, Math.max(gapFrom, h.start()))) != Integer.MIN_VALUE) {
                        return Optional.of(h.indicator());
                    }
                }
            }
            for (PhraseHit h : hits) {
                if (h.end() > q.start() || (zero && q.start() - h.end() > 40)) {
                    continue;
                }
                int ctx = fits(h, q, measure, context, sf.substring(h.end(), q.start()));
                if (ctx == Integer.MIN_VALUE) {
                    continue;
                }
                if (best == null || h.end() > best.end() || (h.end() == best.end() && ctx > bestContext)) {
                    best = h;
                    bestContext = ctx;
                }
            }
            return Optional.ofNullable(best).map(PhraseHit::indicator);
        }

        /** Context strength (position of the nearest context word) if the hit may own the figure, else MIN_VALUE. */
        private int fits(PhraseHit h, Quantity q, Measure measure, String context, String between) {
            Indicator ind = h.indicator();
            if (!unitFits(ind, q, measure)) {
                return Integer.MIN_VALUE;
            }
            for (String x : ind.exclude()) {
                if (between.contains(x)) {
                    return Integer.MIN_VALUE;
                }
            }
            if (ind.context().isEmpty()) {
                return 0;
            }
            int best = Integer.MIN_VALUE;
            for (String c : ind.context()) {
                best = Math.max(best, context.lastIndexOf(c));
            }
            return best < 0 ? Integer.MIN_VALUE : best;
        }

        /** Folded paragraph text before the figure: where the agency or topic of the figure is named. */
        private String contextBefore(int absolute) {
            return folded.substring(start, Math.min(absolute, end));
        }

        private boolean unitFits(Indicator ind, Quantity q, Measure measure) {
            if (q.unitWord() != null && q.unitWord().startsWith("=")) {
                return ind.unit() == Unit.CASE || ind.unit() == Unit.PERSON;
            }
            return switch (measure) {
                case PCT_OF_TARGET, YOY_PCT, MOM_PCT -> q.isPercent();
                case VALUE, PREV_VALUE, YOY_ABS -> ind.unit().accepts(q.unit())
                        || (ind.unit() == Unit.PERCENT && q.unit() == Unit.PERCENT_POINT && measure == Measure.YOY_ABS);
            };
        }

        private String status(String sf, Quantity q, String left, Measure measure, List<Reading> earlier) {
            if (targetSection) {
                return "target";
            }
            if (measure == Measure.PREV_VALUE) {
                return "actual"; // last year's level is an observed figure, whatever this year's status
            }
            if (measure != Measure.VALUE && !earlier.isEmpty()) {
                return earlier.get(earlier.size() - 1).status();
            }
            if (measure == Measure.VALUE && TARGET_WORDS.matcher(left).find()) {
                return "target";
            }
            return ESTIMATE.matcher(sf.substring(0, q.start())).find() ? "estimate" : "actual";
        }

        private Period period(String sf, int sentenceStart, Quantity q, String status, Measure measure) {
            Period base = meta.period();
            if ("target".equals(status)) {
                Integer year = meta.targetYear();
                for (PeriodParser.Mention m : periods.findAll(sf.substring(0, q.start()))) {
                    if (m.kind() == PeriodParser.Kind.YEAR) {
                        year = m.period().year();
                    }
                }
                return year == null ? base : Period.year(year);
            }
            Period found = base;
            String paragraphBefore = folded.substring(start, sentenceStart);
            for (PeriodParser.Mention m : periods.findAll(paragraphBefore)) {
                if (m.kind() != PeriodParser.Kind.YEAR && paragraphBefore.substring(0, m.start()).matches("(?s).*(lũy kế|luỹ kế)\\s*$")) {
                    found = m.period();
                }
            }
            String before = sf.substring(0, q.start());
            for (PeriodParser.Mention m : periods.findAll(before)) {
                if (CAME_BEFORE_SAME_PERIOD.matcher(before.substring(0, m.start())).find()) {
                    continue;
                }
                if (m.kind() == PeriodParser.Kind.YEAR && base != null && m.period().year() >= base.year()) {
                    continue; // 'năm 2021' in a report on quý I/2021 names the plan year, not the period
                }
                found = m.period();
            }
            if (measure == Measure.PREV_VALUE && found != null) {
                return found.minusYears(1);
            }
            return found;
        }
    }
}
