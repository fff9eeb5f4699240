package vn.baocao.extract.language;

import java.util.List;
import vn.baocao.extract.text.LexiconGroup;
import vn.baocao.extract.text.PhraseIndex;
import vn.baocao.extract.text.TokenSpans;
import vn.baocao.extract.text.Tokens;

/**
 * The cue phrases of the language rules and the phrases and topic words of the dictionary, found in one walk of a
 * document's tokens instead of three (see {@link LexiconGroup}): what every document is read for. The walk over
 * skeletons, for damaged text, is built the first time such a text comes.
 */
public final class DocumentLexicons {

    /** The cue phrases, indicator phrases and topic words of a text, each as its own lexicon finds them. */
    public record Found(List<PhraseIndex.Hit<Cue>> cues, List<PhraseIndex.Hit<IndicatorPhrase>> phrases,
                        List<PhraseIndex.Hit<String>> topics) {
    }

    private final LanguageRules rules;
    private final IndicatorDictionary dictionary;
    private final LexiconGroup plain;
    private volatile LexiconGroup skeletons;

    DocumentLexicons(LanguageRules rules, IndicatorDictionary dictionary) {
        this.rules = rules;
        this.dictionary = dictionary;
        this.plain = group(false);
    }

    LanguageRules rules() {
        return rules;
    }

    private LexiconGroup group(boolean damaged) {
        return new LexiconGroup(List.of(rules.cueLexicon(damaged), dictionary.phraseLexicon(damaged),
                dictionary.topicLexicon(damaged)));
    }

    /**
     * Every cue, indicator phrase and topic word in the spans of tokens, span after span; {@code damaged} compares
     * skeletons.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Found find(Tokens tokens, TokenSpans spans, boolean damaged) {
        List<List<PhraseIndex.Hit<?>>> found = (damaged ? skeletons() : plain).find(tokens, spans);
        return new Found((List) found.get(0), (List) found.get(1), (List) found.get(2));
    }

    private LexiconGroup skeletons() {
        LexiconGroup s = skeletons;
        if (s == null) {
            synchronized (this) {
                s = skeletons;
                if (s == null) {
                    s = group(true);
                    skeletons = s;
                }
            }
        }
        return s;
    }
}
