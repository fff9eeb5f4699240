package vn.baocao.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.normalise.Footnote;
import vn.baocao.normalise.NormalisedText;

/**
 * Applies the indicator dictionary and the language parts (quantities, measures,
 * periods) to a normalised document and returns its observations, each grounded
 * in the original text.
 *
 * <p>The text is read paragraph by paragraph and sentence by sentence. Within a
 * sentence every figure is read (what it measures), bound to an indicator (the
 * nearest dictionary phrase in its clause whose unit fits, a phrase right after
 * it, or the subject the sentence is already talking about) and given a status
 * and a period. A footnote is read in the context of the sentence that refers
 * to it. A document gives one figure per indicator, measure, status and period:
 * the first, the headline; later ones are its parts or repetitions.
 */
public final class ObservationExtractor {

    private static final int FLAGS = Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s+[\\p{Lu}\\d·•\\-(])|[.!?]$|\\s[·•]\\s", Pattern.UNICODE_CASE);
    private static final Pattern ESTIMATE = Pattern.compile("(?<!\\p{L})(ước|dự kiến|sơ bộ|ước tính)(?!\\p{L})", FLAGS);
    private static final Pattern TARGET_WORDS = Pattern.compile("(kế hoạch|dự toán|mục tiêu|phấn đấu|chỉ tiêu (?:đề ra|giao|được giao))", FLAGS);
    private static final Pattern TARGET_NOUN_AFTER = Pattern.compile("(?<!\\p{L})(chỉ tiêu|kế hoạch|dự toán|kh|nghị quyết|nq|mục tiêu)(?!\\p{L})", FLAGS);
    private static final Pattern NOTHING_HAPPENED = Pattern.compile("không (?:xảy ra|phát sinh|phát hiện)", FLAGS);
    private static final Pattern SAME_AS_LAST_YEAR = Pattern.compile("(?:như|bằng) cùng kỳ", FLAGS);
    private static final Pattern RATE_REACHED_BEFORE = Pattern.compile("đạt(?:\\s+tỷ lệ)?\\s*$", FLAGS);
    private static final Pattern DIRECTION_BEFORE = Pattern.compile("(tăng|giảm)\\s*$", FLAGS);
    /** Between a figure and a phrase after it ('05 vụ 09 đối tượng liên quan đến ma túy'): only figures and a few words. */
    private static final Pattern POSTFIX_GAP = Pattern.compile("^[\\s\\d.%/]*(?:[\\p{L}]+[\\s\\d./]*){0,6}$", Pattern.UNICODE_CASE);
    /** A gap with commas: figures and the words of one list ('09 đối tượng mua bán, tàng trữ, sử dụng trái phép chất'). */
    private static final Pattern LIST_GAP = Pattern.compile("^[\\s\\d.%/,]*(?:[\\p{L}]+[\\s\\d./,]*){0,12}$", Pattern.UNICODE_CASE);
    private static final Pattern ABOUT_COUNT_AFTER = Pattern.compile("^\\s*về\\s+(?:tổng\\s+)?số\\s+(?!vốn|tiền)", FLAGS);
    private static final Pattern ABOUT_MONEY_AFTER = Pattern.compile("^\\s*về\\s+(?:tổng\\s+)?(?:số\\s+)?(?:vốn|tiền)", FLAGS);
    private static final Pattern ELSEWHERE = Pattern.compile(
            "(?<!\\p{L})(?:cả nước|toàn quốc|thế giới|bình quân chung|toàn vùng|của vùng|các tỉnh|khu vực đồng bằng sông cửu long)(?!\\p{L})", FLAGS);
    private static final Pattern NAMED_PLACE = Pattern.compile(
            "(?<!\\p{L})(tỉnh|thành phố|tp\\.?|huyện|quận|thị xã|xã|phường|thị trấn)\\s+(\\p{Lu}[\\p{L}]*(?:\\s+\\p{Lu}[\\p{L}]*){0,3})",
            Pattern.UNICODE_CASE);
    private static final Pattern POSTFIX_BLOCKER = Pattern.compile("(?:^|\\s)(?:và|so|với|hoặc)(?:\\s|$)", FLAGS);
    private static final Pattern CAME_BEFORE_SAME_PERIOD = Pattern.compile("(?:cùng kỳ|so với|so)\\s*$", FLAGS);
    private static final Pattern SINCE_START_OF_YEAR = Pattern.compile("(?:lũy kế|luỹ kế|tính|cộng dồn)?\\s*từ đầu năm(?:\\s+(?:đến nay|tới nay))?", FLAGS);
    private static final Pattern CUMULATIVE_BEFORE = Pattern.compile("(?:lũy kế|luỹ kế)\\s*$", FLAGS);

