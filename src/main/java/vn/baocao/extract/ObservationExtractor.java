package vn.baocao.extract;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import vn.baocao.extract.area.Gazetteer;
import vn.baocao.extract.area.PlaceMention;
import vn.baocao.extract.document.DocumentText;
import vn.baocao.extract.document.Paragraph;
import vn.baocao.extract.document.Sentence;
import vn.baocao.extract.figure.Measure;
import vn.baocao.extract.figure.MeasureReader;
import vn.baocao.extract.figure.Reading;
import vn.baocao.extract.language.Cue;
import vn.baocao.extract.language.Indicator;
import vn.baocao.extract.language.IndicatorDictionary;
import vn.baocao.extract.language.IndicatorPhrase;
import vn.baocao.extract.language.Unit;
import vn.baocao.extract.meta.DocumentMetadata;
import vn.baocao.extract.meta.MetadataReader;
import vn.baocao.extract.number.Quantity;
import vn.baocao.extract.number.QuantityReader;
import vn.baocao.extract.period.Period;
import vn.baocao.extract.period.PeriodContext;
import vn.baocao.extract.period.PeriodMention;
import vn.baocao.extract.text.PhraseIndex;
import vn.baocao.extract.text.Tokens;

/**
 * Reads the figures of a document's prose. Each sentence is read once, figure by
 * figure: what the figure measures (see {@link MeasureReader}), which indicator
 * it is about, its status, its period, its price basis and crop season.
 *
 * <p>Which indicator: a phrase named after it with 'về' ('+33% về chỉ số IIP'); a
 * phrase right before it; for a count, a phrase right after it ('42 ca sốt xuất
 * huyết', '467 doanh nghiệp đăng ký thành lập mới'); a phrase named since the
 * previous figure with few other words between; for a count, a phrase further
 * on in its clause that is not one item of a list; else what the sentence is
 * already about: a change or share of plan after a level is about that level, a
 * count in another unit after it ('1.180 vụ, 2.358 bị can') about what the same
 * phrase names in that unit, a percentage after a count about its completion rate
 * ('đã giải quyết 42 tin, đạt tỷ lệ 51,2%'), a target in brackets after a figure
 * about the same thing ('(chỉ tiêu giao 7,5 – 8%)').
 *
 * <p>Status: target words close before the figure, goal words earlier in its
 * sentence, a part of the document that sets goals, or a period that had not
 * begun on the document's date make it a target; estimate words in its sentence
 * an estimate. Period: a period written right after it ('của 6 tháng năm 2021'),
 * one written since the previous figure, what a change is about, one that opens
 * its sentence or clause, one that opened an earlier sentence of its paragraph,
 * else the document's. Figures about other places ('cả nước', another unit) are
 * not the document's.
 */
public final class ObservationExtractor {

    /** How far back context words are looked for. */
    private static final int CONTEXT_TOKENS = 400;
    /** Rule words a phrase may have between it and its figure and still stand right by it. */
    private static final int ADJACENT = 3;
    /** Words no rule knows that may stand between a phrase and its figure. */
    private static final int FOREIGN_WORDS = 6;
    /** How far after a count the phrase naming what it counts may stand. */
    private static final int POSTFIX_REACH = 30;
    /** How close before a figure a target word must stand to make it a target. */
    private static final int TARGET_REACH = 8;
    /** Words no rule knows that may stand between a figure and a change that is still about it. */
    private static final int SUBJECT_FOREIGN_WORDS = 2;
    private static final int RANK_REACH = 6;
    private static final int ABOUT_WORDS = 4;
    /** How many tokens may open a sentence or clause before a period that holds for it. */
    private static final int OPENING = 5;

    private final IndicatorDictionary dictionary;
    private final QuantityReader quantities = new QuantityReader();
    private final MeasureReader measures = new MeasureReader();
    private final Consumer<String> trace;

    public ObservationExtractor(IndicatorDictionary dictionary) {
        this(dictionary, s -> { });
    }

    /** An extractor that tells {@code trace} how it read every figure (the explain command). */
    public ObservationExtractor(IndicatorDictionary dictionary, Consumer<String> trace) {
        this.dictionary = dictionary;
        this.trace = trace;
    }

    /** Every figure read from the prose, in text order. */
    public List<Observation> extract(MetadataReader.Reading reading) {
        return new Pass(reading).run();
    }

    /** One document's reading, with the state that runs through it. */
    private final class Pass {
        private final DocumentText doc;
        private final Tokens t;
        private final DocumentMetadata meta;
        private final PeriodMention[] periodAt;
        private Reading lastReading;
        /** The status frame of the sentence before ('ước' in it), which a breakdown sentence goes on with. */
        private Status previousFrame = Status.NONE;
        /** The indicators the sentence has named so far, first first: what a later change or 'về ...' can refer back to. */
        private final List<Binding> sentenceSubjects = new ArrayList<>();
        /** Where the clause that last named something starts: a clause that names nothing goes on with it. */
        private int namingClauseFrom;
        /** The numbers written so far in the paragraph. */
        private final java.util.Set<Double> paragraphValues = new java.util.HashSet<>();
        /** Indicators of the count group being read and of the one before ('46 vụ/72 bị can, đạt tỷ lệ 54,8%'). */
        private java.util.Set<String> currentGroup = new java.util.HashSet<>();
        private java.util.Set<String> previousGroup = new java.util.HashSet<>();
        private final boolean[] periodToken;
        private final PeriodContext ctx;
        private final List<PlaceMention> places;
        private final IndicatorChooser chooser;
        private final List<Observation> out = new ArrayList<>();
        private final Sections sections;
        private Period carried;
        private Subject lastSubject;

        Pass(MetadataReader.Reading r) {
            this.doc = r.text();
            this.t = doc.tokens();
            this.meta = r.metadata();
            this.periodAt = new PeriodMention[t.size()];
            this.periodToken = new boolean[t.size()];
            for (PeriodMention m : r.periods()) {
                for (int i = m.start(); i < m.end(); i++) {
                    periodAt[i] = m;
                    periodToken[i] = true;
                }
            }
            this.ctx = r.context();
            this.places = r.places().stream().sorted(Comparator.comparingInt(PlaceMention::start)).toList();
            this.chooser = new IndicatorChooser(doc);
            this.sections = new Sections(doc, "plan".equals(meta.kind()));
        }

        List<Observation> run() {
            int s = 0;
            List<Sentence> sentences = doc.sentences();
            for (Paragraph p : doc.paragraphs()) {
                if (p.furniture() || p.isEmpty()) {
                    continue;
                }
                sections.enter(p);
                carried = p.footnote() == null ? null : periodAtAnchor(p);
                if (p.footnote() != null && p.footnote().anchor() >= 0) {
                    int anchor = t.indexAt(p.footnote().anchor());
                    Sentence at = doc.sentenceOf(Math.max(0, anchor - 1));
                    previousFrame = at == null ? Status.NONE : statusIn(at.from(), anchor, "sentence");
                }
                paragraphValues.clear();
                lastSubject = null;
                while (s < sentences.size() && sentences.get(s).paragraph().index() < p.index()) {
                    s++;
                }
                while (s < sentences.size() && sentences.get(s).paragraph() == p) {
                    sentence(sentences.get(s));
                    s++;
                }
            }
            return out;
        }

