package vn.baocao.extract;

import vn.baocao.extract.document.DocumentText;
import vn.baocao.extract.document.Paragraph;
import vn.baocao.extract.document.Sentence;
import vn.baocao.extract.figure.Reading;
import vn.baocao.extract.meta.DocumentMetadata;
import vn.baocao.extract.meta.MetadataReader;
import vn.baocao.extract.number.Quantity;
import vn.baocao.extract.period.Period;
import vn.baocao.extract.period.PeriodContext;
import vn.baocao.extract.period.PeriodMention;
import vn.baocao.extract.text.Tokens;

/**
 * The period of a figure: one written right after it ('của 6 tháng năm 2021'), one written since the previous
 * figure, what a change is about, one that opens its sentence or clause, one that opened an earlier sentence of
 * its paragraph, else the document's. Periods written as what a figure is compared with ('so với cùng kỳ năm
 * 2021') are none of these.
 */
final class PeriodAssigner {

    /** How many tokens may open a sentence or clause before a period that holds for it. */
    private static final int OPENING = 5;

    private final DocumentText doc;
    private final Tokens t;
    private final DocumentMetadata meta;
    private final PeriodContext ctx;
    private final Sections sections;
    /**
     * The period mentions that stand at their first token, in text order, and where each starts: of mentions
     * that overlap, a token belongs to the one read last. A figure asks about the mentions that start in a stretch.
     */
    private final PeriodMention[] mentions;
    private final int[] starts;
    /** The period that opened an earlier sentence of the paragraph, or that holds at a footnote's mark. */
    private Period carried;

    PeriodAssigner(MetadataReader.Reading r, Sections sections) {
        this.doc = r.text();
        this.t = doc.tokens();
        this.meta = r.metadata();
        this.ctx = r.context();
        this.sections = sections;
        this.mentions = startingMentions(r.periods(), t.size());
        this.starts = new int[mentions.length];
        for (int k = 0; k < mentions.length; k++) {
            starts[k] = mentions[k].start();
        }
    }

    /**
     * The mentions that own their first token. Mentions come in text order, one after the other: then each does, and
     * no array over the whole text is needed; only mentions that overlap are laid out token by token.
     */
    private static PeriodMention[] startingMentions(java.util.List<PeriodMention> all, int tokens) {
        int previousEnd = 0;
        boolean apart = true;
        for (int k = 0; k < all.size() && apart; k++) {
            PeriodMention m = all.get(k);
            apart = m.start() >= previousEnd && m.start() < m.end();
            previousEnd = m.end();
        }
        if (apart) {
            return all.toArray(new PeriodMention[0]);
        }
        PeriodMention[] periodAt = new PeriodMention[tokens];
        for (PeriodMention m : all) {
            for (int i = m.start(); i < m.end(); i++) {
                periodAt[i] = m;
            }
        }
        java.util.List<PeriodMention> out = new java.util.ArrayList<>();
        for (int i = 0; i < tokens; i++) {
            if (periodAt[i] != null && periodAt[i].start() == i) {
                out.add(periodAt[i]);
            }
        }
        return out.toArray(new PeriodMention[0]);
    }

    /** The first of {@link #mentions} that starts at or after token {@code from}. */
    private int firstFrom(int from) {
        int k = java.util.Arrays.binarySearch(starts, from); // starts are distinct
        return k >= 0 ? k : -k - 1;
    }

    void enter(Paragraph p) {
        carried = p.footnote() == null ? null : periodAtAnchor(p);
    }

    /** A period written right after the figure, or after its 'của'/'trong' ('13,52% của 6 tháng năm 2021'). */
    Period ownPeriod(Quantity q, Reading r) {
        int j = q.end();
        if (j < t.size() && (t.is(j, "của") || t.is(j, "trong"))) {
            j++;
        }
        int k = j < t.size() ? firstFrom(j) : mentions.length;
        PeriodMention m = k < mentions.length && starts[k] == j ? mentions[k] : null;
        return m != null && !m.compared() ? m.resolve(ctx) : null;
    }

    Period period(Figure f, String status, Subject subject, boolean relative, Period own) {
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

    Period targetPeriod(Period written) {
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
        for (int k = firstFrom(from); k < mentions.length && starts[k] < to; k++) {
            PeriodMention m = mentions[k];
            if (!m.compared()) {
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
        for (int k = firstFrom(from); k < mentions.length && starts[k] < Math.min(to, from + OPENING); k++) {
            PeriodMention m = mentions[k];
            if (!m.compared()) {
                return m.resolve(ctx);
            }
        }
        return null;
    }

    /** 'Tòa án nhân dân quận lũy kế 05 tháng đầu năm 2021: thụ lý ...': a lead ending in a colon frames what follows it. */
    private Period lead(int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.punct(i) == ':') { // punct, not is(i, ':'): C1 inlines it, and this goes over the sentence up to every figure
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
        for (int k = firstFrom(s.from()); k < mentions.length && starts[k] < s.to(); k++) {
            PeriodMention m = mentions[k];
            if (m.compared() && m.meaning().equals("year") && m.year() != null
                    && m.year() + 1 != p.year() && p.start().getYear() == p.end().getYear()) {
                return p.minusYears(p.year() - m.year() - 1);
            }
        }
        return p;
    }

    /** A period that opens a sentence holds for the rest of its paragraph. */
    void carryOpeningPeriod(Sentence s) {
        Period p = opening(s.from(), s.to());
        if (p != null) {
            carried = p;
        }
    }

    static Period minusYear(Period p) {
        return p == null ? null : p.minusYears(1);
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
}
