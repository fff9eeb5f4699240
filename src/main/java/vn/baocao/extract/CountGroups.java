package vn.baocao.extract;

import java.util.List;
import vn.baocao.extract.figure.Measure;
import vn.baocao.extract.figure.Reading;
import vn.baocao.extract.number.Quantity;
import vn.baocao.extract.text.Tokens;

/**
 * Counts of one thing in several units written side by side: '98 vụ 362 đối tượng vi phạm pháp luật',
 * '35 vụ và 45 đối tượng', '84 vụ/117 bị can', '1.302 vụ - 2.286 bị cáo'. The words before the first count
 * and after the last one name all of them, and a change word before the first ('tăng 26 vụ và 113 đối
 * tượng') governs them all.
 */
final class CountGroups {

    /** At most this many joining tokens (',', '/', 'và', '-') between two counts of a group. */
    private static final int JOINERS = 2;

    private CountGroups() {
    }

    /** For each figure, the index of the first figure of its group (its own index when it opens one). */
    static int[] heads(Tokens t, List<Quantity> qs) {
        int[] head = new int[qs.size()];
        for (int k = 0; k < qs.size(); k++) {
            head[k] = k > 0 && joined(t, qs.get(k - 1), qs.get(k)) ? head[k - 1] : k;
        }
        return head;
    }

    private static boolean joined(Tokens t, Quantity a, Quantity b) {
        if (!a.unit().whole() || !b.unit().whole() || a.unit() == b.unit() || a.second() != null || b.second() != null
                || b.start() - a.end() > JOINERS) {
            return false;
        }
        for (int i = a.end(); i < b.start(); i++) {
            if (!(t.is(i, ',') || t.is(i, '/') || t.is(i, '-') || t.is(i, '–') || t.is(i, "và"))) {
                return false;
            }
        }
        return true;
    }

    /** A count with no measure word of its own reads like the group's first: 'tăng 26 vụ và 113 đối tượng'. */
    static Reading likeHead(Reading own, Reading head, Quantity q) {
        if (own == null || own.measure() != Measure.VALUE || head.measure() != Measure.YOY_ABS || q.percent() || q.signed()) {
            return own;
        }
        double v = Math.copySign(Math.abs(own.value()), head.value());
        return new Reading(Measure.YOY_ABS, v, null, head.cue(), own.end(), null, false, false);
    }
}
