package vn.baocao.extract;

import java.util.List;
import vn.baocao.extract.document.DocumentText;
import vn.baocao.extract.document.Sentence;
import vn.baocao.extract.figure.Measure;
import vn.baocao.extract.figure.Reading;
import vn.baocao.extract.language.Cue;
import vn.baocao.extract.language.Unit;
import vn.baocao.extract.number.Quantity;
import vn.baocao.extract.number.TokenCues;
import vn.baocao.extract.text.PhraseIndex;

/** Zeros written in words, which the sentence reads as figures of their own, a change or a count of nothing. */
final class ZeroMentions {

    private ZeroMentions() {
    }

    /** 'Tai nạn giao thông: không xảy ra', 'như cùng kỳ': zero figures without a number. */
    static void add(TokenCues cues, Sentence s, List<Quantity> qs) {
        DocumentText doc = cues.doc();
        int measure = 1 << Cue.Category.MEASURE.ordinal();
        for (int i = s.from(); i < s.to(); i++) {
            if ((doc.cueCategoriesAt(i) & measure) == 0) {
                continue;
            }
            PhraseIndex.Hit<Cue> none = doc.cueAt(i, Cue.Category.MEASURE, "none");
            PhraseIndex.Hit<Cue> same = none != null ? null : doc.cueAt(i, Cue.Category.MEASURE, "unchanged");
            PhraseIndex.Hit<Cue> h = none != null ? none : same;
            if (h != null) {
                qs.add(new Quantity(h.start(), h.end(), h.start(), 0, null, null, Unit.NONE,
                        none != null ? "zero:none" : "zero:unchanged", false, null));
                i = h.end() - 1;
            }
        }
    }

    static boolean zero(Quantity q) {
        // the unit first: asked of every figure, and startsWith is a call C1 does not inline
        return q.unit() == Unit.NONE && q.unitWords().startsWith("zero:");
    }

    /** 'như cùng kỳ' is no change from last year; 'không xảy ra' none at all. */
    static Reading reading(Quantity q) {
        boolean unchanged = q.unitWords().equals("zero:unchanged");
        return new Reading(unchanged ? Measure.YOY_ABS : Measure.VALUE, 0, null, unchanged ? "như cùng kỳ" : "không xảy ra",
                q.end(), null, false, false);
    }
}