        private void sentence(Sentence s) {
            List<Quantity> qs = new ArrayList<>(quantities.read(doc, s.from(), s.to(), periodToken));
            addZeroMentions(s, qs);
            qs.sort(Comparator.comparingInt(Quantity::start));
            // a sentence that names nothing before its first figure ('Đạt 99,13% so với kế hoạch.') goes on with the last one's
            Subject subject = !qs.isEmpty() && !hasContent(s.from(), qs.get(0).start()) && spansBefore(s.from(), qs.get(0).start()).isEmpty()
                    ? lastSubject : null;
            int[] head = CountGroups.heads(t, qs);
            sentenceSubjects.clear();
            namingClauseFrom = s.from();
            int[] windows = new int[qs.size()];
            Reading[] readings = new Reading[qs.size()];
            ParenthesisScope parens = new ParenthesisScope(t, s.from());
            int prevEnd = s.from();
            for (int k = 0; k < qs.size(); k++) {
                Quantity q = qs.get(k);
                if (q.start() < prevEnd) {
                    continue;
                }
                subject = parens.enter(q.start(), subject);
                int clauseFrom = clauseStart(s, q.start());
                int clauseTo = clauseEnd(s, q.end());
                if (clauseFrom > prevEnd && (hasContent(clauseFrom, q.start()) || !spansBefore(clauseFrom, q.start()).isEmpty())) {
                    // a new clause after ';' starts afresh, unless it names nothing: '...; tính chung 5 tháng ước đạt 26.105 tỷ đồng'
                    subject = null;
                    namingClauseFrom = clauseFrom;
                }
                int windowFrom = Math.max(clauseFrom, prevEnd);
                int next = k + 1 < qs.size() ? qs.get(k + 1).start() : s.to();
                Reading reading = read(q, windowFrom, Math.min(next, clauseTo), k > 0 ? lastReading : null);
                if (head[k] != k && readings[head[k]] != null) {
                    // '98 vụ 362 đối tượng vi phạm pháp luật', 'tăng 26 vụ và 113 đối tượng': counts of one thing in two units
                    reading = CountGroups.likeHead(reading, readings[head[k]], q);
                    windowFrom = Math.min(windowFrom, windows[head[k]]);
                }
                windows[k] = windowFrom;
                readings[k] = reading;
                lastReading = reading;
                if (reading == null) {
                    trace("  " + span(q) + ": no figure (contribution, remainder or an unclear change)");
                    prevEnd = q.end();
                    continue;
                }
                Figure f = new Figure(s, q, reading, windowFrom, clauseFrom, clauseTo, next, qs, k, head);
                Subject after = figure(f, subject);
                paragraphValues.add(q.value());
                prevEnd = Math.max(Math.max(q.end(), reading.end()), f.consumed);
                if (after != null) {
                    subject = after;
                }
            }
            carryOpeningPeriod(s);
            lastSubject = subject;
            Status frame = statusIn(s.from(), s.to(), "sentence");
            previousFrame = frame == Status.NONE && breakdown(s) ? previousFrame : frame;
        }

        /** A sentence that opens with a word of statuses.csv's 'inherit' entry breaks down the one before it. */
        private boolean breakdown(Sentence s) {
            for (int i = s.from(); i < Math.min(s.to(), s.from() + 2); i++) {
                if (doc.cueAt(i, Cue.Category.STATUS, "inherit") != null) {
                    return true;
                }
            }
            return false;
        }

        /** One figure and where it stands. */
        private final class Figure {
            final Sentence s;
            final Quantity q;
            final Reading reading;
            final int windowFrom;
            final int clauseFrom;
            final int clauseTo;
            final int next;
            final List<Quantity> all;
            final int index;
            /** For each figure of the sentence, the first of its count group (see {@link CountGroups}). */
            final int[] groupHead;
            int consumed;

            Figure(Sentence s, Quantity q, Reading reading, int windowFrom, int clauseFrom, int clauseTo, int next,
                   List<Quantity> all, int index, int[] groupHead) {
                this.groupHead = groupHead;
                this.s = s;
                this.q = q;
                this.reading = reading;
                this.windowFrom = windowFrom;
                this.clauseFrom = clauseFrom;
                this.clauseTo = clauseTo;
                this.next = next;
                this.all = all;
                this.index = index;
                this.consumed = q.end();
            }
        }

        /** {@code before}: the reading of the figure just before, which 'tương đương' restates. */
        private Reading read(Quantity q, int from, int to, Reading before) {
            if (zero(q)) {
                boolean unchanged = q.unitWords().equals("zero:unchanged");
                return new Reading(unchanged ? Measure.YOY_ABS : Measure.VALUE, 0, null, unchanged ? "như cùng kỳ" : "không xảy ra",
                        q.end(), null, false, false);
            }
            return measures.read(doc, q, from, to, periodToken, before);
        }

        private boolean zero(Quantity q) {
            return q.unitWords().startsWith("zero:");
        }

        /** 'Tai nạn giao thông: không xảy ra', 'như cùng kỳ': zero figures without a number. */
        private void addZeroMentions(Sentence s, List<Quantity> qs) {
            for (int i = s.from(); i < s.to(); i++) {
                PhraseIndex.Hit<Cue> none = doc.cueAt(i, Cue.Category.MEASURE, "none");
                PhraseIndex.Hit<Cue> same = doc.cueAt(i, Cue.Category.MEASURE, "unchanged");
                PhraseIndex.Hit<Cue> h = none != null ? none : same;
                if (h != null) {
                    qs.add(new Quantity(h.start(), h.end(), h.start(), 0, null, null, Unit.NONE,
                            none != null ? "zero:none" : "zero:unchanged", false, null));
                    i = h.end() - 1;
                }
            }
        }

