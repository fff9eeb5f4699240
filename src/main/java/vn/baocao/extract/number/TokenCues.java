package vn.baocao.extract.number;

import java.util.List;
import vn.baocao.extract.document.DocumentText;
import vn.baocao.extract.language.Cue;
import vn.baocao.extract.text.PhraseIndex;

/**
 * A document's cues by token, for readers that ask about them at every token around every figure ('a unit here?',
 * 'a qualifier ending here?'). Most answers are 'none': the document keeps which categories of cue start and end at
 * each token, so a 'none' costs one array read. Any other question is passed on to the document, whose answer it is.
 */
public final class TokenCues {

    private final DocumentText doc;
    /** What its words are as numbers, worked out when the quantity reader first asks. */
    private NumberWords numberWords;

    public TokenCues(DocumentText doc) {
        this.doc = doc;
    }

    NumberWords numberWords() {
        if (numberWords == null) {
            numberWords = new NumberWords(doc.tokens());
        }
        return numberWords;
    }

    /** The categories of the cues ending at token {@code end} (exclusive), bit {@code 1 << category.ordinal()} each. */
    public int categoriesEndingAt(int end) {
        return doc.cueCategoriesEndingAt(end);
    }

    private static int bit(Cue.Category c) {
        return 1 << c.ordinal();
    }

    public DocumentText doc() {
        return doc;
    }

    /** Whether some cue of the category starts at token i. */
    public boolean startsAt(int i, Cue.Category category) {
        return (doc.cueCategoriesAt(i) & bit(category)) != 0;
    }

    /** Whether some cue of any of the categories starts at token i. */
    public boolean startsAt(int i, Cue.Category a, Cue.Category b) {
        return (doc.cueCategoriesAt(i) & (bit(a) | bit(b))) != 0;
    }

    /** Whether any cue starts at token i. */
    public boolean anyAt(int i) {
        return doc.cueCategoriesAt(i) != 0;
    }

    /** {@link DocumentText#cuesAt}. */
    public List<PhraseIndex.Hit<Cue>> cuesAt(int i) {
        return anyAt(i) ? doc.cuesAt(i) : List.of();
    }

    /** {@link DocumentText#cueAt(int, Cue.Category)}. */
    public PhraseIndex.Hit<Cue> cueAt(int i, Cue.Category category) {
        return doc.cueAt(i, category);
    }

    /** {@link DocumentText#cueAt(int, Cue.Category, String)}. */
    public PhraseIndex.Hit<Cue> cueAt(int i, Cue.Category category, String type) {
        return doc.cueAt(i, category, type);
    }

    /** {@link DocumentText#cueEndingAt}. */
    public PhraseIndex.Hit<Cue> cueEndingAt(int end, int from, Cue.Category category) {
        return doc.cueEndingAt(end, from, category);
    }
}
