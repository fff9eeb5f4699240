package vn.baocao.extract;

import vn.baocao.extract.language.Cue;
import vn.baocao.extract.language.IndicatorPhrase;
import vn.baocao.extract.number.Quantity;
import vn.baocao.extract.number.TokenCues;
import vn.baocao.extract.text.PhraseIndex;
import vn.baocao.extract.text.Tokens;

/**
 * Measure words written before a phrase or a figure that change what the figure is of: a growth word makes it the
 * growth of what the phrase names, 'đạt' after a count the count's completion rate, a direction word a change.
 */
final class MeasureWords {

    private final TokenCues cues;
    private final Tokens t;
    private final Gaps gaps;

    MeasureWords(TokenCues cues, Gaps gaps) {
        this.cues = cues;
        this.t = cues.doc().tokens();
        this.gaps = gaps;
    }

    /** 'tốc độ tăng trưởng giá trị sản xuất', 'tốc độ tăng năng suất lao động': the phrase's growth, not its level. */
    boolean growthBefore(PhraseIndex.Hit<IndicatorPhrase> h) {
        PhraseIndex.Hit<Cue> c = cues.cueEndingAt(h.start(), Math.max(0, h.start() - 6), Cue.Category.MEASURE);
        return c != null && c.value().type().equals("growth");
    }

    /** 'đạt', 'đạt tỷ lệ' right before the figure (a qualifier such as 'gần' may stand between). */
    boolean reachBefore(Quantity q, int from) {
        int at = q.start();
        if (at > from && t.is(at - 1, '(')) {
            at--;
        }
        PhraseIndex.Hit<Cue> qual = cues.cueEndingAt(at, from, Cue.Category.QUALIFIER);
        if (qual != null) {
            at = qual.start();
        }
        PhraseIndex.Hit<Cue> c = cues.cueEndingAt(at, from, Cue.Category.MEASURE);
        return c != null && c.value().type().equals("reach");
    }

    /** A direction word right before a phrase that stands right before the figure. */
    PhraseIndex.Hit<Cue> directionBefore(PhraseIndex.Hit<IndicatorPhrase> hit, Quantity q) {
        if (hit == null || hit.end() > q.start() || !gaps.adjacentBefore(hit.end(), q.start())) {
            return null;
        }
        PhraseIndex.Hit<Cue> c = cues.cueEndingAt(hit.start(), Math.max(0, hit.start() - 3), Cue.Category.MEASURE);
        return c != null && (c.value().type().equals("up") || c.value().type().equals("down")) ? c : null;
    }
}
