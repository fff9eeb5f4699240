package vn.baocao.extract.area;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.baocao.extract.document.DocumentText;
import vn.baocao.extract.document.Paragraph;
import vn.baocao.extract.language.Cue;
import vn.baocao.extract.text.PhraseIndex;
import vn.baocao.extract.text.Tokens;

/**
 * Finds the places a document names: a type word of places.csv followed by the
 * name of a unit of that type ('huyện Quỳnh Phụ', 'TP.Đà Nẵng', 'Quận 1'), and a
 * province's name on its own ('Nghệ An đứng thứ 2'). A name must be written with
 * a capital: 'xã hội' names no commune. Only names the gazetteer knows count, so
 * the words after a type word never become a place by themselves.
 */
public final class PlaceReader {

    private static final int ISSUER_REACH = 4;

    private final Gazetteer gazetteer;

    public PlaceReader(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public List<PlaceMention> read(DocumentText doc) {
        Tokens t = doc.tokens();
        Map<Integer, PhraseIndex.Hit<String>> nameAt = new HashMap<>();
        for (Paragraph p : doc.paragraphs()) {
            if (p.furniture() || p.isEmpty()) {
                continue;
            }
            for (PhraseIndex.Hit<String> h : gazetteer.names(t, p.from(), p.to())) {
                PhraseIndex.Hit<String> before = nameAt.get(h.start());
                if (before == null || h.end() > before.end()) {
                    nameAt.put(h.start(), h);
                }
            }
        }
        List<PlaceMention> out = new ArrayList<>();
        int covered = 0;
        for (int i = 0; i < t.size(); i++) {
            PhraseIndex.Hit<Cue> type = doc.cueAt(i, Cue.Category.PLACE, "type");
            if (type != null && i >= covered) {
                PlaceMention m = typed(doc, type, nameAt);
                if (m != null) {
                    out.add(m);
                    covered = m.end();
                    continue;
                }
            }
            PhraseIndex.Hit<String> name = nameAt.get(i);
            if (name != null && i >= covered && capital(t, i)) {
                // a province named without its type word must be written exactly: 'Diễn biến' is not Điện Biên
                String written = vn.baocao.normalise.ToneMarks.fold(vn.baocao.extract.text.Fold.lower(t.span(name.start(), name.end())));
                List<AdminUnit> provinces = gazetteer.byNameKey(name.value()).stream().filter(u -> u.level().equals("province")
                        && vn.baocao.normalise.ToneMarks.fold(vn.baocao.extract.text.Fold.lower(u.name())).equals(written)).toList();
                if (!provinces.isEmpty()) {
                    out.add(new PlaceMention(i, name.end(), null, provinces, false, null));
                    covered = name.end();
                }
            }
        }
        return markIssuers(doc, out);
    }

    private PlaceMention typed(DocumentText doc, PhraseIndex.Hit<Cue> type, Map<Integer, PhraseIndex.Hit<String>> nameAt) {
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
        PhraseIndex.Hit<String> name = nameAt.get(j);
        if (name == null || !capital(t, j)) {
            return null;
        }
        List<AdminUnit> units = ofType(gazetteer.byNameKey(name.value()), typeWord);
        return units.isEmpty() ? null : new PlaceMention(type.start(), name.end(), typeWord, units, false, null);
    }

    private static List<AdminUnit> ofType(List<AdminUnit> units, String typeWord) {
        return units.stream().filter(u -> u.type().equals(typeWord)).toList();
    }

    private static boolean capital(Tokens t, int i) {
        return Character.isUpperCase(t.text().charAt(t.start(i)));
    }

    private static boolean stopBetween(Tokens t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.is(i, ',') || t.is(i, '.') || t.is(i, ';') || t.is(i, ':')) {
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
