package vn.baocao.extract;

import java.util.ArrayList;
import java.util.List;
import vn.baocao.extract.document.DocumentText;
import vn.baocao.extract.document.Paragraph;
import vn.baocao.extract.document.Sentence;
import vn.baocao.extract.figure.Measure;
import vn.baocao.extract.figure.Reading;
import vn.baocao.extract.language.Cue;
import vn.baocao.extract.number.TokenCues;
import vn.baocao.extract.text.PhraseIndex;
import vn.baocao.extract.text.Tokens;

/**
 * Whether a figure is a target, an estimate or what happened: target words close before it, goal words earlier in
 * its sentence or a part of the document that sets goals make it a target, estimate words in its sentence an
 * estimate. A sentence that breaks down the one before it ('Trong đó ...') goes on with that one's status.
 */
final class StatusReader {

    /** How close before a figure a target word must stand to make it a target. */
    private static final int TARGET_REACH = 8;

    private enum Status { TARGET, ESTIMATE, OBSERVED, NONE }

    private final DocumentText doc;
    private final TokenCues cues;
    private final Tokens t;
    private final Sections sections;
    /** The status frame of the sentence before ('ước' in it), which a breakdown sentence goes on with. */
    private Status previousFrame = Status.NONE;
    /** The sentence last read, and its status cues. */
    private Sentence cuesSentence;
    private final List<PhraseIndex.Hit<Cue>> sentenceCues = new ArrayList<>();

    StatusReader(TokenCues cues, Sections sections) {
        this.cues = cues;
        this.doc = cues.doc();
        this.t = doc.tokens();
        this.sections = sections;
    }

    /** A footnote body goes on with the status frame of the sentence its mark stands in. */
    void enter(Paragraph p) {
        if (p.footnote() != null && p.footnote().anchor() >= 0) {
            int anchor = t.indexAt(p.footnote().anchor());
            Sentence at = doc.sentenceOf(Math.max(0, anchor - 1));
            previousFrame = at == null ? Status.NONE : statusIn(at.from(), anchor, "sentence");
        }
    }

    /** After a sentence is read: its status frame is what a breakdown sentence after it goes on with. */
    void leave(Sentence s) {
        Status frame = statusIn(s.from(), s.to(), "sentence");
        previousFrame = frame == Status.NONE && breakdown(s) ? previousFrame : frame;
    }

    /** A sentence that opens with a word of statuses.csv's 'inherit' entry breaks down the one before it. */
    private boolean breakdown(Sentence s) {
        for (int i = s.from(); i < Math.min(s.to(), s.from() + 2); i++) {
            if (cues.cueAt(i, Cue.Category.STATUS, "inherit") != null) {
                return true;
            }
        }
        return false;
    }

    String status(Figure f, Reading r, Subject subject, boolean relative) {
        if (sections.target()) {
            return "target";
        }
        if (r.measure() != Measure.PCT_OF_TARGET && targetNear(f.windowFrom, f.q.start())) {
            return "target";
        }
        if (relative && subject != null && subject.status() != null) {
            return subject.status();
        }
        Status frame = statusIn(f.s.from(), f.q.start(), "sentence");
        boolean inherited = frame == Status.NONE && breakdown(f.s);
        if (inherited) {
            frame = previousFrame; // 'Trong đó khu vực nông nghiệp đạt 1.010 tỷ đồng' after 'ước đạt 3.120 tỷ đồng'
        }
        if (frame == Status.TARGET && r.measure() != Measure.PCT_OF_TARGET) {
            return "target";
        }
        if (frame == Status.ESTIMATE && !inherited && statusIn(f.s.from(), f.all.get(0).start(), "sentence") != Status.ESTIMATE) {
            // 'Xảy ra 12 vụ cháy, thiệt hại ước tính 3,4 tỷ đồng; tai nạn ...': an 'ước' after the sentence's first figure
            // frames only its own clause; one before it ('GRDP ước tăng 11,1%; trong đó ...') the whole sentence
            frame = statusIn(f.clauseFrom, f.q.start(), "sentence");
        }
        Status local = statusIn(f.clauseFrom, f.q.start(), null);
        return frame == Status.ESTIMATE || local == Status.ESTIMATE ? "estimate" : "actual";
    }

