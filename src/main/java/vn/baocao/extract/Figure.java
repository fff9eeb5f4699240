package vn.baocao.extract;

import java.util.List;
import vn.baocao.extract.document.Sentence;
import vn.baocao.extract.figure.Reading;
import vn.baocao.extract.number.Quantity;

/** One figure and where it stands. */
final class Figure {
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