        /** Reads one figure; returns what the sentence is about afterwards (null: unchanged). */
        private Subject figure(Figure f, Subject subject) {
            Quantity q = f.q;
            Reading r = f.reading;
            if (f.groupHead[f.index] == f.index) {
                previousGroup = currentGroup;
                currentGroup = new java.util.HashSet<>();
            }
            // '(151.592 lượt)', '(51/38)', '(25,67%)' right after a change: last year's level, or the change in percent
            if (subject != null && subject.known() && subject.changed() && inParentheses(q) && noWordsBetween(f.windowFrom, q.start())
                    && (r.measure() == Measure.VALUE || r.cue().startsWith("chỉ số"))) {
                if (q.second() != null && !q.percent()) {
                    emit(subject.indicator(), Measure.PREV_VALUE, "actual", q.second(), null, q, r, minusYear(subject.period()),
                            subject.basis(), subject.season(), null, "dict:" + subject.indicator().code() + " (hiện tại/cùng kỳ)");
                    return null;
                }
                if (q.percent() && subject.measure() == Measure.YOY_ABS && !subject.indicator().isPercent()) {
                    r = new Reading(Measure.YOY_PCT, Math.copySign(q.value(), subject.value()), null, "(% thay đổi)", r.end(), null, false, false);
                } else if (!q.percent() && q.second() == null && subject.indicator().unit().accepts(q.unit())) {
                    emit(subject.indicator(), Measure.PREV_VALUE, "actual", q.value(), null, q, r, minusYear(subject.period()),
                            subject.basis(), subject.season(), null, "dict:" + subject.indicator().code() + " (cùng kỳ)");
                    return null;
                }
            }
            if (elsewhere(f.windowFrom, q.start())) {
                trace("  " + span(q) + ": about another place");
                return Subject.UNKNOWN;
            }
            Binding b = bind(f, r, subject);
            if (b == null) {
                trace("  " + span(q) + " " + r.measure().code() + ": no indicator");
                if (r.measure() != Measure.VALUE || zero(q) || f.groupHead[f.index] != f.index) {
                    return null; // '25 vụ và 33 đối tượng': an unnamed count in a group leaves the group's subject
                }
                List<PhraseIndex.Hit<IndicatorPhrase>> near = nearestSpan(f);
                boolean foreign = hasContent(near.isEmpty() ? f.windowFrom : near.get(0).end(), q.start());
                return near.isEmpty() && !foreign && subject != null ? null
                        : new Subject(null, "actual", null, null, null, Measure.VALUE, q.value(), q.unit(), false,
                        foreign ? List.of() : near, null);
            }
            Indicator ind = b.indicator();
            currentGroup.add(ind.code());
            if (!b.viaSubject()) {
                sentenceSubjects.add(b);
            }
            Measure measure = b.measure();
            double value = r.value();
            Double high = r.high();
            if (b.growth() && r.cue().startsWith("chỉ số")) {
                value = q.value(); // 'tốc độ tăng năng suất lao động 12,35% so ước thực hiện năm 2024': a growth rate, no index
                high = q.high();
            }
            PhraseIndex.Hit<Cue> verb = measure == Measure.VALUE && !q.signed() ? directionBefore(b.hit(), q) : null;
            if (verb != null) {
                // 'Giảm tỷ lệ hộ nghèo 0,04%', 'tăng thu ngân sách 500 tỷ đồng': a change of what the phrase names
                double sign = verb.value().type().equals("down") ? -1 : 1;
                measure = q.percent() && !ind.isPercent() ? Measure.YOY_PCT : Measure.YOY_ABS;
                value = sign * Math.abs(value);
                high = high == null ? null : sign * Math.abs(high);
            }
            if (b.rate() && measure == Measure.VALUE) {
                measure = Measure.PCT_OF_TARGET; // 'đạt tỷ lệ 91,53%' after '83,29%/91%': the share of the target just given
            }
            String basis = r.basis() != null ? r.basis() : priceBasis(f.clauseFrom, q.start(), subject, r);
            String season = season(f.clauseFrom, q, f.next, subject, r);
            Indicator level = ind;
            if (measure == Measure.YOY_PCT && ind.kind() == Indicator.Kind.GROWTH) {
                measure = Measure.VALUE;
            } else if (measure == Measure.YOY_PCT && (b.growth() || !"giá hiện hành".equals(basis))) {
                // 'GRDP tăng 7,2%' is the growth rate; 'GRDP theo giá hiện hành tăng 14,1%' only a nominal change
                Indicator growth = dictionary.growthRateOf(ind.code()).orElse(null);
                if (growth != null) {
                    ind = growth;
                    measure = Measure.VALUE;
                    if (b.growth()) {
                        basis = null;
                    }
                }
            }
            Period own = ownPeriod(q, r);
            String status = status(f, r, subject, b.relative());
            Period period = period(f, status, subject, b.relative(), own);
            if (own != null && (measure == Measure.VALUE || r.growth()) && meta.period() != null && own.equals(meta.period().minusYears(1))) {
                measure = Measure.PREV_VALUE; // 'thấp hơn mức tăng 13,52% của 6 tháng năm 2021'
                status = "actual";
            } else if (measure == Measure.PREV_VALUE && own == null) {
                period = minusYear(period);
                status = "actual";
            }
            String rule = b.rule() + " / " + r.cue();
            if (q.second() != null && measure == Measure.VALUE) {
                Indicator whole = ind.pairWhole() == null ? null : dictionary.get(ind.pairWhole());
                emit(ind, measure, status, value, high, q, r, period, basis, season, b.hit(), rule);
                if (whole != null) {
                    emit(whole, measure, status, q.second(), null, q, r, period, basis, season, b.hit(), rule + " (phần/tổng)");
                } else if (paragraphValues.contains(q.second())) {
                    // 'tổng số việc phải thi hành là 1.051 việc; số việc có điều kiện thi hành là 609/1.051 việc': a part of a whole given before
                    trace("  " + span(q) + ": " + q.second() + " is a whole written before, not a target");
                } else {
                    emit(ind, measure, "target", q.second(), null, q, r, targetPeriod(period), basis, season, b.hit(),
                            rule + " (thực hiện/kế hoạch)");
                }
            } else {
                emit(ind, measure, status, value, high, q, r, period, basis, season, b.hit(), rule);
            }
            if (b.viaSubject() && subject != null && subject.known()) {
                return new Subject(subject.indicator(), subject.status(), subject.period(), subject.basis(), subject.season(),
                        r.measure(), value, q.unit(), false, subject.phrases(), ind);
            }
            List<PhraseIndex.Hit<IndicatorPhrase>> phrases = b.span() != null ? withNested(b.span())
                    : subject == null ? List.of() : subject.phrases();
            return new Subject(level, status, period, basis, season, r.measure(), value, q.unit(), q.second() != null, phrases, ind);
        }

        /** The indicator a figure belongs to, and how it was decided. */
        private record Binding(Indicator indicator, Measure measure, PhraseIndex.Hit<IndicatorPhrase> hit,
                               List<PhraseIndex.Hit<IndicatorPhrase>> span, String rule, boolean viaSubject, boolean rate,
                               boolean growth) {

            boolean relative() {
                return viaSubject;
            }
        }

