package vn.baocao.extract;

import java.util.List;
import vn.baocao.extract.document.DocumentText;
import vn.baocao.extract.figure.Measure;
import vn.baocao.extract.language.Indicator;
import vn.baocao.extract.language.IndicatorPhrase;
import vn.baocao.extract.language.Unit;
import vn.baocao.extract.number.Quantity;
import vn.baocao.extract.text.PhraseIndex;
import vn.baocao.extract.text.Sorted;

/**
 * Tells which indicator a dictionary phrase names for a given figure. Several
 * indicators may share a phrase ('ma túy' names drug cases and drug persons,
 * 'thụ lý' the court's and the enforcement office's acceptances): the figure's
 * unit and measure, the indicator's kind, its context words (the nearest and most
 * specific wins) and its exclusion words decide.
 */
final class IndicatorChooser {

    /** An indicator a phrase can name for the figure, with how strongly its context speaks for it. */
    record Choice(Indicator indicator, PhraseIndex.Hit<IndicatorPhrase> hit, long score) {
    }

    private final DocumentText doc;
    private final PhraseSpans spans;
    /** Where each context word stands in the document, worked out when a figure first needs it. */
    private TopicWords topicWords;

    IndicatorChooser(DocumentText doc, PhraseSpans spans) {
        this.doc = doc;
        this.spans = spans;
    }

    /**
     * Where the words that decide between indicators are looked for.
     *
     * @param contextFrom where context words may start: the paragraph, at most some hundreds of words back
     * @param outerFrom   where they may start when no indicator finds its context in the paragraph: the paragraph before
     * @param contextTo   where they must end: the end of the sentence
     * @param anchorFrom  for a footnote body, the sentence its mark stands in (else empty)...
     * @param anchorTo    ...up to the mark
     * @param clauseFrom  where exclusion words count: the figure's clause up to the figure...
     * @param clauseTo    ...and the words right after it, up to the next comma
     * @param labelFrom   the label or heading over the paragraph, whose exclusion words count too
     * @param labelTo     its end
     */
    record Scope(int contextFrom, int outerFrom, int contextTo, int anchorFrom, int anchorTo, int clauseFrom, int clauseTo, int labelFrom, int labelTo) {
    }

    /**
     * The best indicator among the phrases of one span, or null.
     *
     * @param hits     dictionary hits of one span
     * @param adjacent the phrase stands right by the figure (weak phrases need it)
     */
    Choice choose(List<PhraseIndex.Hit<IndicatorPhrase>> hits, Quantity q, Measure measure, boolean share, Scope scope, boolean adjacent) {
        Choice best = choose(hits, q, measure, share, scope, scope.contextFrom(), adjacent);
        // 'Trong đó, khu vực nông - lâm - thủy sản tăng 3,09%' on its own line: the GRDP it breaks down is in the line above
        return best != null || scope.outerFrom() >= scope.contextFrom() || hits.isEmpty() || modified(hits.get(0)) ? best
                : choose(hits, q, measure, share, scope, scope.outerFrom(), adjacent);
    }

    /** 'doanh thu dịch vụ lưu trú': a phrase right after another names part of that one's thing, not a sector of its own. */
    private boolean modified(PhraseIndex.Hit<IndicatorPhrase> h) {
        return spans.anyEndingAt(h.start());
    }

    private Choice choose(List<PhraseIndex.Hit<IndicatorPhrase>> hits, Quantity q, Measure measure, boolean share, Scope scope,
                          int contextFrom, boolean adjacent) {
        Choice best = null;
        for (PhraseIndex.Hit<IndicatorPhrase> h : hits) {
            IndicatorPhrase p = h.value();
            Indicator ind = p.indicator();
            if (p.weak() && (!adjacent || measure != Measure.VALUE || q.unit() != ind.unit())) {
                continue;
            }
            if (!fits(ind, q, measure, share)) {
                continue;
            }
            if (excluded(ind, h, scope.clauseFrom(), scope.clauseTo(), scope.labelFrom(), scope.labelTo())) {
                continue;
            }
            long score = context(ind, scope, contextFrom, q.start());
            if (score == Long.MIN_VALUE) {
                continue;
            }
            if (best == null || score > best.score()) {
                best = new Choice(ind, h, score);
            }
        }
        return best;
    }

