package vn.baocao.extract.language;

import java.util.ArrayList;
import java.util.List;
import vn.baocao.extract.text.LexiconGroup;
import vn.baocao.extract.text.PhraseIndex;
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

        /** Lists to {@link #find} into. */
        public static Found empty() {
            return new Found(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }
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

    /** Appends every cue, indicator phrase and topic word in tokens [from, to) to {@code into}; {@code damaged} compares skeletons. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void find(Tokens tokens, int from, int to, boolean damaged, Found into) {
        (damaged ? skeletons() : plain).find(tokens, from, to, (List) List.of(into.cues(), into.phrases(), into.topics()));
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