        private Binding bind(Figure f, Reading r, Subject subject) {
            Quantity q = f.q;
            Paragraph para = doc.paragraphOf(q.start());
            int contextFrom = Math.max(para.from(), q.start() - CONTEXT_TOKENS);
            int outerFrom = Math.max(previousParagraphStart(para), q.start() - CONTEXT_TOKENS);
            int[] anchor = anchorContext(para);
            int tailEnd = tailEnd(q, f.next, f.clauseTo);
            int[] label = label(para);
            IndicatorChooser.Scope scope = new IndicatorChooser.Scope(contextFrom, outerFrom, f.s.to(), anchor[0], anchor[1], f.windowFrom, tailEnd,
                    label[0], label[1]);
            boolean relative = r.measure() != Measure.VALUE;
            // '+33% về chỉ số IIP', 'tăng 12,6% về số doanh nghiệp': what the figure is about, named after it
            List<PhraseIndex.Hit<IndicatorPhrase>> about = aboutAfter(q, r, f);
            Binding b = tryCandidate(about, q, r, scope, true, f, true);
            if (b != null) {
                return b;
            }
            if (about.isEmpty() && (b = aboutSubject(q, r, f)) != null) {
                return b;
            }
            List<List<PhraseIndex.Hit<IndicatorPhrase>>> prefix = spansBefore(f.windowFrom, q.start());
            List<PhraseIndex.Hit<IndicatorPhrase>> after = new ArrayList<>();
            List<PhraseIndex.Hit<IndicatorPhrase>> farAfter = new ArrayList<>();
            postfix(f, after, farAfter);
            if (relative) {
                if (!after.isEmpty() && (q.unit().whole() || zero(q) && countNoun(q.end(), after.get(0).end()))
                        && (b = tryCandidate(after, q, r, scope, true, f, true)) != null) {
                    return b;
                }
                boolean namedOther = false;
                for (List<PhraseIndex.Hit<IndicatorPhrase>> span : prefix) {
                    if (span.stream().allMatch(h -> h.value().weak()) || !near(span, q)) {
                        continue;
                    }
                    if ((b = tryCandidate(span, q, r, scope, false, f, false)) != null) {
                        return combined(span, f) ? null : b;
                    }
                    namedOther = true;
                }
                if (namedOther) {
                    return null; // '..., tỷ lệ hộ nghèo giảm 1,72%': a change of what is named, in a form it cannot take
                }
                if (foreign(afterLastComma(afterOpenParenthesis(f.windowFrom, q.start()), q.start()), q.start()) > SUBJECT_FOREIGN_WORDS) {
                    return null; // 'do năng suất lúa vụ Đông Xuân tăng 13,5%': the change of something else
                }
                if (subject != null && subject.known() && r.growth() && r.measure() == Measure.PREV_VALUE) {
                    // 'GRDP tăng 6,3%, cao hơn mức tăng của cùng kỳ năm trước (4,09%)': last year's growth rate
                    Indicator s = subject.indicator();
                    Indicator growth = s.kind() == Indicator.Kind.GROWTH ? s : dictionary.growthRateOf(s.code()).orElse(null);
                    if (growth != null) {
                        return new Binding(growth, Measure.PREV_VALUE, null, null, "dict:" + growth.code() + " (mức tăng cùng kỳ)",
                                true, false, false);
                    }
                }
                if (subject != null && subject.known() && IndicatorChooser.fits(subject.indicator(), q, r.measure(), r.share())) {
                    return new Binding(subject.indicator(), r.measure(), null, null, "dict:" + subject.indicator().code() + " (chủ ngữ)",
                            true, false, false);
                }
                boolean otherUnit = subject != null && subject.known() && q.unit().whole() && !subject.indicator().unit().accepts(q.unit());
                if (subject != null && (!subject.known() || otherUnit) && !subject.phrases().isEmpty()) {
                    // '1.180 vụ, 2.358 bị can (giảm 79 vụ ...)': the change of what the same phrase names in the change's unit
                    b = tryCandidate(subject.phrases(), q, r, scope, false, f, false);
                    // 'rau các loại đạt 2.611,5 ha, tăng 15,9%': the change of the area, not of the output the phrase names
                    boolean sameThing = b == null || subject.known() || subject.unit() == Unit.NONE || b.indicator().unit().accepts(subject.unit())
                            || b.indicator().kind() != Indicator.Kind.LEVEL
                            || b.indicator().isPercent() && subject.unit() == Unit.PERCENT;
                    if (b != null && sameThing) {
                        return b;
                    }
                }
                if (subject != null && q.unit().whole()) {
                    // 'Tai nạn giao thông xảy ra 6 vụ, làm chết 4 người, bị thương 3 người; so với cùng kỳ giảm 2 vụ': the change
                    // of the sentence's first count in that unit
                    for (Binding earlier : sentenceSubjects) {
                        Indicator e = earlier.indicator();
                        if (earlier.hit() != null && earlier.hit().start() >= namingClauseFrom && e.unit().accepts(q.unit()) && e.kind() == Indicator.Kind.LEVEL && IndicatorChooser.fits(e, q, r.measure(), false)) {
                            return new Binding(e, r.measure(), null, null, "dict:" + e.code() + " (chủ ngữ của câu)", true, false, false);
                        }
                    }
                }
                return null;
            }
            List<Candidate> order = new ArrayList<>();
            if (!prefix.isEmpty() && adjacentBefore(prefix.get(0), q)) {
                order.add(new Candidate(prefix.get(0), true));
            }
            if (!after.isEmpty() && !q.percent() && (!zero(q) || countNoun(q.end(), after.get(0).end()))) {
                order.add(new Candidate(after, true));
            }
            for (List<PhraseIndex.Hit<IndicatorPhrase>> span : prefix) {
                if (near(span, q)) {
                    order.add(new Candidate(span, adjacentBefore(span, q)));
                }
            }
            if (!farAfter.isEmpty() && (q.unit().whole() || zero(q) && countNoun(q.end(), farAfter.get(0).end()))) {
                order.add(new Candidate(farAfter, false));
            }
            for (Candidate cand : order) {
                if ((b = tryCandidate(cand.hits(), q, r, scope, cand.adjacent(), f, cand.hits() == after)) != null
                        && !rateOfSomethingElse(b, subject)) {
                    return cand.hits() != after && combined(cand.hits(), f) ? null : b;
                }
            }
            if (subject == null || hasContent(f.windowFrom, q.start())) {
                return null;
            }
            if (subject.known()) {
                Indicator s = subject.indicator();
                // 'đạt 52,6%' after what was just counted: its completion rate
                Indicator rate = dictionary.rateOf(s.code()).orElse(null);
                if (q.percent() && rate != null && reachBefore(q, f.windowFrom)) {
                    return new Binding(rate, Measure.VALUE, null, null, "dict:" + rate.code() + " (tỷ lệ của " + s.code() + ")", false, false, false);
                }
                // 'đạt tỷ lệ 91,53%' after a pair '83,29%/91%': the share of the target just given
                if (q.percent() && subject.pair() && s.pairWhole() == null && reachBefore(q, f.windowFrom)) {
                    return new Binding(s, Measure.VALUE, null, null, "dict:" + s.code() + " (đạt tỷ lệ sau chỉ tiêu)", true, true, false);
                }
                // '(chỉ tiêu giao 7,5 – 8%)', '(Kế hoạch giao là 82%)' after a figure: its target
                if (targetNear(f.windowFrom, q.start())) {
                    for (Indicator of : new Indicator[] {subject.shown(), s}) {
                        if (of != null && IndicatorChooser.fits(of, q, Measure.VALUE, false)) {
                            return new Binding(of, Measure.VALUE, null, null, "dict:" + of.code() + " (chỉ tiêu của chủ ngữ)", true, false, false);
                        }
                    }
                }
                // '...; tính chung 5 tháng ước đạt 26.105 tỷ đồng': a clause with no subject of its own continues the sentence's
                if (s.unit().accepts(q.unit()) && !q.percent() && q.unit() != Unit.NONE
                        && (subject.measure() == Measure.VALUE || !sentenceSubjects.isEmpty())) {
                    return new Binding(s, Measure.VALUE, null, null, "dict:" + s.code() + " (tiếp chủ ngữ)", false, false, false);
                }
            }
            // '1.180 vụ, 2.358 bị can', '398 vụ (811 đối tượng)': a second count of what the same phrase names, in another unit
            if (!subject.phrases().isEmpty() && q.unit().whole() && !hasContent(f.windowFrom, q.start())) {
                return tryCandidate(subject.phrases(), q, r, scope, true, f, false);
            }
            // 'xử lý vi phạm hành chính 538 trường hợp với số tiền 844,31 triệu đồng': the amount of what was counted
            if (!subject.phrases().isEmpty() && q.unit() == Unit.VND && !hasContent(f.windowFrom, q.start())) {
                return tryCandidate(subject.phrases(), q, r, scope, true, f, false);
            }
            return null;
        }

        /**
         * 'hòa giải thành 87/316 vụ, đạt tỷ lệ 27,53%': a bare 'tỷ lệ' after a figure is the rate of that figure, not
         * the rate the dictionary files under the word, unless that figure is what the rate is of.
         */
        private boolean rateOfSomethingElse(Binding b, Subject subject) {
            Indicator ind = b.indicator();
            return b.hit() != null && b.hit().value().weak() && ind.rateOf() != null && subject != null
                    && (!subject.known() || !subject.indicator().code().equals(ind.rateOf()))
                    && !currentGroup.contains(ind.rateOf()) && !previousGroup.contains(ind.rateOf());
        }

        private record Candidate(List<PhraseIndex.Hit<IndicatorPhrase>> hits, boolean adjacent) {
        }

