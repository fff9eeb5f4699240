package vn.baocao.extract;

import vn.baocao.extract.document.DocumentText;
import vn.baocao.extract.document.Paragraph;
import vn.baocao.extract.language.Cue;
import vn.baocao.extract.number.TokenCues;
import vn.baocao.extract.text.PhraseIndex;
import vn.baocao.extract.text.Slot;
import vn.baocao.extract.text.Tokens;

/**
 * The parts of a document, as its headings open them: a heading with a target
 * word of statuses.csv ('II. Phương hướng, nhiệm vụ năm 2025', 'Điều 2. Các chỉ
 * tiêu chủ yếu') opens a part whose figures are targets, one with a results word
 * ('I. Kết quả thực hiện', 'Tình hình ...') a part of observed figures; a heading
 * that names a crop season ('a. Vụ Xuân') gives its figures that season. A
 * sentence that announces a list of targets and ends with ':' ('Các chỉ tiêu chủ
 * yếu năm 2024 là:') does the same for the rest of its paragraph.
 */
final class Sections {

    private static final int HEADING_TOKENS = 25;

    private final DocumentText doc;
    private final TokenCues cues;
    private final Tokens t;
    private boolean sectionTarget;
    private boolean paragraphTarget;
    /**
     * The paragraph whose lead ('Các chỉ tiêu chủ yếu năm 2024 là:') is still to be read, else null: only a paragraph
     * with figures asks whether it lists targets, and most have none.
     */
    private Paragraph unread;
    private String season;
    private int[] label;

    Sections(TokenCues cues, boolean targetDocument) {
        this.cues = cues;
        this.doc = cues.doc();
        this.t = doc.tokens();
        this.sectionTarget = targetDocument;
    }

    void enter(Paragraph p) {
        paragraphTarget = false;
        unread = null;
        if (heading(p)) {
            Boolean target = classify(p.from(), p.to());
            if (target != null) {
                sectionTarget = target;
            }
            String s = seasonIn(p);
            if (s != null || marker(p)) {
                season = s;
            }
            label = new int[] {p.from(), p.to()};
            return;
        }
        unread = p;
    }

    /** Whether the paragraph's first sentence announces a list of targets and ends with ':'. */
    private boolean listsTargets(Paragraph p) {
        int colon = -1;
        for (int i = p.from(); i < p.to(); i++) {
            char c = t.punct(i);
            if (c == ':') {
                colon = i;
                break;
            }
            if (c == '.' && t.spaceBefore(i + 1 < p.to() ? i + 1 : i)) {
                break;
            }
        }
        return colon > 0 && Boolean.TRUE.equals(classify(p.from(), colon));
    }

    boolean target() {
        if (sectionTarget) {
            return true;
        }
        if (unread != null) {
            paragraphTarget = listsTargets(unread);
            unread = null;
        }
        return paragraphTarget;
    }

    String season() {
        return season;
    }

    /** The last heading, where exclusion words of a part are looked for. */
    int[] label() {
        return label;
    }

    private boolean heading(Paragraph p) {
        int n = p.to() - p.from();
        if (n == 0 || n > HEADING_TOKENS) {
            return false;
        }
        if (marker(p)) {
            return true;
        }
        boolean endsWithStop = t.is(p.to() - 1, '.');
        boolean allCaps = true;
        for (int i = p.from(); i < p.to(); i++) {
            if (t.isWord(i) && !t.upper(i)) {
                allCaps = false;
            }
            if (t.isNumber(i)) {
                endsWithStop = true; // a line with figures is no heading
            }
        }
        return allCaps || !endsWithStop && t.is(p.to() - 1, ':');
    }

    /** 'I.', '1.', '2.1.', 'a)', 'Điều 2.', 'Phần II' at the start of a paragraph. */
    private boolean marker(Paragraph p) {
        int i = p.from();
        if (t.is(i, "điều") || t.is(i, "phần") || t.is(i, "chương")) {
            return true;
        }
        while (i < p.to() && (t.is(i, '-') || t.is(i, '(') || t.is(i, '•'))) {
            i++;
        }
        if (i + 1 >= p.to()) {
            return false;
        }
        boolean numbered = t.isNumber(i) || t.isWord(i) && (roman(t.folded(i)) && t.upper(i) || t.folded(i).length() == 1);
        return numbered && (t.is(i + 1, '.') || t.is(i + 1, ')'));
    }

    /** Written with the letters i, v and x alone ('ii', 'xiv'). */
    private static boolean roman(String word) {
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (c != 'i' && c != 'v' && c != 'x') {
                return false;
            }
        }
        return !word.isEmpty();
    }

    /** True for a target word first, false for a results word first, null for neither. */
    private Boolean classify(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!cues.startsAt(i, Cue.Category.STATUS)) {
                continue; // only a status cue decides
            }
            for (PhraseIndex.Hit<Cue> h : cues.cuesAt(i)) {
                Cue c = h.value();
                if (c.category() == Cue.Category.STATUS && c.detail().equals("heading") && h.end() <= to) {
                    return c.type().equals("target");
                }
            }
        }
        return null;
    }

    private String seasonIn(Paragraph p) {
        for (int i = p.from(); i < p.to(); i++) {
            PhraseIndex.Hit<Cue> c = cues.cueAt(i, Cue.Category.BASIS, "season");
            if (c != null) {
                return seasonLabel(doc, c);
            }
        }
        return null;
    }

    /** 'đông xuân 2018-2019', 'hè thu 2019', 'xuân': the season and the crop year written after it. */
    static String seasonLabel(DocumentText doc, PhraseIndex.Hit<Cue> c) {
        Tokens t = doc.tokens();
        String label = c.value().detail();
        int j = c.end();
        Slot.Value y1 = Slot.YEAR.read(t, j, t.size());
        if (y1 == null) {
            return label;
        }
        label += " " + y1.value();
        j = y1.end();
        if (j + 1 < t.size() && (t.is(j, '-') || t.is(j, '–') || t.is(j, '/'))) {
            Slot.Value y2 = Slot.YEAR.read(t, j + 1, t.size());
            if (y2 != null) {
                label += "-" + y2.value();
            }
        }
        return label;
    }
}
