package vn.baocao.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.baocao.extract.document.DocumentText;
import vn.baocao.extract.language.IndicatorPhrase;
import vn.baocao.extract.number.Quantity;
import vn.baocao.extract.text.PhraseIndex;
import vn.baocao.extract.text.Sorted;
import vn.baocao.extract.text.Tokens;

/**
 * The document's dictionary phrases around a figure. Phrases that cover the same words form a span, which the
 * indicator chooser decides between; the phrases before a figure are grouped so, nearest first, and those after
 * it are split into the ones right by it and the ones further on in its clause.
 */
final class PhraseSpans {

    /** How far after a count the phrase naming what it counts may stand. */
    private static final int POSTFIX_REACH = 30;
    /** Longer phrases first (made once: a comparator made per figure is an allocation per figure). */
    static final Comparator<PhraseIndex.Hit<IndicatorPhrase>> LONGEST_FIRST = Comparator.comparingInt(h -> -(h.end() - h.start()));
    private static final Comparator<PhraseIndex.Hit<IndicatorPhrase>> BY_START = Comparator.comparingInt(PhraseIndex.Hit::start);
    private static final Comparator<List<PhraseIndex.Hit<IndicatorPhrase>>> NEAREST_FIRST =
            Comparator.comparingInt((List<PhraseIndex.Hit<IndicatorPhrase>> sp) -> -sp.get(0).end()).thenComparingInt(sp -> sp.get(0).start());

    private final DocumentText doc;
    private final Tokens t;
    private final Gaps gaps;
    /** The document's phrases, ordered by end then start. */
    private final List<PhraseIndex.Hit<IndicatorPhrase>> all;
    /**
     * Where each of them starts and ends, in the same order: a figure's searches and scans over the phrases around it
     * read ints, not a list element and a record accessor each, which C1 calls at every step.
     */
    private final int[] starts;
    private final int[] ends;
    /** The stretch {@link #spansBefore} was last asked about, and its answer. */
    private int lastFrom = -1;
    private int lastTo = -1;
    private List<List<PhraseIndex.Hit<IndicatorPhrase>>> lastSpans;

    PhraseSpans(DocumentText doc, Gaps gaps) {
        this.doc = doc;
        this.t = doc.tokens();
        this.gaps = gaps;
        this.all = doc.phrases();
        this.starts = new int[all.size()];
        this.ends = new int[all.size()];
        for (int k = 0; k < starts.length; k++) {
            PhraseIndex.Hit<IndicatorPhrase> h = all.get(k);
            starts[k] = h.start();
            ends[k] = h.end();
        }
    }

    List<PhraseIndex.Hit<IndicatorPhrase>> phrasesStartingIn(int from, int to, int limit) {
        List<PhraseIndex.Hit<IndicatorPhrase>> out = new ArrayList<>();
        for (int i = firstEndingFrom(from + 1); i < ends.length && starts[i] < limit && ends[i] <= limit + 12; i++) {
            if (starts[i] >= from && starts[i] < to && ends[i] <= limit) {
                out.add(all.get(i));
            }
        }
        if (out.size() > 1) {
            out.sort(BY_START);
        }
        return out;
    }

    /** The span of phrases nearest before a figure that failed to take one, for a change after it. */
    List<PhraseIndex.Hit<IndicatorPhrase>> nearestSpan(Figure f) {
        List<List<PhraseIndex.Hit<IndicatorPhrase>>> prefix = spansBefore(f.windowFrom, f.q.start());
        return prefix.isEmpty() || !gaps.near(prefix.get(0), f.q) ? List.of() : prefix.get(0);
    }

    /** Whether {@link #spansBefore} finds any span: whether a dictionary phrase stands inside [from, to). */
    boolean anyBefore(int from, int to) {
        for (int i = firstEndingFrom(to + 1) - 1; i >= 0 && ends[i] > from; i--) {
            if (starts[i] >= from) {
                return true;
            }
        }
        return false;
    }

    /**
     * Dictionary hits ending in [from, to), grouped by span, nearest the figure first, longer first. A figure that
     * binds no phrase asks again for the same stretch, which gets the same (unchanging) lists.
     */
    List<List<PhraseIndex.Hit<IndicatorPhrase>>> spansBefore(int from, int to) {
        if (from != lastFrom || to != lastTo) {
            lastSpans = findSpansBefore(from, to);
            lastFrom = from;
            lastTo = to;
        }
        return lastSpans;
    }