        /** Where context words are looked for, and exclusion words. */
        private Binding tryCandidate(List<PhraseIndex.Hit<IndicatorPhrase>> hits, Quantity q, Reading r, IndicatorChooser.Scope sc, boolean adjacent,
                                     Figure f, boolean consumesPostfix) {
            if (hits.isEmpty()) {
                return null;
            }
            boolean growth = growthBefore(hits.get(0));
            Measure m = growth && r.measure() == Measure.VALUE && q.percent() ? Measure.YOY_PCT : r.measure();
            if (m == Measure.PCT_OF_TARGET && q.percent()) {
                // 'Tỷ lệ giải ngân vốn đầu tư công đạt trên 95% kế hoạch vốn': a rate named as such is that percentage
                List<PhraseIndex.Hit<IndicatorPhrase>> rates = hits.stream().filter(h -> h.value().indicator().kind() == Indicator.Kind.RATE).toList();
                IndicatorChooser.Choice c = rates.isEmpty() ? null : chooser.choose(rates, q, Measure.VALUE, r.share(), sc, adjacent);
                if (c != null) {
                    return new Binding(c.indicator(), Measure.VALUE, c.hit(), hits, "dict:" + c.indicator().code() + " ("
                            + c.indicator().source() + " '" + c.hit().value().phrase() + "')", false, false, false);
                }
            }
            IndicatorChooser.Choice c = chooser.choose(hits, q, m, r.share(), sc, adjacent);
            if (c == null) {
                return null;
            }
            if (consumesPostfix) {
                f.consumed = Math.max(f.consumed, c.hit().end());
            }
            return new Binding(c.indicator(), m, c.hit(), hits, "dict:" + c.indicator().code() + " (" + c.indicator().source() + " '"
                    + c.hit().value().phrase() + "')", false, false, growth);
        }

        /**
         * 'Có 152 doanh nghiệp thành lập mới với tổng vốn đăng ký 1.236,4 tỷ đồng, tăng 12,6% về số doanh nghiệp': words after
         * 'về' that no phrase matches pick, among what the sentence has named, the one whose phrase shares a word with them.
         */
        private Binding aboutSubject(Quantity q, Reading r, Figure f) {
            int j = q.end();
            while (j < f.clauseTo && (t.is(j, ')') || t.is(j, '%'))) {
                j++;
            }
            if (j >= f.clauseTo || !t.is(j, "về") || r.measure() == Measure.VALUE) {
                return null;
            }
            java.util.Set<String> words = new java.util.HashSet<>();
            for (int i = j + 1; i < Math.min(f.clauseTo, j + 1 + ABOUT_WORDS) && t.isWord(i); i++) {
                if (!doc.covered(i) || doc.cueAt(i, Cue.Category.FILLER) == null) {
                    words.add(t.folded(i));
                }
            }
            for (Binding earlier : sentenceSubjects) {
                PhraseIndex.Hit<IndicatorPhrase> h = earlier.hit();
                if (h == null || !IndicatorChooser.fits(earlier.indicator(), q, r.measure(), r.share())) {
                    continue;
                }
                for (int i = h.start(); i < h.end(); i++) {
                    if (words.contains(t.folded(i)) && doc.cueAt(i, Cue.Category.FILLER) == null) {
                        return new Binding(earlier.indicator(), r.measure(), h, null, "dict:" + earlier.indicator().code() + " (về ...)",
                                false, false, false);
                    }
                }
            }
            return null;
        }

        /** A phrase right after 'về' following the figure. */
        private List<PhraseIndex.Hit<IndicatorPhrase>> aboutAfter(Quantity q, Reading r, Figure f) {
            int j = q.end();
            while (j < f.clauseTo && (t.is(j, ')') || t.is(j, '%'))) {
                j++;
            }
            if (j >= f.clauseTo || !t.is(j, "về")) {
                return List.of();
            }
            List<PhraseIndex.Hit<IndicatorPhrase>> out = new ArrayList<>();
            for (PhraseIndex.Hit<IndicatorPhrase> h : phrasesStartingIn(j + 1, j + 3, f.clauseTo)) {
                if (out.isEmpty() || h.start() == out.get(0).start()) {
                    out.add(h);
                }
            }
            out.sort(Comparator.comparingInt(h -> -(h.end() - h.start())));
            return out;
        }

        private List<PhraseIndex.Hit<IndicatorPhrase>> phrasesStartingIn(int from, int to, int limit) {
            List<PhraseIndex.Hit<IndicatorPhrase>> all = doc.phrases();
            List<PhraseIndex.Hit<IndicatorPhrase>> out = new ArrayList<>();
            for (int i = lowerBoundByEnd(all, from + 1); i < all.size() && all.get(i).start() < limit && all.get(i).end() <= limit + 12; i++) {
                PhraseIndex.Hit<IndicatorPhrase> h = all.get(i);
                if (h.start() >= from && h.start() < to && h.end() <= limit) {
                    out.add(h);
                }
            }
            out.sort(Comparator.comparingInt((PhraseIndex.Hit<IndicatorPhrase> h) -> h.start()));
            return out;
        }

        /** The span of phrases nearest before a figure that failed to take one, for a change after it. */
        private List<PhraseIndex.Hit<IndicatorPhrase>> nearestSpan(Figure f) {
            List<List<PhraseIndex.Hit<IndicatorPhrase>>> prefix = spansBefore(f.windowFrom, f.q.start());
            return prefix.isEmpty() || !near(prefix.get(0), f.q) ? List.of() : prefix.get(0);
        }

        /** Dictionary hits ending in [from, to), grouped by span, nearest the figure first, longer first. */
        private List<List<PhraseIndex.Hit<IndicatorPhrase>>> spansBefore(int from, int to) {
            List<PhraseIndex.Hit<IndicatorPhrase>> all = doc.phrases();
            int lo = lowerBoundByEnd(all, to + 1);
            List<List<PhraseIndex.Hit<IndicatorPhrase>>> out = new ArrayList<>();
            for (int i = lo - 1; i >= 0 && all.get(i).end() > from; i--) {
                PhraseIndex.Hit<IndicatorPhrase> h = all.get(i);
                if (h.start() < from || h.end() > to) {
                    continue;
                }
                List<PhraseIndex.Hit<IndicatorPhrase>> span = null;
                for (List<PhraseIndex.Hit<IndicatorPhrase>> sp : out) {
                    if (sp.get(0).start() == h.start() && sp.get(0).end() == h.end()) {
                        span = sp;
                    }
                }
                if (span != null) {
                    span.add(h);
                } else {
                    out.add(new ArrayList<>(List.of(h)));
                }
            }
            out.sort(Comparator.comparingInt((List<PhraseIndex.Hit<IndicatorPhrase>> sp) -> -sp.get(0).end())
                    .thenComparingInt(sp -> sp.get(0).start()));
            return out;
        }

