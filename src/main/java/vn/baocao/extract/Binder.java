package vn.baocao.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.baocao.extract.document.DocumentText;
import vn.baocao.extract.document.Sentence;
import vn.baocao.extract.figure.Measure;
import vn.baocao.extract.figure.Reading;
import vn.baocao.extract.language.Cue;
import vn.baocao.extract.language.Indicator;
import vn.baocao.extract.language.IndicatorDictionary;
import vn.baocao.extract.language.IndicatorPhrase;
import vn.baocao.extract.language.Unit;
import vn.baocao.extract.number.Quantity;
import vn.baocao.extract.text.PhraseIndex;
import vn.baocao.extract.text.Tokens;

/**
 * Which indicator a figure is about: a phrase named after it with 'về' ('+33% về chỉ số IIP'); a phrase right
 * before it; for a count, a phrase right after it ('42 ca sốt xuất huyết'); a phrase named since the previous
 * figure with few other words between; for a count, a phrase further on in its clause; else what the sentence is
 * already about (see {@link ObservationExtractor}). It remembers what the sentence and its count groups have
 * named, which later figures can refer back to.
 */
final class Binder {

    /** Words no rule knows that may stand between a figure and a change that is still about it. */
    private static final int SUBJECT_FOREIGN_WORDS = 2;
    private static final int ABOUT_WORDS = 4;

    private final DocumentText doc;
    private final Tokens t;
    private final IndicatorDictionary dictionary;
    private final IndicatorChooser chooser;
    private final ChoiceScopes scopes;
    private final Gaps gaps;
    private final PhraseSpans spans;
    private final StatusReader statuses;
    private final MeasureWords measureWords;
    /** The indicators the sentence has named so far, first first: what a later change or 'về ...' can refer back to. */
    private final List<Binding> sentenceSubjects = new ArrayList<>();
    /** Where the clause that last named something starts: a clause that names nothing goes on with it. */
    private int namingClauseFrom;
    /** Indicators of the count group being read and of the one before ('46 vụ/72 bị can, đạt tỷ lệ 54,8%'). */
    private Set<String> currentGroup = new HashSet<>();
    private Set<String> previousGroup = new HashSet<>();
    /** The figure whose scope was last worked out, and that scope. */
    private Figure scopeFigure;
    private IndicatorChooser.Scope scope;

    Binder(DocumentText doc, IndicatorDictionary dictionary, Sections sections, Gaps gaps, PhraseSpans spans, StatusReader statuses,
           MeasureWords measureWords) {
        this.doc = doc;
        this.t = doc.tokens();
        this.dictionary = dictionary;
        this.chooser = new IndicatorChooser(doc, spans);
        this.scopes = new ChoiceScopes(doc, sections);
        this.gaps = gaps;
        this.spans = spans;
        this.statuses = statuses;
        this.measureWords = measureWords;
    }

    /** A new sentence has named nothing yet. */
    void enter(Sentence s) {
        sentenceSubjects.clear();
        namingClauseFrom = s.from();
    }

    /** A clause after ';' that names something of its own. */
    void enterClause(int from) {
        namingClauseFrom = from;
    }

    /** The first figure of a count group opens a new group. */
    void enter(Figure f) {
        if (f.groupHead[f.index] == f.index) {
            previousGroup = currentGroup;
            currentGroup = new HashSet<>();
        }
    }

    /** The indicator the figure is about, or null; a later figure of the sentence or group can refer back to it. */
    Binding bind(Figure f, Reading r, Subject subject) {
        Binding b = find(f, r, subject);
        if (b != null) {
            currentGroup.add(b.indicator().code());
            if (!b.viaSubject()) {
                sentenceSubjects.add(b);
            }
        }
        return b;
    }

