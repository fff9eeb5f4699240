package vn.baocao.extract;

import java.util.List;
import vn.baocao.extract.language.IndicatorPhrase;
import vn.baocao.extract.text.PhraseIndex;

/**
 * The dictionary phrases what a sentence is about was named with, which a later figure may choose from again ('1.180
 * vụ, 2.358 bị can'): the span its figure was read with and the shorter phrases inside it. Those are looked for when a
 * later figure first asks, which few do: most figures name their own subject.
 */
final class NamedPhrases {

    static final NamedPhrases NONE = new NamedPhrases(List.of(), null);

    private List<PhraseIndex.Hit<IndicatorPhrase>> phrases;
    /** Where the phrases inside the span are still to be looked for, else null. */
    private PhraseSpans nested;

    private NamedPhrases(List<PhraseIndex.Hit<IndicatorPhrase>> phrases, PhraseSpans nested) {
        this.phrases = phrases;
        this.nested = nested;
    }

    /** Exactly these phrases. */
    static NamedPhrases of(List<PhraseIndex.Hit<IndicatorPhrase>> phrases) {
        return phrases.isEmpty() ? NONE : new NamedPhrases(phrases, null);
    }

    /** A span's phrases and those inside it ({@link PhraseSpans#withNested}). */
    static NamedPhrases withNested(List<PhraseIndex.Hit<IndicatorPhrase>> span, PhraseSpans spans) {
        return new NamedPhrases(span, spans);
    }

    /** A span is never empty, and has its own phrases whatever is inside it. */
    boolean isEmpty() {
        return phrases.isEmpty();
    }

    List<PhraseIndex.Hit<IndicatorPhrase>> all() {
        if (nested != null) {
            phrases = nested.withNested(phrases);
            nested = null;
        }
        return phrases;
    }
}
