package vn.baocao.extract.area;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vn.baocao.extract.document.DocumentText;
import vn.baocao.extract.document.Paragraph;
import vn.baocao.extract.language.Cue;
import vn.baocao.extract.text.Fold;
import vn.baocao.extract.text.PhraseIndex;
import vn.baocao.extract.text.Tokens;
import vn.baocao.normalise.ToneMarks;

/**
 * Finds the places a document names: a type word of places.csv followed by the
 * name of a unit of that type ('huyện Quỳnh Phụ', 'TP.Đà Nẵng', 'Quận 1'), and a
 * province's name on its own ('Nghệ An đứng thứ 2'). A name must be written with
 * a capital: 'xã hội' names no commune. Only names the gazetteer knows count, so
 * the words after a type word never become a place by themselves.
 */
public final class PlaceReader {

    private static final int ISSUER_REACH = 4;
    private static final int PLACE = 1 << Cue.Category.PLACE.ordinal();

    private final Gazetteer gazetteer;

    public PlaceReader(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public List<PlaceMention> read(DocumentText doc) {
        Tokens t = doc.tokens();
        NameIndex.Reader names = gazetteer.names(t);
        List<PlaceMention> out = new ArrayList<>();
        // cues and names are only found in paragraphs that are read: the tokens of the others start neither
        int covered = 0;
        for (Paragraph p : doc.paragraphs()) {
            if (p.furniture() || p.isEmpty()) {
                continue;
            }
            for (int i = Math.max(p.from(), covered); i < p.to(); i++) {
                if (i < covered) {
                    continue;
                }
                if ((doc.cueCategoriesAt(i) & PLACE) != 0) {
                    PhraseIndex.Hit<Cue> type = doc.cueAt(i, Cue.Category.PLACE, "type");
                    PlaceMention m = type == null ? null : typed(doc, p, type, names);
                    if (m != null) {
                        out.add(m);
                        covered = m.end();
                        continue;
                    }
                }
                if (t.capital(i) && names.mayStartProvince(i)) {
                    int end = names.longest(i, p.to());
                    List<AdminUnit> provinces = end == 0 ? List.of() : writtenExactly(t, i, end, gazetteer.provincesByNameKey(names.key()));
                    if (!provinces.isEmpty()) {
                        out.add(new PlaceMention(i, end, null, provinces, false, null));
                        covered = end;
                    }
                }
            }
        }
        return markIssuers(doc, out);
    }

    /** A province named without its type word must be written exactly: 'Diễn biến' is not Điện Biên. */
    private static List<AdminUnit> writtenExactly(Tokens t, int from, int to, List<AdminUnit> provinces) {
        if (provinces.isEmpty()) {
            return provinces;
        }
        String written = ToneMarks.fold(Fold.lower(t.span(from, to)));
        List<AdminUnit> out = new ArrayList<>(provinces.size());
        for (AdminUnit u : provinces) {
            if (ToneMarks.fold(Fold.lower(u.name())).equals(written)) {
                out.add(u);
            }
        }
        return Collections.unmodifiableList(out);
    }

    private PlaceMention typed(DocumentText doc, Paragraph p, PhraseIndex.Hit<Cue> type, NameIndex.Reader names) {
        Tokens t = doc.tokens();
        int j = type.end();
        if (t.is(j, '.')) {
            j++;
        }
        if (j >= t.size()) {
            return null;
        }
        String typeWord = type.value().detail();
        if (t.isNumber(j) && t.folded(j).length() <= 2) {
            List<AdminUnit> units = ofType(gazetteer.named(t.folded(j)), typeWord);
            return units.isEmpty() ? null : new PlaceMention(type.start(), j + 1, typeWord, units, false, null);
        }
        // the name is read in its own paragraph, which is seldom another than the type word's
        Paragraph at = j < p.to() ? p : doc.paragraphOf(j);
        if (at.furniture() || !t.capital(j)) {
            return null;
        }
        int end = names.longest(j, at.to());
        if (end == 0) {
            return null;
        }
        List<AdminUnit> units = ofType(gazetteer.byNameKey(names.key()), typeWord);
        return units.isEmpty() ? null : new PlaceMention(type.start(), end, typeWord, units, false, null);
    }

    private static List<AdminUnit> ofType(List<AdminUnit> units, String typeWord) {
        // counted first: most names after a type word are of units of other types, and no list is made for them
        int matching = 0;
        for (int k = 0; k < units.size(); k++) {
            if (units.get(k).type().equals(typeWord)) {
                matching++;
            }
        }
        if (matching == 0) {
            return List.of();
        }
        List<AdminUnit> out = new ArrayList<>(matching);
        for (AdminUnit u : units) {
            if (u.type().equals(typeWord)) {
                out.add(u);
            }
        }
        return Collections.unmodifiableList(out);
    }

    private static boolean stopBetween(Tokens t, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = t.punct(i);
            if (c == ',' || c == '.' || c == ';' || c == ':') {
                return true;
            }
        }
        return false;
    }

    /** A mention a few words after an issuing body ('UBND', 'Cục Thống kê', 'Tòa án nhân dân hai cấp') is the issuer's. */
    private static List<PlaceMention> markIssuers(DocumentText doc, List<PlaceMention> mentions) {
        List<PlaceMention> out = new ArrayList<>(mentions.size());
        for (PlaceMention m : mentions) {
            String field = null;
            for (int s = m.start() - 1; s >= Math.max(0, m.start() - ISSUER_REACH - 4) && field == null; s--) {
                if ((doc.cueCategoriesAt(s) & PLACE) == 0) {
                    continue; // no place cue starts here, so no issuer: its hits are not listed
                }
                for (PhraseIndex.Hit<Cue> h : doc.cuesAt(s)) {
                    if (h.value().is(Cue.Category.PLACE, "issuer") && h.end() <= m.start() && m.start() - h.end() <= ISSUER_REACH
                            && !stopBetween(doc.tokens(), h.end(), m.start())) {
                        field = h.value().detail();
                    }
                }
            }
            out.add(field == null ? m : new PlaceMention(m.start(), m.end(), m.type(), m.units(), true, field));
        }
        return out;
    }
}