    private final IndicatorDictionary dictionary;
    private final QuantityScanner scanner = new QuantityScanner();
    private final MeasureClassifier classifier = new MeasureClassifier();
    private final PeriodParser periods = new PeriodParser();

    public ObservationExtractor(IndicatorDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** The document's observations, the first (headline) one per indicator, measure, status and period. */
    public List<Observation> extract(NormalisedText doc, DocumentMetadata meta) {
        Map<String, Observation> firstPerKey = new LinkedHashMap<>();
        for (Observation o : extractAll(doc, meta)) {
            firstPerKey.putIfAbsent(o.headlineKey(), o);
        }
        return new ArrayList<>(firstPerKey.values());
    }

    /** Every figure read, in text order, repeated keys included (once per distinct value). */
    public List<Observation> extractAll(NormalisedText doc, DocumentMetadata meta) {
        String text = doc.text();
        String folded = foldSameLength(text);
        Map<String, Observation> firstPerKey = new LinkedHashMap<>();
        boolean inTargetSection = "plan".equals(meta.kind());
        int paraStart = 0;
        while (paraStart < text.length()) {
            int paraEnd = text.indexOf('\n', paraStart);
            if (paraEnd < 0) {
                paraEnd = text.length();
            }
            Optional<Footnote> footnote = doc.footnoteAt(paraStart);
            String paraFolded = folded.substring(paraStart, paraEnd).strip();
            if (footnote.isEmpty()) {
                Optional<Boolean> heading = SectionHeading.classify(paraFolded);
                if (heading.isPresent()) {
                    inTargetSection = heading.get() || "plan".equals(meta.kind());
                }
            }
            String prefix = footnote.map(f -> anchorContext(folded, f)).orElse("");
            Paragraph para = new Paragraph(doc, folded, paraStart, paraEnd, prefix, meta, inTargetSection);
            for (Observation o : para.read()) {
                firstPerKey.putIfAbsent(o.dedupKey(), o);
            }
            paraStart = paraEnd + 1;
        }
        return new ArrayList<>(firstPerKey.values());
    }

    /** The text of the paragraph that refers to a footnote, up to the reference: the footnote's context. */
    private static String anchorContext(String folded, Footnote f) {
        if (f.anchor() < 0 || f.anchor() > folded.length()) {
            return "";
        }
        int start = folded.lastIndexOf('\n', Math.max(0, f.anchor() - 1)) + 1;
        return folded.substring(start, f.anchor()) + " ";
    }

    /** Lower case without changing length, so offsets stay valid. */
    static String foldSameLength(String text) {
        char[] c = text.toCharArray();
        for (int i = 0; i < c.length; i++) {
            c[i] = Character.toLowerCase(c[i]);
        }
        return new String(c);
    }

    private enum PairKind { NONE, TARGET, WHOLE }

    /** One figure as read in its sentence, remembered so later figures can refer back to it. */
    private record Reading(Quantity q, Measure measure, Indicator indicator, String status, PairKind pair, PhraseHit hit) {
    }

    /** The indicator a figure was bound to, and the phrase or earlier figure that decided it. */
    private record Binding(Indicator indicator, PhraseHit hit, Reading subject) {
    }

    private final class Paragraph {
        private final NormalisedText doc;
        private final String folded;
        private final int start;
        private final int end;
        private final String prefix;
        private final DocumentMetadata meta;
        private final boolean targetSection;

        Paragraph(NormalisedText doc, String folded, int start, int end, String prefix, DocumentMetadata meta, boolean targetSection) {
            this.doc = doc;
            this.folded = folded;
            this.start = start;
            this.end = end;
            this.prefix = prefix;
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
            String sf = folded.substring(s, e);
            List<PhraseHit> hits = dictionary.find(sf);
            List<Quantity> qs = new ArrayList<>(scanner.scan(doc.text().substring(s, e)));
            addZeroMentions(sf, qs);
            qs.sort(Comparator.comparingInt(Quantity::start));
            List<Observation> out = new ArrayList<>();
            List<Reading> readings = new ArrayList<>();
            MeasureReading previous = null;
            int prevEnd = 0;
            for (int i = 0; i < qs.size(); i++) {
                Quantity q = qs.get(i);
                int clauseStart = lastSemicolon(sf, q.start());
                String left = sf.substring(Math.min(Math.max(clauseStart, prevEnd), q.start()), q.start());
                int rightEnd = i + 1 < qs.size() ? Math.max(q.end(), qs.get(i + 1).start()) : sf.length();
                String right = sf.substring(q.end(), Math.min(rightEnd, q.end() + 80));
                MeasureReading reading = zero(q)
                        ? new MeasureReading(q.unitWord().equals("=same") ? Measure.YOY_ABS : Measure.VALUE, 0, q.unitWord())
                        : classifier.classify(left, right, q, previous, sf.substring(0, q.start()));
                prevEnd = q.end();
                previous = reading;
                if (reading == null) {
                    continue;
                }
                if (aboutAnotherPlace(doc.text().substring(s, e), clauseStart, q.start())) {
                    // 'GRDP cả nước tăng 5,05%', 'huyện Phong Điền đạt 120 tỷ đồng' in another area's report
                    readings.add(new Reading(q, Measure.VALUE, null, "actual", PairKind.NONE, null));
                    continue;
                }
                Reading last = readings.isEmpty() ? null : readings.get(readings.size() - 1);
                Optional<Binding> bound;
                if (reading.measure() == Measure.VALUE && q.isPercent() && q.target() == null && last != null
                        && last.pair() == PairKind.TARGET && last.indicator() != null && RATE_REACHED_BEFORE.matcher(left).find()) {
                    // '83,29%/91% dân số, đạt tỷ lệ 91,53%': the share of the target just given
                    bound = Optional.of(new Binding(last.indicator(), null, last));
                    reading = new MeasureReading(Measure.PCT_OF_TARGET, q.value(), "đạt tỷ lệ sau chỉ tiêu");
                } else if (reading.measure() == Measure.VALUE && q.isPercent() && q.target() == null && last != null
                        && last.indicator() != null && RATE_REACHED_BEFORE.matcher(left).find() && left.length() < 30
                        && dictionary.rateOf(last.indicator().code()).isPresent()) {
                    // 'đã thi hành xong 1.234 tỷ đồng, đạt 52,6%': the completion rate of what was just counted
                    bound = Optional.of(new Binding(dictionary.rateOf(last.indicator().code()).get(), null, null));
                } else {
                    bound = bind(hits, qs, q, reading.measure(), readings, sf, s, clauseStart, TARGET_WORDS.matcher(left).find());
                }
                if (bound.isEmpty()) {
                    if (reading.measure() == Measure.VALUE && q.unit() != Unit.OTHER && q.unit() != Unit.NOUN && !zero(q)) {
                        // A figure about something the dictionary does not know still takes the sentence's attention:
                        // a change or share of plan after it is about it, not about the subject before.
                        readings.add(new Reading(q, Measure.VALUE, null, "actual", PairKind.NONE, null));
                    }
                    continue;
                }
                Indicator indicator = bound.get().indicator();
                Measure measure = reading.measure();
                double value = reading.value();
                String cue = reading.cue();
                if (measure == Measure.YOY_PCT) {
                    Optional<Indicator> growth = dictionary.growthRateOf(indicator.code());
                    if (growth.isPresent()) {
                        indicator = growth.get();   // 'GRDP tăng 7,2%': the growth rate's value
                        measure = Measure.VALUE;
                    }
                }
                if (measure == Measure.YOY_PCT && indicator.isGrowthRate() && cue.startsWith("tăng")) {
                    measure = Measure.VALUE;      // 'tăng trưởng GRDP ước tăng 5,86%': the rate itself
                }
                if (measure == Measure.YOY_PCT && indicator.isGrowthRate() && cue.equals("tăng trưởng")) {
                    measure = Measure.VALUE;
                }
                PhraseHit hit = bound.get().hit();
                if (measure == Measure.VALUE && hit != null && !zero(q)
                        && DIRECTION_BEFORE.matcher(sf.substring(clauseStart, Math.max(clauseStart, hit.start()))).find()) {
                    // 'giảm tỷ lệ hộ nghèo 0,04%': a change of the indicator, not its level
                    if (indicator.unit() == Unit.PERCENT) {
                        continue; // points or percent is not said
                    }
                    Matcher d = DIRECTION_BEFORE.matcher(sf.substring(clauseStart, hit.start()));
                    d.find();
                    value = d.group(1).equals("giảm") ? -value : value;
                    measure = q.isPercent() ? Measure.YOY_PCT : Measure.YOY_ABS;
                }
                if (measure == Measure.PCT_OF_TARGET && indicator.unit() == Unit.PERCENT && bound.get().subject() == null) {
                    measure = Measure.VALUE;      // 'tỷ lệ giải ngân đạt 95% kế hoạch vốn': the rate is the share
                }
                if (!unitFits(indicator, q, measure)) {
                    continue;
                }
                if (measure == Measure.YOY_PCT && indicator.unit() == Unit.PERCENT) {
                    continue; // a rate that 'tăng 1,2%': points or percent is not said
                }
                // The words that govern the figure: back to the previous figure or the last comma, whichever is nearer.
                String local = sf.substring(Math.min(q.start(), Math.max(prevEndBefore(readings, clauseStart), sf.lastIndexOf(',', q.start() - 1) + 1)), q.start());
                boolean localTarget = measure == Measure.VALUE && TARGET_WORDS.matcher(local).find();
                String status = status(sf, q, clauseStart, measure, bound.get(), localTarget);
                if (measure == Measure.PCT_OF_TARGET && "target".equals(status)) {
                    continue; // a target for the share of a target says nothing
                }
                Period period = period(sf, s, q, status, measure);
                PairKind pair = q.target() == null || measure != Measure.VALUE ? PairKind.NONE
                        : q.isPercent() || TARGET_NOUN_AFTER.matcher(clauseAfter(sf, q)).find() || TARGET_WORDS.matcher(local).find()
                        ? PairKind.TARGET : PairKind.WHOLE;
                readings.add(new Reading(q, measure, indicator, status, pair, hit));
                String rule = "dict:" + indicator.code() + " / " + cue;
                out.add(observation(indicator, measure, status, value, q.high(), q, period, s, rule));
                if (pair == PairKind.TARGET) {
                    Period year = period == null ? null : Period.year(period.year());
                    out.add(observation(indicator, Measure.VALUE, "target", q.target(), null, q, year, s, rule + " (pair: target)"));
                } else if (pair == PairKind.WHOLE && indicator.pairWhole() != null) {
                    Indicator whole = dictionary.get(indicator.pairWhole());
                    out.add(observation(whole, Measure.VALUE, status, q.target(), null, q, period, s, rule + " (pair: whole)"));
                }
            }
            return out;
        }

        /** Whether the clause names another place (the country, the region, another area) before the figure. */
        private boolean aboutAnotherPlace(String sentence, int clauseStart, int at) {
            String clause = sentence.substring(clauseStart, at);
            if (ELSEWHERE.matcher(clause).find()) {
                return true;
            }
            if (meta.area() == null) {
                return false;
            }
            String own = IndicatorDictionary.fold(meta.area().replaceFirst("^\\S+(?:\\s+phố)?\\s+", ""));
            Matcher place = NAMED_PLACE.matcher(clause);
            while (place.find()) {
                String name = IndicatorDictionary.fold(place.group(2));
                if (!name.equals(own) && !own.startsWith(name) && !name.startsWith(own)) {
                    return true;
                }
            }
            return false;
        }

        private int prevEndBefore(List<Reading> readings, int clauseStart) {
            return readings.isEmpty() ? clauseStart : Math.max(clauseStart, readings.get(readings.size() - 1).q().end());
        }

        private String clauseAfter(String sf, Quantity q) {
            int semi = sf.indexOf(';', q.end());
            return sf.substring(q.end(), semi < 0 ? sf.length() : semi);
        }

        private boolean zero(Quantity q) {
            return q.unitWord() != null && q.unitWord().startsWith("=");
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
        private Optional<Binding> bind(List<PhraseHit> hits, List<Quantity> qs, Quantity q, Measure measure, List<Reading> earlier,
                                       String sf, int sentenceStart, int clauseStart, boolean targetCue) {
            boolean zero = zero(q);
            String context = contextBefore(sentenceStart + q.start());
            if (measure == Measure.YOY_ABS && !zero && countsThings(q)) {
                // 'giảm 2 người chết, tăng 1 người bị thương': the change names its own subject right after it
                Optional<PhraseHit> after = phraseAfter(hits, qs, q, measure, context, sf, clauseStart, 12);
                if (after.isPresent()) {
                    return Optional.of(new Binding(after.get().indicator(), after.get(), null));
                }
            }
            if (measure != Measure.VALUE) {
                // A change, a share of plan or an earlier level is about the subject the sentence already named,
                // unless a new indicator phrase came in between.
                Parentheses parens = new Parentheses(sf);
                String after = sf.substring(q.end(), Math.min(sf.length(), q.end() + 20));
                boolean aboutCount = ABOUT_COUNT_AFTER.matcher(after).find();
                boolean aboutMoney = ABOUT_MONEY_AFTER.matcher(after).find();
                for (int i = earlier.size() - 1; i >= 0; i--) {
                    Reading r = earlier.get(i);
                    boolean money = r.q().unit() == Unit.VND || r.q().unit() == Unit.USD;
                    if ((aboutCount && money) || (aboutMoney && !money)) {
                        continue; // 'tăng 12,6% về số doanh nghiệp': the change of the count, not of the capital
                    }
                    if (parens.closedBetween(r.q().start(), q.start())) {
                        continue; // '(truy cứu trách nhiệm hình sự 35 vụ ...) (so với cùng kỳ tăng 26 vụ ...)': a part, not the subject
                    }
                    boolean newPhraseBetween = hits.stream().anyMatch(h -> h.start() >= r.q().end() && h.end() <= q.start()
                            && !parens.closedBetween(h.start(), q.start())
                            && earlier.stream().noneMatch(used -> used.hit() == h)
                            && fits(h, q, measure, context, sf, clauseStart) != Integer.MIN_VALUE
                            && (r.indicator() == null || !h.indicator().code().equals(r.indicator().code())));
                    if (newPhraseBetween) {
                        break;
                    }
                    if (r.measure() == Measure.VALUE && r.indicator() == null && (measure.isRelative() || r.q().unit() == q.unit())) {
                        return Optional.empty(); // about a figure the dictionary does not know
                    }
                    if (r.measure() == Measure.VALUE && r.indicator() != null
                            && (measure.isRelative() || zero || r.indicator().unit().accepts(q.unit()))) {
                        return Optional.of(new Binding(r.indicator(), null, r));
                    }
                }
            }
            if (zero && measure == Measure.YOY_ABS) {
                return Optional.empty();
            }
            if (!zero && (measure == Measure.VALUE || measure == Measure.YOY_ABS) && countsThings(q)) {
                Optional<PhraseHit> after = phraseAfter(hits, qs, q, measure, context, sf, clauseStart, measure == Measure.YOY_ABS ? 12 : 60);
                if (after.isPresent()) {
                    return Optional.of(new Binding(after.get().indicator(), after.get(), null));
                }
            }
            PhraseHit best = null;
            int bestContext = Integer.MIN_VALUE;
            for (PhraseHit h : hits) {
                if (h.end() > q.start() || h.start() < clauseStart || (zero && q.start() - h.end() > 40)) {
                    continue;
                }
                if (measure == Measure.VALUE && !targetCue
                        && earlier.stream().anyMatch(r -> r.hit() == h && r.measure() == Measure.VALUE && r.q().unit() == q.unit())) {
                    continue; // the phrase already has its figure ('điều trị nội trú cho 243 lượt ..., điều trị ARV cho 915 lượt')
                }
                int ctx = fits(h, q, measure, context, sf, clauseStart);
                if (ctx == Integer.MIN_VALUE) {
                    continue;
                }
                boolean preferGrowth = measure == Measure.YOY_PCT && best != null && h.start() == best.start() && h.end() == best.end()
                        && h.indicator().isGrowthRate() && !best.indicator().isGrowthRate();
                if (best == null || h.end() > best.end() || (h.end() == best.end() && ctx > bestContext) || preferGrowth) {
                    best = h;
                    bestContext = ctx;
                }
            }
            if (best != null) {
                return Optional.of(new Binding(best.indicator(), best, null));
            }
            if (measure == Measure.VALUE && !zero && clauseStart > 0 && hits.stream().noneMatch(h -> h.start() >= clauseStart && h.end() <= q.start())) {
                // '...; tính chung 5 tháng đầu năm ước đạt 26.105 tỷ đồng': a clause without a subject of its own
                // continues the sentence's.
                for (int i = earlier.size() - 1; i >= 0; i--) {
                    Reading r = earlier.get(i);
                    if (r.measure() == Measure.VALUE && r.indicator() != null && r.q().unit() == q.unit()) {
                        return Optional.of(new Binding(r.indicator(), null, r));
                    }
                }
            }
            return Optional.empty();
        }

        /** Counted things take their noun after the figure ('42 ca sốt xuất huyết'); money and rates take it before. */
        private boolean countsThings(Quantity q) {
            return switch (q.unit()) {
                case VND, USD, PERCENT, PERCENT_POINT, INDEX, OTHER, NOUN -> false;
                default -> true;
            };
        }

        /**
         * A phrase right after the figure that names what it counts: '98 vụ 362 đối tượng vi phạm pháp luật',
         * '05 vụ, 09 đối tượng mua bán, sử dụng trái phép chất ma túy', '96 hộ kinh doanh đăng ký mới'.
         */
        private Optional<PhraseHit> phraseAfter(List<PhraseHit> hits, List<Quantity> qs, Quantity q, Measure measure, String context,
                                                String sf, int clauseStart, int maxDistance) {
            for (PhraseHit h : hits) {
                if (h.start() <= q.start() || h.end() <= q.end() || h.start() - q.end() > maxDistance) {
                    continue;
                }
                // A phrase may begin with the figure's own unit word ('96 hộ kinh doanh đăng ký mới').
                int gapFrom = Math.min(q.end(), Math.max(h.start(), q.start() + 1));
                String gap = sf.substring(gapFrom, Math.max(gapFrom, h.start()));
                boolean plain = POSTFIX_GAP.matcher(gap).matches();
                boolean listOfCounts = !plain && LIST_GAP.matcher(gap).matches();
                boolean nearerFigure = qs.stream().anyMatch(o -> o != q && o.start() >= q.end() && o.start() < h.start() && o.unit() == q.unit());
                if (nearerFigure) {
                    continue; // '119 công trình ..., xử phạt 25 công trình xây dựng không phép': the phrase is 25's
                }
                if ((plain || listOfCounts) && !POSTFIX_BLOCKER.matcher(gap).find() && !introducesFigure(sf, h, qs)
                        && fits(h, q, measure, context, sf, clauseStart) != Integer.MIN_VALUE) {
                    return Optional.of(h);
                }
            }
            return Optional.empty();
        }

        /**
         * A phrase followed closely by a figure it could own ('đã làm rõ bắt xử lý 25 vụ') names that
         * figure, not one before it.
         */
        private boolean introducesFigure(String sf, PhraseHit h, List<Quantity> qs) {
            for (Quantity next : qs) {
                if (next.start() < h.end() || next.start() > h.end() + 24) {
                    continue;
                }
                String between = sf.substring(h.end(), next.start());
                return !between.matches("(?s).*[(),;.].*") && !between.contains(" và ") && !between.contains(" hoặc ")
                        && (h.indicator().unit().accepts(next.unit()) || countsThings(next));
            }
            return false;
        }

        /** Context strength (position of the nearest context word) if the hit may own the figure, else MIN_VALUE. */
        private int fits(PhraseHit h, Quantity q, Measure measure, String context, String sf, int clauseStart) {
            Indicator ind = h.indicator();
            if (!unitFits(ind, q, measure)) {
                return Integer.MIN_VALUE;
            }
            int from = Math.min(clauseStart, h.start());
            String clause = sf.substring(from, h.start()) + " " + sf.substring(Math.min(h.end(), q.start()), q.start());
            for (String x : ind.exclude()) {
                if (clause.contains(x)) {
                    return Integer.MIN_VALUE;
                }
            }
            if (ind.context().isEmpty()) {
                return 0;
            }
            int best = Integer.MIN_VALUE;
            for (String alternative : ind.context()) {
                int at = Integer.MIN_VALUE;
                for (String part : alternative.split("&")) {
                    int p = context.lastIndexOf(part.trim());
                    if (p < 0) {
                        at = Integer.MIN_VALUE;
                        break;
                    }
                    at = Math.max(at, p);
                }
                best = Math.max(best, at);
            }
            return best;
        }

        /** Folded text before the figure where its agency or topic is named: the paragraph, and for a footnote its anchor. */
        private String contextBefore(int absolute) {
            return prefix + folded.substring(start, Math.min(absolute, end));
        }

        private boolean unitFits(Indicator ind, Quantity q, Measure measure) {
            if (zero(q)) {
                return ind.unit() == Unit.CASE || ind.unit() == Unit.PERSON;
            }
            return switch (measure) {
                case PCT_OF_TARGET, YOY_PCT, MOM_PCT -> q.isPercent();
                case VALUE, PREV_VALUE, YOY_ABS -> ind.unit().accepts(q.unit())
                        || (ind.unit() == Unit.PERCENT && q.unit() == Unit.PERCENT_POINT && measure == Measure.YOY_ABS);
            };
        }

        private String status(String sf, Quantity q, int clauseStart, Measure measure, Binding binding, boolean localTarget) {
            if (targetSection) {
                return "target";
            }
            if (measure == Measure.PREV_VALUE) {
                return "actual"; // last year's level is an observed figure, whatever this year's status
            }
            if (measure != Measure.VALUE && binding.subject() != null) {
                return binding.subject().status();
            }
            if (localTarget) {
                return "target";
            }
            // 'ước' covers the figures after it in its clause, the parts listed after '; trong đó' in the same
            // sentence, and the figures of a footnote to that sentence.
            boolean partsOfBefore = sf.substring(clauseStart).stripLeading().startsWith("trong đó");
            String scope = partsOfBefore ? sf.substring(0, q.start()) : sf.substring(clauseStart, q.start());
            return ESTIMATE.matcher(anchorSentence() + " " + scope).find() ? "estimate" : "actual";
        }

        /** For a footnote, the sentence that refers to it; else nothing. */
        private String anchorSentence() {
            int end = prefix.length();
            int start = Math.max(prefix.lastIndexOf(". ", end - 2), prefix.lastIndexOf("; ", end - 2));
            return start < 0 ? prefix : prefix.substring(start + 2);
        }

        /** The year of yearless mentions such as 'tháng 5' or 'quý II': the document's. */
        private Integer defaultYear() {
            return meta.period() != null ? Integer.valueOf(meta.period().year()) : meta.targetYear();
        }

        private Period period(String sf, int sentenceStart, Quantity q, String status, Measure measure) {
            Period base = meta.period();
            String before = sf.substring(0, q.start());
            if ("target".equals(status)) {
                // In a part that sets targets they are for the coming period; elsewhere ('chưa đạt mục tiêu (7,5 - 8%)')
                // a target named beside a result is the result's own year's.
                Integer year = targetSection || base == null ? meta.targetYear() : Integer.valueOf(base.year());
                for (PeriodParser.Mention m : periods.findAll(before, defaultYear())) {
                    if (m.kind() == PeriodParser.Kind.YEAR && !CAME_BEFORE_SAME_PERIOD.matcher(before.substring(0, m.start())).find()) {
                        year = m.period().year();
                    }
                }
                return year == null ? base : Period.year(year);
            }
            Period found = base;
            String paragraphBefore = prefix + folded.substring(start, sentenceStart);
            for (PeriodParser.Mention m : periods.findAll(paragraphBefore, defaultYear())) {
                // 'Tòa án ... lũy kế 05 tháng đầu năm 2021: thụ lý ...' sets the period for the rest of the paragraph.
                String mention = paragraphBefore.substring(m.start(), m.end());
                boolean scoped = mention.startsWith("lũy kế") || mention.startsWith("luỹ kế") || mention.startsWith("tính chung")
                        || CUMULATIVE_BEFORE.matcher(paragraphBefore.substring(0, m.start())).find()
                        || paragraphBefore.startsWith(":", m.end());
                if (m.kind() != PeriodParser.Kind.YEAR && scoped) {
                    found = m.period();
                }
            }
            for (PeriodParser.Mention m : periods.findAll(before, defaultYear())) {
                if (CAME_BEFORE_SAME_PERIOD.matcher(before.substring(0, m.start())).find()) {
                    continue;
                }
                if (m.kind() == PeriodParser.Kind.YEAR && base != null && m.period().year() >= base.year()
                        && before.startsWith("năm", m.start())) {
                    continue; // 'năm 2021' in a report on quý I/2021 names the plan year, not the period; 'cả năm' is the year
                }
                found = m.period();
            }
            Matcher sinceJanuary = SINCE_START_OF_YEAR.matcher(before);
            if (base != null && sinceJanuary.find() && found == base) {
                // 'lũy kế từ đầu năm' in a monthly report: January up to the report's month
                found = Period.months(base.end().getYear(), 1, base.end().getMonthValue());
            }
            if (measure == Measure.PREV_VALUE && found != null) {
                return found.minusYears(1);
            }
            return found;
        }
    }

    /** Which parenthetical groups of a sentence each position is in. */
    private static final class Parentheses {
        private final int[] closeOf;   // for each '(' position, where it closes (or -1)
        private final String s;

        Parentheses(String s) {
            this.s = s;
            this.closeOf = new int[s.length()];
            java.util.Arrays.fill(closeOf, -1);
            java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) == '(') {
                    open.push(i);
                } else if (s.charAt(i) == ')' && !open.isEmpty()) {
                    closeOf[open.pop()] = i;
                }
            }
        }

        /** Whether a parenthetical that contains {@code at} closes before {@code later}. */
        boolean closedBetween(int at, int later) {
            for (int i = 0; i < at && i < s.length(); i++) {
                if (s.charAt(i) == '(' && closeOf[i] > at && closeOf[i] < later) {
                    return true;
                }
            }
            return false;
        }
    }
}
