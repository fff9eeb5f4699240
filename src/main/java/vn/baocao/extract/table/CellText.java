package vn.baocao.extract.table;

import java.util.ArrayList;
import java.util.List;
import vn.baocao.extract.document.DocumentText;
import vn.baocao.extract.language.Cue;
import vn.baocao.extract.language.IndicatorDictionary;
import vn.baocao.extract.language.LanguageRules;
import vn.baocao.extract.language.Unit;
import vn.baocao.extract.period.PeriodContext;
import vn.baocao.extract.period.PeriodMention;
import vn.baocao.extract.period.PeriodReader;
import vn.baocao.extract.period.Period;
import vn.baocao.extract.text.PhraseIndex;
import vn.baocao.normalise.TextNormaliser;

/**
 * The text of a table cell (a header, a row name, a unit) read with the same
 * rules as prose: its cue words, the table words of tables.csv, its periods and
 * its unit.
 */
final class CellText {

    /** A unit as a table writes it in a unit column or a unit note: what one written number is worth. */
    record UnitOf(Unit unit, double factor) {
        static final UnitOf NONE = new UnitOf(Unit.NONE, 1);
    }

    final String text;
    final DocumentText doc;
    private final List<PhraseIndex.Hit<Cue>> cues = new ArrayList<>();

    CellText(String text, LanguageRules rules, IndicatorDictionary dictionary) {
        this.text = text;
        this.doc = new DocumentText(new TextNormaliser().normalise(text), rules, dictionary);
        for (int i = 0; i < doc.tokens().size(); i++) {
            cues.addAll(doc.cuesAt(i));
        }
        cues.addAll(rules.tableCues(doc.tokens(), 0, doc.tokens().size()));
    }

    /** The first position of a cue of this category and type, or -1. */
    int first(Cue.Category category, String type) {
        int best = -1;
        for (PhraseIndex.Hit<Cue> h : cues) {
            if (h.value().is(category, type) && (best < 0 || h.start() < best)) {
                best = h.start();
            }
        }
        return best;
    }

    boolean has(Cue.Category category, String type) {
        return first(category, type) >= 0;
    }

    boolean hasTable(String role) {
        return has(Cue.Category.TABLE, role);
    }

    /** The whole cell is one table word ('STT', 'ĐVT'). */
    boolean isOnly(String role) {
        for (PhraseIndex.Hit<Cue> h : cues) {
            if (h.value().is(Cue.Category.TABLE, role) && h.start() == 0 && h.end() == doc.tokens().size()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the cell starts with a table word of this role. */
    boolean startsWith(String role) {
        return first(Cue.Category.TABLE, role) == 0;
    }

    boolean isEmpty() {
        return doc.tokens().size() == 0;
    }

    /** Whether a table word of this role stands outside the periods written in the cell ('Thực hiện', not the 'năm' of 'năm 2023'). */
    boolean hasTableOutsidePeriods(String role, PeriodReader reader) {
        List<PeriodMention> ms = mentions(reader);
        for (PhraseIndex.Hit<Cue> h : cues) {
            if (h.value().is(Cue.Category.TABLE, role) && ms.stream().noneMatch(m -> m.start() <= h.start() && h.end() <= m.end())) {
                return true;
            }
        }
        return false;
    }

    private List<PeriodMention> mentions(PeriodReader reader) {
        List<PeriodMention> ms = new ArrayList<>();
        reader.read(doc, 0, doc.tokens().size(), ms);
        return ms;
    }

    /** The periods written in the cell. */
    List<Period> periods(PeriodReader reader, PeriodContext ctx) {
        List<PeriodMention> ms = mentions(reader);
        List<Period> out = new ArrayList<>();
        for (PeriodMention m : ms) {
            Period p = m.resolve(ctx);
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    /** The unit a unit cell or note writes: 'triệu đồng', 'tỷ đồng', 'ha', '%', 'người'. */
    UnitOf unit(int from) {
        var t = doc.tokens();
        int i = from;
        while (i < t.size() && t.isPunct(i) && !t.is(i, '%')) {
            i++;
        }
        if (i >= t.size()) {
            return UnitOf.NONE;
        }
        if (t.is(i, '%')) {
            return new UnitOf(Unit.PERCENT, 1);
        }
        double factor = 1;
        boolean multiplied = false;
        PhraseIndex.Hit<Cue> m = doc.cueAt(i, Cue.Category.MULTIPLIER);
        if (m != null) {
            factor = m.value().number();
            multiplied = true;
            i = m.end();
        }
        PhraseIndex.Hit<Cue> u = i < t.size() ? doc.cueAt(i, Cue.Category.UNIT) : null;
        if (u == null) {
            return multiplied ? new UnitOf(Unit.VND, factor) : UnitOf.NONE;
        }
        Cue c = u.value();
        Unit unit = c.type().equals("other") ? Unit.NOUN : Unit.ofCode(c.detail());
        if (u.end() < t.size() && t.is(u.end(), '/')) {
            unit = Unit.RATE;
        }
        return new UnitOf(unit, factor * c.number());
    }

    /** The unit written after 'Đơn vị tính:' in a note, if any. */
    UnitOf unitNote() {
        for (PhraseIndex.Hit<Cue> h : cues) {
            if (h.value().is(Cue.Category.TABLE, "unit_note")) {
                return unit(h.end());
            }
        }
        return null;
    }
}
