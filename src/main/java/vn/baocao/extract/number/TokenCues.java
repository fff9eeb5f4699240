package vn.baocao.extract.number;

import java.util.List;
import vn.baocao.extract.document.DocumentText;
import vn.baocao.extract.document.Paragraph;
import vn.baocao.extract.language.Cue;
import vn.baocao.extract.text.PhraseIndex;

/**
 * A document's cues by token, for readers that ask about them at every token around every figure ('a unit here?',
 * 'a qualifier ending here?'). Most answers are 'none', and asking {@link DocumentText} costs a view of its list
 * each time: this keeps, once per document, which categories of cue start and end at each token, so a 'none' costs
 * one array read. Any other question is passed on to the document, whose answer it is.
 */
public final class TokenCues {

    private final DocumentText doc;
    /** Bit {@code 1 << category.ordinal()} set when a cue of that category starts at the token. */
    private final int[] startMask;
    /** The same for cues that end at the token (exclusive), so one longer than the tokens. */
    private final int[] endMask;

    public TokenCues(DocumentText doc) {
        this.doc = doc;
        int n = doc.tokens().size();
        this.startMask = new int[n];
        this.endMask = new int[n + 1];
        // cues are found in the paragraphs that are read, never in page furniture
        for (Paragraph p : doc.paragraphs()) {
            for (int i = p.furniture() ? p.to() : p.from(); i < p.to(); i++) {
                List<PhraseIndex.Hit<Cue>> at = doc.cuesAt(i);
                for (int k = 0; k < at.size(); k++) {
                    PhraseIndex.Hit<Cue> h = at.get(k);
                    int bit = bit(h.value().category());
                    startMask[i] |= bit;
                    endMask[h.end()] |= bit;
                }
            }
        }
    }

    private static int bit(Cue.Category c) {
        return 1 << c.ordinal();
    }

    public DocumentText doc() {
        return doc;
    }

    /** Whether some cue of the category starts at token i. */
    public boolean startsAt(int i, Cue.Category category) {
        return i >= 0 && i < startMask.length && (startMask[i] & bit(category)) != 0;
    }

    /** Whether some cue of any of the categories starts at token i. */
    public boolean startsAt(int i, Cue.Category a, Cue.Category b) {
        return i >= 0 && i < startMask.length && (startMask[i] & (bit(a) | bit(b))) != 0;
    }

    /** Whether any cue starts at token i. */
    public boolean anyAt(int i) {
        return i >= 0 && i < startMask.length && startMask[i] != 0;
    }

    /** {@link DocumentText#cuesAt}. */
    public List<PhraseIndex.Hit<Cue>> cuesAt(int i) {
        return anyAt(i) ? doc.cuesAt(i) : List.of();
    }

    /** {@link DocumentText#cueAt(int, Cue.Category)}. */
    public PhraseIndex.Hit<Cue> cueAt(int i, Cue.Category category) {
        return startsAt(i, category) ? doc.cueAt(i, category) : null;
    }

    /** {@link DocumentText#cueAt(int, Cue.Category, String)}. */
    public PhraseIndex.Hit<Cue> cueAt(int i, Cue.Category category, String type) {
        return startsAt(i, category) ? doc.cueAt(i, category, type) : null;
    }

    /** {@link DocumentText#cueEndingAt}. */
    public PhraseIndex.Hit<Cue> cueEndingAt(int end, int from, Cue.Category category) {
        return end >= 0 && end < endMask.length && (endMask[end] & bit(category)) != 0 ? doc.cueEndingAt(end, from, category) : null;
    }

    /** Whether any cue ends at token {@code end} (exclusive). */
    public boolean anyEndingAt(int end) {
        return end >= 0 && end < endMask.length && endMask[end] != 0;
    }
}
