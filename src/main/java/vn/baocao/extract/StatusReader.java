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

    /** What a status word of statuses.csv does: its status column ('forecast' frames as an estimate does). */
    private enum Meaning { ESTIMATE, TARGET, OBSERVED, NAME, INHERIT }

    /** Where a status word holds: its scope column. */
    private enum Scope { SENTENCE, CLAUSE, HEADING, OTHER }

    /**
     * A status word where it stands, its meaning and scope read once per sentence: every figure asks about the words
     * before it several times, and comparing their strings each time cost a call or two per word.
     */
    private record Word(int start, int end, Meaning meaning, Scope scope) {

        static Word of(PhraseIndex.Hit<Cue> h) {
            Cue c = h.value();
            String type = c.type();
            Meaning m = type.equals("inherit") ? Meaning.INHERIT : type.equals("name") ? Meaning.NAME
                    : type.equals("observed") ? Meaning.OBSERVED : type.equals("target") ? Meaning.TARGET : Meaning.ESTIMATE;
            String detail = c.detail();
            Scope sc = detail.equals("sentence") ? Scope.SENTENCE : detail.equals("clause") ? Scope.CLAUSE
                    : detail.equals("heading") ? Scope.HEADING : Scope.OTHER;
            return new Word(h.start(), h.end(), m, sc);
        }
    }

    private final DocumentText doc;
    private final TokenCues cues;
    private final Tokens t;
    private final Sections sections;
    /**
     * The status frame of the sentence before ('ước' in it), which a breakdown sentence goes on with. Few sentences
     * break one down: the frame is read when one asks, from the words in [frameFrom, frameTo) while frameFrom >= 0.
     */
    private Status previousFrame = Status.NONE;
    private int frameFrom = -1;
    private int frameTo;
    /** The sentence being read; its status words, found when a figure first asks (most sentences have no figure). */
    private Sentence sentence;
    private Sentence wordsSentence;
    private final List<Word> sentenceWords = new ArrayList<>();

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
            if (at == null) {
                framed(Status.NONE);
            } else {
                framedBy(at.from(), anchor);
            }
        }
    }

    /** After a sentence is read: its status frame is what a breakdown sentence after it goes on with. */
    void leave(Sentence s) {
        if (!breakdown(s)) {
            framedBy(s.from(), s.to());
            return;
        }
        Status frame = statusIn(s.from(), s.to(), Scope.SENTENCE);
        if (frame != Status.NONE) {
            framed(frame); // a breakdown with a frame of its own; one without goes on with the frame before
        }
    }

    private void framed(Status frame) {
        previousFrame = frame;
        frameFrom = -1;
    }

    private void framedBy(int from, int to) {
        frameFrom = from;
        frameTo = to;
    }

    private Status previousFrame() {
        if (frameFrom >= 0) {
            framed(statusIn(frameFrom, frameTo, Scope.SENTENCE));
        }
        return previousFrame;
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
        Status frame = statusIn(f.s.from(), f.q.start(), Scope.SENTENCE);
        boolean inherited = frame == Status.NONE && breakdown(f.s);
        if (inherited) {
            frame = previousFrame(); // 'Trong đó khu vực nông nghiệp đạt 1.010 tỷ đồng' after 'ước đạt 3.120 tỷ đồng'
        }
        if (frame == Status.TARGET && r.measure() != Measure.PCT_OF_TARGET) {
            return "target";
        }
        if (frame == Status.ESTIMATE && !inherited && statusIn(f.s.from(), f.all.get(0).start(), Scope.SENTENCE) != Status.ESTIMATE) {
            // 'Xảy ra 12 vụ cháy, thiệt hại ước tính 3,4 tỷ đồng; tai nạn ...': an 'ước' after the sentence's first figure
            // frames only its own clause; one before it ('GRDP ước tăng 11,1%; trong đó ...') the whole sentence
            frame = statusIn(f.clauseFrom, f.q.start(), Scope.SENTENCE);
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
        return statusIn(from, at, Scope.CLAUSE) == Status.TARGET;
    }

    /**
     * Before a sentence is read. Every figure asks about the words from its sentence's start: the sentence's status
     * words are gone over once, when the first figure asks.
     */
    void enter(Sentence s) {
        sentence = s;
    }

    private void addStatusWords(int from, int to, List<Word> out) {
        int status = 1 << Cue.Category.STATUS.ordinal();
        for (int i = from; i < to; i++) {
            if ((doc.cueCategoriesAt(i) & status) == 0) {
                continue;
            }
            List<PhraseIndex.Hit<Cue>> at = doc.cuesAt(i);
            for (int k = 0; k < at.size(); k++) {
                PhraseIndex.Hit<Cue> h = at.get(k);
                if (h.value().category() == Cue.Category.STATUS) {
                    out.add(Word.of(h));
                }
            }
        }
    }

    /**
     * The last status word of a scope in [from, to) (any scope if null), words inside an 'observed' phrase ('vượt kế
     * hoạch') not counted.
     */
    private Status statusIn(int from, int to, Scope scope) {
        List<Word> words;
        if (sentence != null && from >= sentence.from() && to <= sentence.to()) {
            if (wordsSentence != sentence) {
                wordsSentence = sentence;
                sentenceWords.clear();
                addStatusWords(sentence.from(), sentence.to(), sentenceWords);
            }
            words = sentenceWords;
        } else {
            words = new ArrayList<>();
            addStatusWords(from, to, words);
        }
        Status found = Status.NONE;
        int observedEnd = -1;
        for (int k = 0; k < words.size(); k++) {
            Word w = words.get(k);
            if (w.start() < from) {
                continue;
            }
            if (w.start() >= to) {
                break;
            }
            if (w.end() > to) {
                continue;
            }
            Meaning m = w.meaning();
            if (m == Meaning.INHERIT) {
                continue; // 'trong đó' says where a sentence belongs, not what its figures are
            }
            if (m == Meaning.NAME) {
                observedEnd = Math.max(observedEnd, w.end()); // 'chỉ tiêu pháp lệnh' names a revenue, sets no target
                continue;
            }
            if (m == Meaning.OBSERVED) {
                observedEnd = Math.max(observedEnd, w.end());
                found = scope == null || scope == w.scope() ? Status.OBSERVED : found;
                continue;
            }
            if (w.end() <= observedEnd || scope != null && scope != w.scope() || w.scope() == Scope.HEADING) {
                continue;
            }
            Status st = m == Meaning.TARGET ? Status.TARGET : Status.ESTIMATE;
            found = found == Status.TARGET && scope != null ? found : st; // a goal frame holds over a later 'dự kiến'
        }
        return found;
    }
}