    /** Whether a figure read as {@code measure} can belong to the indicator, by unit and kind. */
    static boolean fits(Indicator ind, Quantity q, Measure measure, boolean share) {
        Indicator.Kind kind = ind.kind();
        if (share || kind == Indicator.Kind.SHARE) {
            // 'chiếm 7,37%' is a share and only a share; a share is read only as a percentage
            return kind == Indicator.Kind.SHARE && measure == Measure.VALUE && q.percent();
        }
        return switch (measure) {
            case VALUE, PREV_VALUE -> q.percent() ? ind.isPercent() : ind.unit().accepts(q.unit()) && kind != Indicator.Kind.INDEX;
            case YOY_ABS -> ind.isPercent() ? q.unit() == Unit.PERCENT_POINT && kind == Indicator.Kind.RATE
                    : kind == Indicator.Kind.LEVEL && ind.unit().accepts(q.unit());
            case YOY_PCT, MOM_PCT -> kind == Indicator.Kind.LEVEL || kind == Indicator.Kind.INDEX || kind == Indicator.Kind.GROWTH;
            case PCT_OF_TARGET -> kind == Indicator.Kind.LEVEL || kind == Indicator.Kind.GROWTH;
        };
    }

    /** An exclusion word in the figure's clause, or in the label that opens its paragraph, outside the phrase. */
    private boolean excluded(Indicator ind, PhraseIndex.Hit<IndicatorPhrase> h, int clauseFrom, int clauseTo, int labelFrom, int labelTo) {
        if (ind.exclude().isEmpty()) {
            return false;
        }
        List<PhraseIndex.Hit<String>> all = doc.topics();
        // topic words that reach into the clause: '67 vụ án hành chính' leaves 'án hành chính' half inside the figure
        for (int i = firstTopicFrom(Math.max(0, clauseFrom - 8)); i < all.size() && all.get(i).start() < clauseTo; i++) {
            PhraseIndex.Hit<String> t = all.get(i);
            if (t.end() > clauseTo || t.end() <= clauseFrom) {
                continue;
            }
            boolean insidePhrase = t.start() >= h.start() && t.end() <= h.end() && (t.start() > h.start() || t.end() < h.end());
            boolean samePhrase = t.start() == h.start() && t.end() == h.end();
            if (ind.exclude().contains(t.value()) && !insidePhrase && !samePhrase) {
                return true;
            }
        }
        for (int i = firstTopicFrom(labelFrom); i < all.size() && all.get(i).start() < labelTo; i++) {
            PhraseIndex.Hit<String> t = all.get(i);
            if (t.end() <= labelTo && ind.exclude().contains(t.value()) && !coordinated(t)) {
                return true;
            }
        }
        return false;
    }

    /** 'Tình hình thu, chi ngân sách': a heading that joins several subjects excludes none of them. */
    private boolean coordinated(PhraseIndex.Hit<String> topic) {
        int before = topic.start() - 1;
        return before >= 0 && (doc.tokens().is(before, ',') || doc.tokens().is(before, "và"));
    }

    /**
     * How strongly the context speaks for the indicator: MIN_VALUE when it names none of its
     * context alternatives; else more words matched first, then words before the figure over words
     * after it, then the nearer the better.
     */
    private long context(Indicator ind, Scope scope, int contextFrom, int figure) {
        if (ind.context().isEmpty()) {
            return 0;
        }
        long best = Long.MIN_VALUE;
        List<List<String>> alternatives = ind.context();
        for (int a = 0; a < alternatives.size(); a++) {
            List<String> alternative = alternatives.get(a);
            long weakest = Long.MAX_VALUE;
            boolean all = true;
            for (int k = 0; k < alternative.size(); k++) {
                String word = alternative.get(k);
                TopicWords.Places places = topicWords().of(word);
                long at = places == null ? Long.MIN_VALUE : Math.max(
                        places.nearest(scope.anchorFrom(), scope.anchorTo(), figure),
                        places.nearest(contextFrom, scope.contextTo(), figure));
                if (at == Long.MIN_VALUE) {
                    all = false;
                    break;
                }
                weakest = Math.min(weakest, at);
            }
            if (all) {
                best = Math.max(best, alternative.size() * 10_000_000_000L + weakest);
            }
        }
        return best;
    }

    private TopicWords topicWords() {
        if (topicWords == null) {
            topicWords = new TopicWords(doc.topics());
        }
        return topicWords;
    }

    private int firstTopicFrom(int from) {
        return Sorted.firstAtLeast(doc.topics(), PhraseIndex.Hit::start, from);
    }
}