    private List<List<PhraseIndex.Hit<IndicatorPhrase>>> findSpansBefore(int from, int to) {
        List<List<PhraseIndex.Hit<IndicatorPhrase>>> out = new ArrayList<>();
        for (int i = firstEndingFrom(to + 1) - 1; i >= 0 && ends[i] > from; i--) {
            if (starts[i] < from || ends[i] > to) {
                continue;
            }
            PhraseIndex.Hit<IndicatorPhrase> h = all.get(i);
            List<PhraseIndex.Hit<IndicatorPhrase>> span = null;
            for (int k = 0; k < out.size() && span == null; k++) { // spans differ in where they stand: one at most matches
                PhraseIndex.Hit<IndicatorPhrase> first = out.get(k).get(0);
                if (first.start() == h.start() && first.end() == h.end()) {
                    span = out.get(k);
                }
            }
            if (span == null) {
                span = new ArrayList<>(4);
                out.add(span);
            }
            span.add(h);
        }
        if (out.size() > 1) {
            out.sort(NEAREST_FIRST);
        }
        return out;
    }

    /** The index of the first phrase (ordered by end) that ends at or after token {@code end}. */
    private int firstEndingFrom(int end) {
        return Sorted.firstAtLeast(ends, ends.length, end);
    }

    /** Whether some phrase ends at token {@code end}. */
    boolean anyEndingAt(int end) {
        int at = firstEndingFrom(end);
        return at < ends.length && ends[at] == end;
    }

    /**
     * Phrases after a figure: right after its number or unit ('467 doanh nghiệp đăng ký thành lập mới'), or
     * further on in its clause, before the next figure in the same unit, and not one item of a list
     * ('... có dấu hiệu của tội phạm hình sự, ma túy, kinh tế' names no count).
     */
    void postfix(Figure f, List<PhraseIndex.Hit<IndicatorPhrase>> near, List<PhraseIndex.Hit<IndicatorPhrase>> far) {
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
            if (o.unit() == q.unit() || !gaps.inParentheses(o)) {
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
            } else if (!isNear && (farStart < 0 || h.start() == farStart) && !gaps.hasStop(q.end(), h.start()) && !listItem(h)
                    && (limiter == null || gaps.afterOpenParenthesis(h.end(), limiter.start()) > h.end()
                        || gaps.afterLastComma(h.end(), limiter.start()) > h.end() || !gaps.adjacentBefore(h.end(), limiter.start()))) {
                // 'ủy thác là 46 việc, tổng số việc phải thi hành là 1.051 việc': that phrase is the next figure's
                farStart = h.start();
                far.add(h);
            }
        }
        if (near.size() > 1) {
            near.sort(LONGEST_FIRST);
        }
        if (far.size() > 1) {
            far.sort(LONGEST_FIRST);
        }
    }

    /**
     * {@code hits.contains(h)}, by the same test as the record's equals, cheapest first: the span's own phrases come back
     * among those inside it, and comparing two phrases of one span goes through their whole indicators.
     */
    private static boolean contains(List<PhraseIndex.Hit<IndicatorPhrase>> hits, PhraseIndex.Hit<IndicatorPhrase> h) {
        for (int k = 0; k < hits.size(); k++) {
            PhraseIndex.Hit<IndicatorPhrase> o = hits.get(k);
            if (o == h || o.start() == h.start() && o.end() == h.end() && same(o.value(), h.value())) {
                return true;
            }
        }
        return false;
    }

    /** {@code a.equals(b)}, which goes through both whole indicators, asked only once their codes and phrases agree. */
    private static boolean same(IndicatorPhrase a, IndicatorPhrase b) {
        return a == b || a.weak() == b.weak() && java.util.Objects.equals(a.indicator().code(), b.indicator().code())
                && java.util.Objects.equals(a.phrase(), b.phrase()) && a.equals(b);
    }

    private boolean listItem(PhraseIndex.Hit<IndicatorPhrase> h) {
        return t.is(h.start() - 1, ',') && (t.is(h.end(), ',') || t.is(h.end(), "và"));
    }

    /** A span's phrases and the shorter ones inside it ('vi phạm pháp luật' in 'đối tượng vi phạm pháp luật'), longest first. */
    List<PhraseIndex.Hit<IndicatorPhrase>> withNested(List<PhraseIndex.Hit<IndicatorPhrase>> span) {
        int from = span.get(0).start();
        int to = span.get(0).end();
        List<PhraseIndex.Hit<IndicatorPhrase>> out = new ArrayList<>(span);
        for (PhraseIndex.Hit<IndicatorPhrase> h : phrasesStartingIn(from, to, to)) {
            if (!contains(out, h)) {
                out.add(h);
            }
        }
        if (out.size() > 1) {
            out.sort(LONGEST_FIRST);
        }
        return out;
    }
}