    /**
     * A target word of clause scope close before the figure, with no comma between ('(kế hoạch tăng từ 13%', 'vốn kế
     * hoạch ... 11.000 tỷ').
     */
    boolean targetNear(int windowFrom, int at) {
        int from = Math.max(windowFrom, at - TARGET_REACH);
        for (int i = at - 1; i >= from; i--) {
            char c = t.punct(i);
            if (c == ',' || c == ';') {
                from = i + 1;
                break;
            }
        }
        // an 'observed' phrase that starts a little before ('vượt chỉ tiêu ... là 0,57%') still covers its words
        for (int i = Math.max(windowFrom, from - 4); i < from; i++) {
            if (!cues.startsAt(i, Cue.Category.STATUS)) {
                continue;
            }
            for (PhraseIndex.Hit<Cue> h : doc.cuesAt(i)) {
                if ((h.value().is(Cue.Category.STATUS, "observed") || h.value().is(Cue.Category.STATUS, "name")) && h.end() > from) {
                    from = h.end();
                }
            }
        }
        return statusIn(from, at, "clause") == Status.TARGET;
    }

    /**
     * Before a sentence is read: its status cues, in text order. Every figure asks about the words from its
     * sentence's start, which are gone over once.
     */
    void enter(Sentence s) {
        cuesSentence = s;
        sentenceCues.clear();
        addStatusCues(s.from(), s.to(), sentenceCues);
    }

    private void addStatusCues(int from, int to, List<PhraseIndex.Hit<Cue>> out) {
        int status = 1 << Cue.Category.STATUS.ordinal();
        for (int i = from; i < to; i++) {
            if ((doc.cueCategoriesAt(i) & status) == 0) {
                continue;
            }
            List<PhraseIndex.Hit<Cue>> at = doc.cuesAt(i);
            for (int k = 0; k < at.size(); k++) {
                PhraseIndex.Hit<Cue> h = at.get(k);
                if (h.value().category() == Cue.Category.STATUS) {
                    out.add(h);
                }
            }
        }
    }

    /** The last status word of a scope in [from, to), words inside an 'observed' phrase ('vượt kế hoạch') not counted. */
    private Status statusIn(int from, int to, String scope) {
        List<PhraseIndex.Hit<Cue>> hits;
        if (cuesSentence != null && from >= cuesSentence.from() && to <= cuesSentence.to()) {
            hits = sentenceCues;
        } else {
            hits = new ArrayList<>();
            addStatusCues(from, to, hits);
        }
        Status found = Status.NONE;
        int observedEnd = -1;
        for (int k = 0; k < hits.size(); k++) {
            PhraseIndex.Hit<Cue> h = hits.get(k);
            if (h.start() < from) {
                continue;
            }
            if (h.start() >= to) {
                break;
            }
            Cue c = h.value();
            if (h.end() > to) {
                continue;
            }
            if (c.type().equals("inherit")) {
                continue; // 'trong đó' says where a sentence belongs, not what its figures are
            }
            if (c.type().equals("name")) {
                observedEnd = Math.max(observedEnd, h.end()); // 'chỉ tiêu pháp lệnh' names a revenue, sets no target
                continue;
            }
            if (c.type().equals("observed")) {
                observedEnd = Math.max(observedEnd, h.end());
                found = scope == null || scope.equals(c.detail()) ? Status.OBSERVED : found;
                continue;
            }
            if (h.end() <= observedEnd || scope != null && !scope.equals(c.detail()) || c.detail().equals("heading")) {
                continue;
            }
            Status st = c.type().equals("target") ? Status.TARGET : Status.ESTIMATE;
            found = found == Status.TARGET && scope != null ? found : st; // a goal frame holds over a later 'dự kiến'
        }
        return found;
    }
}
