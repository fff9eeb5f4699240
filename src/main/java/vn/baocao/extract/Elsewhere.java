package vn.baocao.extract;

import java.util.Comparator;
import java.util.List;
import vn.baocao.extract.area.Gazetteer;
import vn.baocao.extract.area.PlaceMention;
import vn.baocao.extract.language.Cue;
import vn.baocao.extract.meta.DocumentMetadata;
import vn.baocao.extract.number.TokenCues;
import vn.baocao.extract.text.PhraseIndex;
import vn.baocao.extract.text.Sorted;
import vn.baocao.extract.text.Tokens;

/** Figures about other places ('cả nước', another unit) are not the document's. */
final class Elsewhere {

    private static final int RANK_REACH = 6;

    private final TokenCues cues;
    private final Tokens t;
    private final DocumentMetadata meta;
    /** The places the document names, in text order, and where each starts (searched as ints, not through a key function). */
    private final List<PlaceMention> places;
    private final int[] placeStarts;

    Elsewhere(TokenCues cues, DocumentMetadata meta, List<PlaceMention> places) {
        this.cues = cues;
        this.t = cues.doc().tokens();
        this.meta = meta;
        this.places = places.stream().sorted(Comparator.comparingInt(PlaceMention::start)).toList();
        this.placeStarts = new int[this.places.size()];
        for (int k = 0; k < placeStarts.length; k++) {
            placeStarts[k] = this.places.get(k).start();
        }
    }

    /** 'cả nước', 'toàn quốc', or a unit other than the document's, between the clause's start and the figure. */
    boolean namedIn(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!cues.startsAt(i, Cue.Category.PLACE)) {
                continue; // most words are no place: one array read, not two calls, at each token of every figure's window
            }
            PhraseIndex.Hit<Cue> c = cues.cueAt(i, Cue.Category.PLACE, "elsewhere");
            if (c != null && c.end() <= to && !afterRank(c.start(), from)) {
                return true;
            }
        }
        for (int k = firstPlaceFrom(from); k < placeStarts.length && placeStarts[k] < to; k++) {
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

    /** The first place that starts at or after {@code from} (places may start at the same token). */
    private int firstPlaceFrom(int from) {
        return Sorted.firstAtLeast(placeStarts, placeStarts.length, from);
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
}