    private Binding find(Figure f, Reading r, Subject subject) {
        Quantity q = f.q;
        boolean relative = r.measure() != Measure.VALUE;
        // '+33% về chỉ số IIP', 'tăng 12,6% về số doanh nghiệp': what the figure is about, named after it
        int aboutAt = aboutAt(q, f);
        List<PhraseIndex.Hit<IndicatorPhrase>> about = aboutAt < 0 ? List.of() : aboutAfter(aboutAt, f);
        Binding b = tryCandidate(about, q, r, true, f, true);
        if (b != null) {
            return b;
        }
        if (about.isEmpty() && aboutAt >= 0 && (b = aboutSubject(aboutAt, q, r, f)) != null) {
            return b;
        }
        List<List<PhraseIndex.Hit<IndicatorPhrase>>> prefix = spans.spansBefore(f.windowFrom, q.start());
        // the phrases after a figure name what a count counts: a percentage counts nothing, nor does a change in a unit
        // that is no count ('tăng 7,5%', 'tăng 500 tỷ đồng'), and those are not looked for after it
        boolean counted = q.unit().whole() || ZeroMentions.zero(q);
        List<PhraseIndex.Hit<IndicatorPhrase>> after = List.of();
        List<PhraseIndex.Hit<IndicatorPhrase>> farAfter = List.of();
        if (relative ? counted : !q.percent()) {
            after = new ArrayList<>();
            farAfter = new ArrayList<>();
            spans.postfix(f, after, farAfter);
        }
        if (relative) {
            if (!after.isEmpty() && (q.unit().whole() || ZeroMentions.zero(q) && gaps.countNoun(q.end(), after.get(0).end()))
                    && (b = tryCandidate(after, q, r, true, f, true)) != null) {
                return b;
            }
            boolean namedOther = false;
            for (List<PhraseIndex.Hit<IndicatorPhrase>> span : prefix) {
                if (allWeak(span) || !gaps.near(span, q)) {
                    continue;
                }
                if ((b = tryCandidate(span, q, r, false, f, false)) != null) {
                    return combined(span, f) ? null : b;
                }
                namedOther = true;
            }
            if (namedOther) {
                return null; // '..., tỷ lệ hộ nghèo giảm 1,72%': a change of what is named, in a form it cannot take
            }
            int part = gaps.afterLastComma(gaps.afterOpenParenthesis(f.windowFrom, q.start()), q.start());
            if (gaps.foreign(part, q.start()) > SUBJECT_FOREIGN_WORDS) {
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
                b = tryCandidate(subject.phrases().all(), q, r, false, f, false);
                // 'rau các loại đạt 2.611,5 ha, tăng 15,9%': the change of the area, not of the output the phrase names
                boolean sameThing = b == null || subject.known() || subject.unit() == Unit.NONE
                        || b.indicator().unit().accepts(subject.unit()) || b.indicator().kind() != Indicator.Kind.LEVEL
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
                    if (earlier.hit() != null && earlier.hit().start() >= namingClauseFrom && e.unit().accepts(q.unit())
                            && e.kind() == Indicator.Kind.LEVEL && IndicatorChooser.fits(e, q, r.measure(), false)) {
                        return new Binding(e, r.measure(), null, null, "dict:" + e.code() + " (chủ ngữ của câu)", true, false, false);
                    }
                }
            }
            return null;
        }
        List<Candidate> order = new ArrayList<>();
        if (!prefix.isEmpty() && gaps.adjacentBefore(prefix.get(0), q)) {
            order.add(new Candidate(prefix.get(0), true));
        }
        if (!after.isEmpty() && !q.percent() && (!ZeroMentions.zero(q) || gaps.countNoun(q.end(), after.get(0).end()))) {
            order.add(new Candidate(after, true));
        }
        for (List<PhraseIndex.Hit<IndicatorPhrase>> span : prefix) {
            if (gaps.near(span, q)) {
                order.add(new Candidate(span, gaps.adjacentBefore(span, q)));
            }
        }
        if (!farAfter.isEmpty() && (q.unit().whole() || ZeroMentions.zero(q) && gaps.countNoun(q.end(), farAfter.get(0).end()))) {
            order.add(new Candidate(farAfter, false));
        }
        for (Candidate cand : order) {
            if ((b = tryCandidate(cand.hits(), q, r, cand.adjacent(), f, cand.hits() == after)) != null
                    && !rateOfSomethingElse(b, subject)) {
                return cand.hits() != after && combined(cand.hits(), f) ? null : b;
            }
        }
        if (subject == null || gaps.hasContent(f.windowFrom, q.start())) {
            return null;
        }
        if (subject.known()) {
            Indicator s = subject.indicator();
            // 'đạt 52,6%' after what was just counted: its completion rate
            Indicator rate = dictionary.rateOf(s.code()).orElse(null);
            if (q.percent() && rate != null && measureWords.reachBefore(q, f.windowFrom)) {
                return new Binding(rate, Measure.VALUE, null, null, "dict:" + rate.code() + " (tỷ lệ của " + s.code() + ")",
                        false, false, false);
            }
            // 'đạt tỷ lệ 91,53%' after a pair '83,29%/91%': the share of the target just given
            if (q.percent() && subject.pair() && s.pairWhole() == null && measureWords.reachBefore(q, f.windowFrom)) {
                return new Binding(s, Measure.VALUE, null, null, "dict:" + s.code() + " (đạt tỷ lệ sau chỉ tiêu)", true, true, false);
            }
            // '(chỉ tiêu giao 7,5 – 8%)', '(Kế hoạch giao là 82%)' after a figure: its target
            if (statuses.targetNear(f.windowFrom, q.start())) {
                for (Indicator of : new Indicator[] {subject.shown(), s}) {
                    if (of != null && IndicatorChooser.fits(of, q, Measure.VALUE, false)) {
                        return new Binding(of, Measure.VALUE, null, null, "dict:" + of.code() + " (chỉ tiêu của chủ ngữ)",
                                true, false, false);
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
        if (!subject.phrases().isEmpty() && q.unit().whole() && !gaps.hasContent(f.windowFrom, q.start())) {
            return tryCandidate(subject.phrases().all(), q, r, true, f, false);
        }
        // 'xử lý vi phạm hành chính 538 trường hợp với số tiền 844,31 triệu đồng': the amount of what was counted
        if (!subject.phrases().isEmpty() && q.unit() == Unit.VND && !gaps.hasContent(f.windowFrom, q.start())) {
            return tryCandidate(subject.phrases().all(), q, r, true, f, false);
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

    /**
     * Where the figure's context and exclusion words are looked for, worked out when a phrase first asks: most figures
     * have no phrase to choose between.
     */
    private IndicatorChooser.Scope scope(Figure f) {
        if (f != scopeFigure) {
            scopeFigure = f;
            scope = scopes.of(f);
        }
        return scope;
    }

    private record Candidate(List<PhraseIndex.Hit<IndicatorPhrase>> hits, boolean adjacent) {
    }

    /** Where context words are looked for, and exclusion words. */
    private Binding tryCandidate(List<PhraseIndex.Hit<IndicatorPhrase>> hits, Quantity q, Reading r, boolean adjacent, Figure f,
                                 boolean consumesPostfix) {
        if (hits.isEmpty()) {
            return null;
        }
        IndicatorChooser.Scope sc = scope(f);
        boolean growth = measureWords.growthBefore(hits.get(0));
        Measure m = growth && r.measure() == Measure.VALUE && q.percent() ? Measure.YOY_PCT : r.measure();
        if (m == Measure.PCT_OF_TARGET && q.percent()) {
            // 'Tỷ lệ giải ngân vốn đầu tư công đạt trên 95% kế hoạch vốn': a rate named as such is that percentage
            List<PhraseIndex.Hit<IndicatorPhrase>> rates = hits.stream()
                    .filter(h -> h.value().indicator().kind() == Indicator.Kind.RATE).toList();
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
    private Binding aboutSubject(int j, Quantity q, Reading r, Figure f) {
        if (r.measure() == Measure.VALUE) {
            return null;
        }
        Set<String> words = new HashSet<>();
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

    /** Where 'về' stands right after the figure (past its ')' and '%'), else -1. */
    private int aboutAt(Quantity q, Figure f) {
        int j = q.end();
        while (j < f.clauseTo && (t.punct(j) == ')' || t.punct(j) == '%')) {
            j++;
        }
        return j < f.clauseTo && t.isWord(j) && t.is(j, "về") ? j : -1;
    }

    /** A phrase right after the 'về' at token j. */
    private List<PhraseIndex.Hit<IndicatorPhrase>> aboutAfter(int j, Figure f) {
        List<PhraseIndex.Hit<IndicatorPhrase>> out = new ArrayList<>();
        for (PhraseIndex.Hit<IndicatorPhrase> h : spans.phrasesStartingIn(j + 1, j + 3, f.clauseTo)) {
            if (out.isEmpty() || h.start() == out.get(0).start()) {
                out.add(h);
            }
        }
        if (out.size() > 1) {
            out.sort(PhraseSpans.LONGEST_FIRST);
        }
        return out;
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
        for (List<PhraseIndex.Hit<IndicatorPhrase>> other : spans.spansBefore(f.windowFrom, joiner)) {
            if (other.get(0).end() == joiner && !allWeak(other) && !shareIndicator(other, span)) {
                return true;
            }
        }
        return false;
    }

    private static boolean allWeak(List<PhraseIndex.Hit<IndicatorPhrase>> span) {
        for (int k = 0; k < span.size(); k++) {
            if (!span.get(k).value().weak()) {
                return false;
            }
        }
        return true;
    }

    private static boolean shareIndicator(List<PhraseIndex.Hit<IndicatorPhrase>> a, List<PhraseIndex.Hit<IndicatorPhrase>> b) {
        for (PhraseIndex.Hit<IndicatorPhrase> x : a) {
            for (PhraseIndex.Hit<IndicatorPhrase> y : b) {
                if (x.value().indicator() == y.value().indicator()) {
                    return true;
                }
            }
        }
        return false;
    }
}
