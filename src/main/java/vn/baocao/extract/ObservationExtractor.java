package vn.baocao.extract;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
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
import vn.baocao.extract.meta.DocumentMetadata;
import vn.baocao.extract.meta.MetadataReader;
import vn.baocao.extract.number.Quantity;
import vn.baocao.extract.number.QuantityReader;
import vn.baocao.extract.number.TokenCues;
import vn.baocao.extract.period.Period;
import vn.baocao.extract.period.PeriodMention;
import vn.baocao.extract.text.PhraseIndex;
import vn.baocao.extract.text.Tokens;
import vn.baocao.read.TextChars;

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

    private static final Comparator<Quantity> BY_START = Comparator.comparingInt(Quantity::start);

    private final IndicatorDictionary dictionary;
    private final QuantityReader quantities = new QuantityReader();
    private final MeasureReader measures = new MeasureReader();
    private final Consumer<String> trace;
    /** Whether anyone reads the trace: its lines are not written for nobody. */
    private final boolean tracing;

    public ObservationExtractor(IndicatorDictionary dictionary) {
        this(dictionary, DocumentExtraction.NO_TRACE);
    }

    /** An extractor that tells {@code trace} how it read every figure (the explain command). */
    public ObservationExtractor(IndicatorDictionary dictionary, Consumer<String> trace) {
        this.dictionary = dictionary;
        this.trace = trace;
        this.tracing = trace != DocumentExtraction.NO_TRACE;
    }

    /** Every figure read from the prose, in text order. */
    public List<Observation> extract(MetadataReader.Reading reading) {
        return extract(reading, Deadline.none());
    }

    /** The same, checking {@code deadline} at every sentence. */
    public List<Observation> extract(MetadataReader.Reading reading, Deadline deadline) {
        return new Pass(reading, deadline).run();
    }

    /** One document's reading, with the state that runs through it. */
    private final class Pass {
        private final DocumentText doc;
        private final TokenCues cues;
        private final Tokens t;
        private final DocumentMetadata meta;
        private Reading lastReading;
        /** The numbers written so far in the paragraph. */
        private final WrittenValues paragraphValues = new WrittenValues();
        private final boolean[] periodToken;
        private final List<Observation> out = new ArrayList<>();
        private final Sections sections;
        private final Gaps gaps;
        private final PhraseSpans spans;
        private final MeasureWords measureWords;
        private final StatusReader statuses;
        private final PeriodAssigner periods;
        private final Elsewhere elsewhere;
        private final BasisAndSeason bases;
        private final Binder binder;
        private Subject lastSubject;
        private final Deadline deadline;

        Pass(MetadataReader.Reading r, Deadline deadline) {
            this.deadline = deadline;
            this.doc = r.text();
            this.t = doc.tokens();
            this.meta = r.metadata();
            this.periodToken = new boolean[t.size()];
            for (PeriodMention m : r.periods()) {
                for (int i = m.start(); i < m.end(); i++) {
                    periodToken[i] = true;
                }
            }
            this.cues = new TokenCues(doc);
            this.sections = new Sections(cues, "plan".equals(meta.kind()));
            this.gaps = new Gaps(cues, periodToken);
            this.spans = new PhraseSpans(doc, gaps);
            this.measureWords = new MeasureWords(cues, gaps);
            this.statuses = new StatusReader(cues, sections);
            this.periods = new PeriodAssigner(r, sections);
            this.elsewhere = new Elsewhere(cues, meta, r.places());
            this.bases = new BasisAndSeason(cues, sections);
            this.binder = new Binder(doc, dictionary, sections, gaps, spans, statuses, measureWords);
        }

        List<Observation> run() {
            int s = 0;
            List<Sentence> sentences = doc.sentences();
            for (Paragraph p : doc.paragraphs()) {
                if (p.furniture() || p.isEmpty()) {
                    continue;
                }
                sections.enter(p);
                periods.enter(p);
                statuses.enter(p);
                paragraphValues.clear();
                lastSubject = null;
                while (s < sentences.size() && sentences.get(s).paragraph().index() < p.index()) {
                    s++;
                }
                while (s < sentences.size() && sentences.get(s).paragraph() == p) {
                    deadline.check("reading the figures of the prose");
                    sentence(sentences.get(s));
                    s++;
                }
            }
            return out;
        }

        private void sentence(Sentence s) {
            List<Quantity> qs = quantities.read(cues, s.from(), s.to(), periodToken); // a list of its own, which zeros join
            ZeroMentions.add(cues, s, qs);
            if (qs.isEmpty()) {
                // a sentence without figures: what it is about matters to none, its status words and period to those after it
                periods.carryOpeningPeriod(s);
                lastSubject = null;
                statuses.enter(s);
                statuses.leave(s);
                return;
            }
            if (qs.size() > 1) {
                qs.sort(BY_START);
            }
            // a sentence that names nothing before its first figure ('Đạt 99,13% so với kế hoạch.') goes on with the last one's
            Subject subject = !gaps.hasContent(s.from(), qs.get(0).start())
                    && !spans.anyBefore(s.from(), qs.get(0).start()) ? lastSubject : null;
            int[] head = CountGroups.heads(t, qs);
            binder.enter(s);
            statuses.enter(s);
            int[] windows = new int[qs.size()];
            Reading[] readings = new Reading[qs.size()];
            ParenthesisScope parens = new ParenthesisScope(t, gaps.brackets(s));
            int prevEnd = s.from();
            for (int k = 0; k < qs.size(); k++) {
                Quantity q = qs.get(k);
                if (q.start() < prevEnd) {
                    continue;
                }
                subject = parens.enter(q.start(), subject);
                int clauseFrom = gaps.clauseStart(s, q.start());
                int clauseTo = gaps.clauseEnd(s, q.end());
                if (clauseFrom > prevEnd
                        && (gaps.hasContent(clauseFrom, q.start()) || spans.anyBefore(clauseFrom, q.start()))) {
                    // a new clause after ';' starts afresh, unless it names nothing: '...; tính chung 5 tháng ước đạt 26.105 tỷ đồng'
                    subject = null;
                    binder.enterClause(clauseFrom);
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
                    if (tracing) {
                        trace("  " + span(q) + ": no figure (contribution, remainder or an unclear change)");
                    }
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
            periods.carryOpeningPeriod(s);
            lastSubject = subject;
            statuses.leave(s);
        }

        /** {@code before}: the reading of the figure just before, which 'tương đương' restates. */
        private Reading read(Quantity q, int from, int to, Reading before) {
            if (ZeroMentions.zero(q)) {
                return ZeroMentions.reading(q);
            }
            return measures.read(cues, q, from, to, periodToken, before);
        }

        /** Reads one figure; returns what the sentence is about afterwards (null: unchanged). */
        private Subject figure(Figure f, Subject subject) {
            Quantity q = f.q;
            Reading r = f.reading;
            binder.enter(f);
            // '(151.592 lượt)', '(51/38)', '(25,67%)' right after a change: last year's level, or the change in percent
            if (subject != null && subject.known() && subject.changed() && gaps.inParentheses(q)
                    && gaps.noWordsBetween(f.windowFrom, q.start()) && (r.measure() == Measure.VALUE || r.cue().startsWith("chỉ số"))) {
                if (q.second() != null && !q.percent()) {
                    emit(subject.indicator(), Measure.PREV_VALUE, "actual", q.second(), null, q, r,
                            PeriodAssigner.minusYear(subject.period()), subject.basis(), subject.season(), null,
                            "dict:" + subject.indicator().code() + " (hiện tại/cùng kỳ)");
                    return null;
                }
                if (q.percent() && subject.measure() == Measure.YOY_ABS && !subject.indicator().isPercent()) {
                    r = new Reading(Measure.YOY_PCT, Math.copySign(q.value(), subject.value()), null, "(% thay đổi)", r.end(), null,
                            false, false);
                } else if (!q.percent() && q.second() == null && subject.indicator().unit().accepts(q.unit())) {
                    emit(subject.indicator(), Measure.PREV_VALUE, "actual", q.value(), null, q, r,
                            PeriodAssigner.minusYear(subject.period()), subject.basis(), subject.season(), null,
                            "dict:" + subject.indicator().code() + " (cùng kỳ)");
                    return null;
                }
            }
            if (elsewhere.namedIn(f.windowFrom, q.start())) {
                if (tracing) {
                    trace("  " + span(q) + ": about another place");
                }
                return Subject.UNKNOWN;
            }
            Binding b = binder.bind(f, r, subject);
            if (b == null) {
                if (tracing) {
                    trace("  " + span(q) + " " + r.measure().code() + ": no indicator");
                }
                if (r.measure() != Measure.VALUE || ZeroMentions.zero(q) || f.groupHead[f.index] != f.index) {
                    return null; // '25 vụ và 33 đối tượng': an unnamed count in a group leaves the group's subject
                }
                List<PhraseIndex.Hit<IndicatorPhrase>> near = spans.nearestSpan(f);
                boolean foreign = gaps.hasContent(near.isEmpty() ? f.windowFrom : near.get(0).end(), q.start());
                return near.isEmpty() && !foreign && subject != null ? null
                        : new Subject(null, "actual", null, null, null, Measure.VALUE, q.value(), q.unit(), false,
                        foreign ? NamedPhrases.NONE : NamedPhrases.of(near), null);
            }
            Indicator ind = b.indicator();
            Measure measure = b.measure();
            double value = r.value();
            Double high = r.high();
            if (b.growth() && r.cue().startsWith("chỉ số")) {
                value = q.value(); // 'tốc độ tăng năng suất lao động 12,35% so ước thực hiện năm 2024': a growth rate, no index
                high = q.high();
            }
            PhraseIndex.Hit<Cue> verb = measure == Measure.VALUE && !q.signed() ? measureWords.directionBefore(b.hit(), q) : null;
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
            String basis = r.basis() != null ? r.basis() : bases.priceBasis(f.clauseFrom, q.start(), subject, r);
            String season = bases.season(f.clauseFrom, q, f.next, subject, r);
            Indicator level = ind;
            if (measure == Measure.YOY_PCT && ind.kind() == Indicator.Kind.GROWTH) {
                measure = Measure.VALUE;
            } else if (measure == Measure.YOY_PCT && (b.growth() || !bases.nominal(basis))) {
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
            Period own = periods.ownPeriod(q, r);
            String status = statuses.status(f, r, subject, b.relative());
            Period period = periods.period(f, status, subject, b.relative(), own);
            if (own != null && (measure == Measure.VALUE || r.growth()) && meta.period() != null
                    && own.equals(meta.period().minusYears(1))) {
                measure = Measure.PREV_VALUE; // 'thấp hơn mức tăng 13,52% của 6 tháng năm 2021'
                status = "actual";
            } else if (measure == Measure.PREV_VALUE && own == null) {
                period = PeriodAssigner.minusYear(period);
                status = "actual";
            }
            String rule = b.rule() + " / " + r.cue();
            if (q.second() != null && measure == Measure.VALUE) {
                Indicator whole = ind.pairWhole() == null ? null : dictionary.get(ind.pairWhole());
                emit(ind, measure, status, value, high, q, r, period, basis, season, b.hit(), rule);
                if (whole != null) {
                    emit(whole, measure, status, q.second(), null, q, r, period, basis, season, b.hit(), rule + " (phần/tổng)");
                } else if (paragraphValues.contains(q.second())) {
                    // 'tổng số việc phải thi hành là 1.051 việc; số việc có điều kiện thi hành là 609/1.051 việc': a part of a whole
                    // given before
                    if (tracing) {
                        trace("  " + span(q) + ": " + q.second() + " is a whole written before, not a target");
                    }
                } else {
                    emit(ind, measure, "target", q.second(), null, q, r, periods.targetPeriod(period), basis, season, b.hit(),
                            rule + " (thực hiện/kế hoạch)");
                }
            } else {
                emit(ind, measure, status, value, high, q, r, period, basis, season, b.hit(), rule);
            }
            if (b.viaSubject() && subject != null && subject.known()) {
                return new Subject(subject.indicator(), subject.status(), subject.period(), subject.basis(), subject.season(),
                        r.measure(), value, q.unit(), false, subject.phrases(), ind);
            }
            NamedPhrases phrases = b.span() != null ? NamedPhrases.withNested(b.span(), spans)
                    : subject == null ? NamedPhrases.NONE : subject.phrases();
            return new Subject(level, status, period, basis, season, r.measure(), value, q.unit(), q.second() != null, phrases, ind);
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
            if (tracing) {
                trace("  " + span(q) + " -> " + o.indicator() + " " + o.measure() + " " + o.status() + " " + o.value()
                        + (high == null ? "" : ".." + high) + " " + period + (basis == null ? "" : " basis=" + basis)
                        + (season == null ? "" : " season=" + season) + "  [" + rule + "]");
            }
            out.add(o);
        }

        private String evidence(int from, int to) {
            TextChars text = doc.source().chars();
            int a = t.start(from);
            int b = t.end(Math.max(from, to - 1));
            // only the 240 characters kept are copied: a figure in a long line does not copy the line
            String e = text.substring(a, Math.min(b, a + 240)).replace('\n', ' ');
            return b - a > 240 ? e + "…" : e;
        }

        private String span(Quantity q) {
            return "'" + t.span(q.start(), q.end()) + "'";
        }

        private void trace(String line) {
            trace.accept(line);
        }
    }
}