        private int lowerBoundByEnd(List<PhraseIndex.Hit<IndicatorPhrase>> all, int end) {
            int lo = 0;
            int hi = all.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (all.get(mid).end() < end) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /**
         * Phrases after a figure: right after its number or unit ('467 doanh nghiệp đăng ký thành lập mới'), or
         * further on in its clause, before the next figure in the same unit, and not one item of a list
         * ('... có dấu hiệu của tội phạm hình sự, ma túy, kinh tế' names no count).
         */
        private void postfix(Figure f, List<PhraseIndex.Hit<IndicatorPhrase>> near, List<PhraseIndex.Hit<IndicatorPhrase>> far) {
            Quantity q = f.q;
            int limit = Math.min(f.clauseTo, q.end() + POSTFIX_REACH);
            Quantity limiter = null;
            int groupEnd = q.end();
            for (int k = f.index + 1; k < f.all.size(); k++) {
                Quantity o = f.all.get(k);
                if (o.start() >= limit) {
                    break;
                }
                if (f.groupHead[k] == f.groupHead[f.index]) {
                    groupEnd = o.end(); // '98 vụ 362 đối tượng vi phạm pháp luật': the phrase after the group names both counts
                    continue;
                }
                if (o.unit() == q.unit() || !inParentheses(o)) {
                    limit = o.start(); // the next count of the same thing takes what follows it
                    limiter = o;
                    break;
                }
            }
            int nearStart = -1;
            int farStart = -1;
            for (PhraseIndex.Hit<IndicatorPhrase> h : phrasesStartingIn(q.number() + 1, limit, limit)) {
                boolean isNear = h.start() <= q.end() || h.start() - q.end() <= 1 && t.isWord(q.end()) && doc.covered(q.end());
                if (!isNear && h.start() < groupEnd) {
                    continue; // a phrase that starts on another count of the group is that count's
                }
                if (isNear && (nearStart < 0 || h.start() == nearStart)) {
                    nearStart = h.start();
                    near.add(h);
                } else if (!isNear && (farStart < 0 || h.start() == farStart) && !hasStop(q.end(), h.start()) && !listItem(h)
                        && (limiter == null || afterOpenParenthesis(h.end(), limiter.start()) > h.end()
                            || afterLastComma(h.end(), limiter.start()) > h.end() || !adjacentBefore(h.end(), limiter.start()))) {
                    // 'ủy thác là 46 việc, tổng số việc phải thi hành là 1.051 việc': that phrase is the next figure's
                    farStart = h.start();
                    far.add(h);
                }
            }
            near.sort(Comparator.comparingInt(h -> -(h.end() - h.start())));
            far.sort(Comparator.comparingInt(h -> -(h.end() - h.start())));
        }

        private boolean listItem(PhraseIndex.Hit<IndicatorPhrase> h) {
            return t.is(h.start() - 1, ',') && (t.is(h.end(), ',') || t.is(h.end(), "và"));
        }

        /** Where exclusion words after a figure stop: the next comma, bracket or figure. */
        private int tailEnd(Quantity q, int next, int clauseTo) {
            int limit = Math.min(next, clauseTo);
            for (int i = q.end(); i < limit; i++) {
                if (t.is(i, ',') || t.is(i, '(') || t.is(i, ';')) {
                    return i;
                }
            }
            return limit;
        }

        private boolean adjacentBefore(List<PhraseIndex.Hit<IndicatorPhrase>> span, Quantity q) {
            return adjacentBefore(span.get(0).end(), q.start());
        }

        private boolean adjacentBefore(int end, int figure) {
            int words = 0;
            for (int i = end; i < figure; i++) {
                if (!doc.covered(i) && t.isWord(i) && !periodToken[i] || t.is(i, ';') || t.is(i, '.')) {
                    return false;
                }
                if (t.isWord(i) && !periodToken[i]) {
                    words++;
                }
            }
            return words <= ADJACENT;
        }

        /** Few words no rule knows stand between the phrase and the figure: the phrase is still its subject. */
        private boolean near(List<PhraseIndex.Hit<IndicatorPhrase>> span, Quantity q) {
            int foreign = 0;
            for (int i = span.get(0).end(); i < q.start(); i++) {
                if (t.isWord(i) && !doc.covered(i) && !periodToken[i] && ++foreign > FOREIGN_WORDS) {
                    return false;
                }
            }
            return true;
        }

        /** 'tốc độ tăng trưởng giá trị sản xuất', 'tốc độ tăng năng suất lao động': the phrase's growth, not its level. */
        private boolean growthBefore(PhraseIndex.Hit<IndicatorPhrase> h) {
            PhraseIndex.Hit<Cue> c = doc.cueEndingAt(h.start(), Math.max(0, h.start() - 6), Cue.Category.MEASURE);
            return c != null && c.value().type().equals("growth");
        }

        /** 'đạt', 'đạt tỷ lệ' right before the figure (a qualifier such as 'gần' may stand between). */
        private boolean reachBefore(Quantity q, int from) {
            int at = q.start();
            if (at > from && t.is(at - 1, '(')) {
                at--;
            }
            PhraseIndex.Hit<Cue> qual = doc.cueEndingAt(at, from, Cue.Category.QUALIFIER);
            if (qual != null) {
                at = qual.start();
            }
            PhraseIndex.Hit<Cue> c = doc.cueEndingAt(at, from, Cue.Category.MEASURE);
            return c != null && c.value().type().equals("reach");
        }

        /**
         * 'không xảy ra vụ cháy nào' counts fires; 'không có tệ nạn ma túy' counts nothing: a zero names what it
         * counts after it only through a count noun.
         */
        private boolean countNoun(int from, int to) {
            for (int i = from; i < to; i++) {
                PhraseIndex.Hit<Cue> c = doc.cueAt(i, Cue.Category.UNIT, "unit");
                if (c != null && Unit.isCode(c.value().detail()) && Unit.ofCode(c.value().detail()).whole()) {
                    return true;
                }
            }
            return false;
        }

        /** A direction word right before a phrase that stands right before the figure. */
        private PhraseIndex.Hit<Cue> directionBefore(PhraseIndex.Hit<IndicatorPhrase> hit, Quantity q) {
            if (hit == null || hit.end() > q.start() || !adjacentBefore(hit.end(), q.start())) {
                return null;
            }
            PhraseIndex.Hit<Cue> c = doc.cueEndingAt(hit.start(), Math.max(0, hit.start() - 3), Cue.Category.MEASURE);
            return c != null && (c.value().type().equals("up") || c.value().type().equals("down")) ? c : null;
        }

        /**
         * 'khu vực dịch vụ và thuế sản phẩm tăng gần 6%': two things joined by 'và' right before a figure
         * share it, and it is the figure of neither.
         */
        private boolean combined(List<PhraseIndex.Hit<IndicatorPhrase>> span, Figure f) {
            int start = span.get(0).start();
            int joiner = start - 1;
            if (joiner <= f.windowFrom || !t.is(joiner, "và")) {
                return false;
            }
            for (List<PhraseIndex.Hit<IndicatorPhrase>> other : spansBefore(f.windowFrom, joiner)) {
                if (other.get(0).end() == joiner && !other.stream().allMatch(h -> h.value().weak())
                        && other.stream().noneMatch(h -> span.stream().anyMatch(s -> s.value().indicator() == h.value().indicator()))) {
                    return true;
                }
            }
            return false;
        }

        /** '..., xếp thứ 56/63 tỉnh, thành phố, cao hơn mức tăng 5,03%': the words of the last comma's part. */
        private int afterLastComma(int from, int to) {
            for (int i = to - 1; i >= from; i--) {
                if (t.is(i, ',')) {
                    return i + 1;
                }
            }
            return from;
        }

        /** '... đánh bạc ăn thua bằng tiền (so cùng kỳ giảm 01 vụ': a change in brackets looks back past the words before them. */
        private int afterOpenParenthesis(int from, int to) {
            for (int i = to - 1; i >= from; i--) {
                if (t.is(i, '(')) {
                    return i + 1;
                }
                if (t.is(i, ')')) {
                    break;
                }
            }
            return from;
        }

        /** A span's phrases and the shorter ones inside it ('vi phạm pháp luật' in 'đối tượng vi phạm pháp luật'), longest first. */
        private List<PhraseIndex.Hit<IndicatorPhrase>> withNested(List<PhraseIndex.Hit<IndicatorPhrase>> span) {
            int from = span.get(0).start();
            int to = span.get(0).end();
            List<PhraseIndex.Hit<IndicatorPhrase>> out = new ArrayList<>(span);
            for (PhraseIndex.Hit<IndicatorPhrase> h : phrasesStartingIn(from, to, to)) {
                if (!out.contains(h)) {
                    out.add(h);
                }
            }
            out.sort(Comparator.comparingInt(h -> -(h.end() - h.start())));
            return out;
        }

        private int foreign(int from, int to) {
            int n = 0;
            for (int i = from; i < to; i++) {
                if (t.isWord(i) && !doc.covered(i) && !periodToken[i]) {
                    n++;
                }
            }
            return n;
        }

        /** Words no rule knows between two tokens: the sentence names something the dictionary does not. */
        private boolean hasContent(int from, int to) {
            for (int i = from; i < to; i++) {
                if (t.isWord(i) && !doc.covered(i) && !periodToken[i]) {
                    return true;
                }
            }
            return false;
        }

        private boolean hasStop(int from, int to) {
            for (int i = from; i < to; i++) {
                if (t.is(i, ';') || t.is(i, '.') || t.is(i, ':')) {
                    return true;
                }
            }
            return false;
        }

        private boolean noWordsBetween(int from, int to) {
            for (int i = from; i < to; i++) {
                if (t.isWord(i)) {
                    return false;
                }
            }
            return true;
        }

        private boolean inParentheses(Quantity q) {
            return q.start() > 0 && t.is(q.start() - 1, '(');
        }

        /** 'cả nước', 'toàn quốc', or a unit other than the document's, between the clause's start and the figure. */
        private boolean elsewhere(int from, int to) {
            for (int i = from; i < to; i++) {
                PhraseIndex.Hit<Cue> c = doc.cueAt(i, Cue.Category.PLACE, "elsewhere");
                if (c != null && c.end() <= to && !afterRank(c.start(), from)) {
                    return true;
                }
            }
            for (int k = firstPlaceFrom(from); k < places.size() && places.get(k).start() < to; k++) {
                PlaceMention m = places.get(k);
                if (m.end() <= to && (m.typed() || m.issuer()) && !isDocumentArea(m)) {
                    return true;
                }
            }
            return false;
        }

        /** 'xếp thứ 13/14 tỉnh Trung du và miền núi phía Bắc': the places a rank is among, not where a figure is. */
        private boolean afterRank(int at, int from) {
            for (int i = at - 1; i >= Math.max(from, at - RANK_REACH); i--) {
                if (t.is(i, "thứ") && i + 1 < t.size() && t.isNumber(i + 1)) {
                    return true;
                }
            }
            return false;
        }

        private int firstPlaceFrom(int from) {
            int lo = 0;
            int hi = places.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (places.get(mid).start() < from) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        private boolean isDocumentArea(PlaceMention m) {
            if (meta.area() == null) {
                return false;
            }
            if (meta.area().unit() != null && m.mayBe(meta.area().unit())) {
                return true;
            }
            String name = Gazetteer.nameKey(meta.area().name());
            return m.units().stream().anyMatch(u -> Gazetteer.nameKey(u.name()).equals(name));
        }

        /**
         * Context words count from the paragraph before: 'Trong đó, khu vực nông - lâm - thủy sản tăng 3,09%' on a line of
         * its own breaks down the GRDP of the line above.
         */
        private int previousParagraphStart(Paragraph p) {
            List<Paragraph> all = doc.paragraphs();
            for (int i = p.index() - 1; i >= 0; i--) {
                Paragraph before = all.get(i);
                if (!before.furniture() && !before.isEmpty()) {
                    return before.footnote() == null ? before.from() : p.from();
                }
            }
            return p.from();
        }

        /** The period that holds where a footnote's mark stands: written before it in its sentence, else opening its paragraph. */
        private Period periodAtAnchor(Paragraph p) {
            if (p.footnote().anchor() < 0) {
                return null;
            }
            int anchor = t.indexAt(p.footnote().anchor());
            Paragraph at = doc.paragraphOf(Math.max(0, anchor - 1));
            Sentence s = doc.sentenceOf(Math.max(0, anchor - 1));
            Period written = s == null ? null : lastMention(s.from(), anchor);
            return written != null ? written : opening(at.from(), at.to());
        }

        /** A footnote body reads in the context of the sentence its mark stands in: that paragraph up to the mark. */
        private int[] anchorContext(Paragraph p) {
            if (p.footnote() != null && p.footnote().anchor() >= 0) {
                int anchor = t.indexAt(p.footnote().anchor());
                Paragraph at = doc.paragraphOf(Math.max(0, anchor - 1));
                return new int[] {Math.max(at.from(), anchor - CONTEXT_TOKENS), anchor};
            }
            return new int[] {0, 0};
        }

        /** The label that opens a paragraph ('Cây lương thực có hạt: ...', '- Cây lạc: ...'), else the last heading. */
        private int[] label(Paragraph p) {
            for (int i = p.from(); i < Math.min(p.to(), p.from() + 8); i++) {
                if (t.is(i, ':')) {
                    return new int[] {p.from(), i};
                }
            }
            int[] heading = sections.label();
            return heading == null ? new int[] {0, 0} : heading;
        }

        private int clauseStart(Sentence s, int at) {
            for (int i = at - 1; i >= s.from(); i--) {
                if (t.is(i, ';')) {
                    return i + 1;
                }
            }
            return s.from();
        }

        private int clauseEnd(Sentence s, int at) {
            for (int i = at; i < s.to(); i++) {
                if (t.is(i, ';')) {
                    return i;
                }
            }
            return s.to();
        }

        // ---- status ---------------------------------------------------------------------------------

        private String status(Figure f, Reading r, Subject subject, boolean relative) {
            if (sections.target()) {
                return "target";
            }
            if (r.measure() != Measure.PCT_OF_TARGET && targetNear(f.windowFrom, f.q.start())) {
                return "target";
            }
            if (relative && subject != null && subject.status() != null) {
                return subject.status();
            }
            Status frame = statusIn(f.s.from(), f.q.start(), "sentence");
            boolean inherited = frame == Status.NONE && breakdown(f.s);
            if (inherited) {
                frame = previousFrame; // 'Trong đó khu vực nông nghiệp đạt 1.010 tỷ đồng' after 'ước đạt 3.120 tỷ đồng'
            }
            if (frame == Status.TARGET && r.measure() != Measure.PCT_OF_TARGET) {
                return "target";
            }
            if (frame == Status.ESTIMATE && !inherited && statusIn(f.s.from(), f.all.get(0).start(), "sentence") != Status.ESTIMATE) {
                // 'Xảy ra 12 vụ cháy, thiệt hại ước tính 3,4 tỷ đồng; tai nạn ...': an 'ước' after the sentence's first figure
                // frames only its own clause; one before it ('GRDP ước tăng 11,1%; trong đó ...') the whole sentence
                frame = statusIn(f.clauseFrom, f.q.start(), "sentence");
            }
            Status local = statusIn(f.clauseFrom, f.q.start(), null);
            return frame == Status.ESTIMATE || local == Status.ESTIMATE ? "estimate" : "actual";
        }

        /** A target word of clause scope close before the figure, with no comma between ('(kế hoạch tăng từ 13%', 'vốn kế hoạch ... 11.000 tỷ'). */
        private boolean targetNear(int windowFrom, int at) {
            int from = Math.max(windowFrom, at - TARGET_REACH);
            for (int i = at - 1; i >= from; i--) {
                if (t.is(i, ',') || t.is(i, ';')) {
                    from = i + 1;
                    break;
                }
            }
            // an 'observed' phrase that starts a little before ('vượt chỉ tiêu ... là 0,57%') still covers its words
            for (int i = Math.max(windowFrom, from - 4); i < from; i++) {
                for (PhraseIndex.Hit<Cue> h : doc.cuesAt(i)) {
                    if ((h.value().is(Cue.Category.STATUS, "observed") || h.value().is(Cue.Category.STATUS, "name")) && h.end() > from) {
                        from = h.end();
                    }
                }
            }
            return statusIn(from, at, "clause") == Status.TARGET;
        }

        private enum Status { TARGET, ESTIMATE, OBSERVED, NONE }

        /** The last status word of a scope in [from, to), words inside an 'observed' phrase ('vượt kế hoạch') not counted. */
        private Status statusIn(int from, int to, String scope) {
            Status found = Status.NONE;
            int observedEnd = -1;
            for (int i = from; i < to; i++) {
                for (PhraseIndex.Hit<Cue> h : doc.cuesAt(i)) {
                    Cue c = h.value();
                    if (c.category() != Cue.Category.STATUS || h.end() > to) {
                        continue;
                    }
                    if (c.type().equals("inherit")) {
                        continue; // 'trong đó' says where a sentence belongs, not what its figures are
                    }
                    if (c.type().equals("name")) {
                        observedEnd = Math.max(observedEnd, h.end()); // 'chỉ tiêu pháp lệnh' names a revenue, sets no target
                        continue;
                    }
                    if (c.type().equals("observed")) {
                        observedEnd = Math.max(observedEnd, h.end());
                        found = scope == null || scope.equals(c.detail()) ? Status.OBSERVED : found;
                        continue;
                    }
                    if (h.end() <= observedEnd || scope != null && !scope.equals(c.detail()) || c.detail().equals("heading")) {
                        continue;
                    }
                    Status st = c.type().equals("target") ? Status.TARGET : Status.ESTIMATE;
                    found = found == Status.TARGET && scope != null ? found : st; // a goal frame holds over a later 'dự kiến'
                }
            }
            return found;
        }

        // ---- period -----------------------------------------------------------------------------------

        /** A period written right after the figure, or after its 'của'/'trong' ('13,52% của 6 tháng năm 2021'). */
        private Period ownPeriod(Quantity q, Reading r) {
            int j = q.end();
            if (j < t.size() && (t.is(j, "của") || t.is(j, "trong"))) {
                j++;
            }
            PeriodMention m = j < t.size() ? periodAt[j] : null;
            return m != null && !m.compared() && m.start() == j ? m.resolve(ctx) : null;
        }

        private Period period(Figure f, String status, Subject subject, boolean relative, Period own) {
            if (own != null) {
                return own;
            }
            Period written = lastMention(f.windowFrom, f.q.start());
            if ("target".equals(status)) {
                return targetPeriod(written != null ? written : lastMention(f.clauseFrom, f.q.start()));
            }
            if (written != null) {
                return written;
            }
            if (relative && subject != null && subject.period() != null) {
                return subject.period();
            }
            Period opening = opening(f.clauseFrom, f.q.start());
            if (opening == null && f.clauseFrom != f.s.from()) {
                opening = opening(f.s.from(), f.q.start());
            }
            if (opening == null) {
                opening = lead(f.s.from(), f.q.start());
            }
            if (opening != null) {
                return opening;
            }
            return comparedYear(f.s, carried != null ? carried : meta.period());
        }

        private Period targetPeriod(Period written) {
            if (written != null && written.months() == 12) {
                return written;
            }
            Integer year = written != null ? Integer.valueOf(written.year())
                    : sections.target() && meta.targetYear() != null ? meta.targetYear()
                    : meta.period() != null ? Integer.valueOf(meta.period().year()) : meta.targetYear();
            return year == null ? null : Period.year(year);
        }

        private Period lastMention(int from, int to) {
            Period found = null;
            for (int i = from; i < to; i++) {
                PeriodMention m = periodAt[i];
                if (m != null && m.start() == i && !m.compared()) {
                    Period p = m.resolve(ctx);
                    if (p != null) {
                        found = p;
                    }
                }
            }
            return found;
        }

        /** A period among the first words of a sentence or clause ('Tính chung 9 tháng, ...', 'Trong đó, quý I/2021, ...'). */
        private Period opening(int from, int to) {
            for (int i = from; i < Math.min(to, from + OPENING); i++) {
                PeriodMention m = periodAt[i];
                if (m != null && m.start() == i && !m.compared()) {
                    return m.resolve(ctx);
                }
            }
            return null;
        }

        /** 'Tòa án nhân dân quận lũy kế 05 tháng đầu năm 2021: thụ lý ...': a lead ending in a colon frames what follows it. */
        private Period lead(int from, int to) {
            for (int i = from; i < to; i++) {
                if (t.is(i, ':')) {
                    return lastMention(from, i);
                }
            }
            return null;
        }

        /** 'tăng ... so với cùng kỳ năm 2021' says the figure is of 2022, whatever year the paragraph opened with. */
        private Period comparedYear(Sentence s, Period p) {
            if (p == null) {
                return null;
            }
            for (int i = s.from(); i < s.to(); i++) {
                PeriodMention m = periodAt[i];
                if (m != null && m.start() == i && m.compared() && m.meaning().equals("year") && m.year() != null
                        && m.year() + 1 != p.year() && p.start().getYear() == p.end().getYear()) {
                    return p.minusYears(p.year() - m.year() - 1);
                }
            }
            return p;
        }

        /** A period that opens a sentence holds for the rest of its paragraph. */
        private void carryOpeningPeriod(Sentence s) {
            Period p = opening(s.from(), s.to());
            if (p != null) {
                carried = p;
            }
        }

        private Period minusYear(Period p) {
            return p == null ? null : p.minusYears(1);
        }

        // ---- basis and season ------------------------------------------------------------------------

        private String priceBasis(int from, int to, Subject subject, Reading r) {
            for (int i = to - 1; i >= from; i--) {
                PhraseIndex.Hit<Cue> c = doc.cueAt(i, Cue.Category.BASIS, "price");
                if (c != null && c.end() <= to) {
                    return c.value().detail();
                }
            }
            return r.measure() != Measure.VALUE && subject != null ? subject.basis() : null;
        }

        private String season(int clauseFrom, Quantity q, int next, Subject subject, Reading r) {
            String s = seasonIn(clauseFrom, q.start());
            if (s == null) {
                s = seasonIn(q.end(), Math.min(next, q.end() + 6));
            }
            if (s == null && r.measure() != Measure.VALUE && subject != null) {
                s = subject.season();
            }
            return s != null ? s : sections.season();
        }

        private String seasonIn(int from, int to) {
            for (int i = to - 1; i >= from; i--) {
                PhraseIndex.Hit<Cue> c = doc.cueAt(i, Cue.Category.BASIS, "season");
                if (c != null && c.end() <= to) {
                    return Sections.seasonLabel(doc, c);
                }
            }
            return null;
        }

        // ---- output -----------------------------------------------------------------------------------

        private void emit(Indicator ind, Measure measure, String status, double value, Double high, Quantity q, Reading r,
                          Period period, String basis, String season, PhraseIndex.Hit<IndicatorPhrase> hit, String rule) {
            if (period != null && meta.date() != null && !"target".equals(status) && measure != Measure.PREV_VALUE
                    && period.start().isAfter(YearMonth.from(meta.date()))) {
                status = "target";  // a period that had not begun when the document was written
            }
            int from = hit == null ? q.start() : Math.min(hit.start(), q.start());
            int to = Math.max(q.end(), Math.min(r.end(), q.end() + 12));
            String evidence = evidence(from, to);
            int cs = doc.source().originalStart(t.start(q.start()));
            int ce = doc.source().originalEnd(t.end(Math.max(q.start(), q.end() - 1)));
            Observation o = new Observation(ind.code(), measure.code(), status, value, high, q.qualifier(), ind.unit().code(), period,
                    basis, season, evidence, cs, ce, rule, null);
            trace("  " + span(q) + " -> " + o.indicator() + " " + o.measure() + " " + o.status() + " " + o.value()
                    + (high == null ? "" : ".." + high) + " " + period + (basis == null ? "" : " basis=" + basis)
                    + (season == null ? "" : " season=" + season) + "  [" + rule + "]");
            out.add(o);
        }

        private String evidence(int from, int to) {
            String text = doc.source().text();
            int a = t.start(from);
            int b = t.end(Math.max(from, to - 1));
            String e = text.substring(a, b).replace('\n', ' ');
            return e.length() > 240 ? e.substring(0, 240) + "…" : e;
        }

        private String span(Quantity q) {
            return "'" + t.span(q.start(), q.end()) + "'";
        }

        private void trace(String line) {
            trace.accept(line);
        }
    }
}
