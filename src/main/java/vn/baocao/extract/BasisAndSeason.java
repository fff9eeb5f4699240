package vn.baocao.extract;

import vn.baocao.extract.document.DocumentText;
import vn.baocao.extract.figure.Measure;
import vn.baocao.extract.figure.Reading;
import vn.baocao.extract.language.Cue;
import vn.baocao.extract.number.Quantity;
import vn.baocao.extract.number.TokenCues;
import vn.baocao.extract.text.PhraseIndex;

/**
 * The price basis ('giá hiện hành', 'giá so sánh') and crop season of a figure: written in its clause before it,
 * else (a season) right after it; else, for a change or share, what the sentence is about has; else (a season)
 * the part of the document's.
 */
final class BasisAndSeason {

    private final DocumentText doc;
    private final TokenCues cues;
    private final Sections sections;
    /** The labels of the current-price bases the document wrote ('giá hiện hành'): a change at them is nominal. */
    private final java.util.Set<String> nominal = new java.util.HashSet<>();

    BasisAndSeason(TokenCues cues, Sections sections) {
        this.cues = cues;
        this.doc = cues.doc();
        this.sections = sections;
    }

    String priceBasis(int from, int to, Subject subject, Reading r) {
        for (int i = to - 1; i >= from; i--) {
            if (!cues.startsAt(i, Cue.Category.BASIS)) {
                continue;
            }
            PhraseIndex.Hit<Cue> c = doc.cueAt(i, Cue.Category.BASIS, "price");
            PhraseIndex.Hit<Cue> current = doc.cueAt(i, Cue.Category.BASIS, "current_price");
            if (current != null && current.end() <= to && (c == null || current.end() >= c.end())) {
                nominal.add(current.value().detail());
                return current.value().detail();
            }
            if (c != null && c.end() <= to) {
                return c.value().detail();
            }
        }
        return r.measure() != Measure.VALUE && subject != null ? subject.basis() : null;
    }

    /** Whether a change of a figure with this basis is a change at current prices, not a growth rate. */
    boolean nominal(String basis) {
        return basis != null && nominal.contains(basis);
    }

    String season(int clauseFrom, Quantity q, int next, Subject subject, Reading r) {
        String s = seasonIn(clauseFrom, q.start());
        if (s == null) {
            s = seasonIn(q.end(), Math.min(next, q.end() + 6));
        }
        if (s == null && r.measure() != Measure.VALUE && subject != null) {
            s = subject.season();
        }
        return s != null ? s : sections.season();
    }

    private String seasonIn(int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (!cues.startsAt(i, Cue.Category.BASIS)) {
                continue; // one array read where most tokens start no basis cue, not a call into the document
            }
            PhraseIndex.Hit<Cue> c = cues.cueAt(i, Cue.Category.BASIS, "season");
            if (c != null && c.end() <= to) {
                return Sections.seasonLabel(doc, c);
            }
        }
        return null;
    }
}
