package vn.baocao.extract.language;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.baocao.extract.text.Fold;
import vn.baocao.extract.text.Lexicon;
import vn.baocao.extract.text.PhraseIndex;
import vn.baocao.extract.text.Tokens;

/**
 * The declarative dictionary that says which words name which indicator. It is
 * a CSV file a statistician edits (see jobs/dictionary/README.md); this class
 * loads it, checks it and finds its phrases in text.
 */
public final class IndicatorDictionary {

    private static final String[] COLUMNS = {"code", "family", "unit", "name_vi", "name_en", "phrases"};

    private final Map<String, Indicator> byCode;
    /** By code, its completion rate and its growth rate: a document asks for them at many figures. */
    private final Map<String, Indicator> rateByCode;
    private final Map<String, Indicator> growthRateByCode;
    private final Lexicon<IndicatorPhrase> phrases = new Lexicon<>();
    private final Lexicon<IndicatorPhrase> skeletons = new Lexicon<>(Fold::skeleton);
    private final Lexicon<String> topics = new Lexicon<>();
    private final Lexicon<String> topicSkeletons = new Lexicon<>(Fold::skeleton);
    private final List<Example> examples;
    private final List<Example> setExamples;
    /** Built for the first language rules asked with, and kept: a job reads every document with the same rules. */
    private volatile DocumentLexicons lexicons;

    private IndicatorDictionary(List<Indicator> indicators, Map<Indicator, List<String>> phraseLists, List<Example> examples,
                                List<Example> setExamples) {
        Map<String, Indicator> map = new LinkedHashMap<>();
        Set<String> topicWords = new LinkedHashSet<>();
        for (Indicator i : indicators) {
            map.put(i.code(), i);
            for (String p : phraseLists.get(i)) {
                boolean weak = p.startsWith("~");
                String phrase = weak ? p.substring(1).strip() : p;
                IndicatorPhrase ip = new IndicatorPhrase(i, phrase, weak);
                phrases.add(phrase, ip);
                skeletons.add(phrase, ip);
            }
            i.context().forEach(topicWords::addAll);
            topicWords.addAll(i.exclude());
        }
        // each word once: one added for every indicator that names it was found again for each, at every place it stands
        topicWords.forEach(this::addTopic);
        this.byCode = Collections.unmodifiableMap(map);
        // the first indicator that says it is the rate or growth rate of another, as going over them in order would find
        Map<String, Indicator> rates = new HashMap<>();
        Map<String, Indicator> growthRates = new HashMap<>();
        for (Indicator i : map.values()) {
            if (i.rateOf() != null) {
                rates.putIfAbsent(i.rateOf(), i);
            }
            if (i.growthOf() != null) {
                growthRates.putIfAbsent(i.growthOf(), i);
            }
        }
        this.rateByCode = Map.copyOf(rates);
        this.growthRateByCode = Map.copyOf(growthRates);
        this.examples = List.copyOf(examples);
        this.setExamples = List.copyOf(setExamples);
    }

    private void addTopic(String word) {
        topics.add(word, word);
        topicSkeletons.add(word, word);
    }

    /** The file of named phrase sets, beside the dictionary: the names of the sectors every sector indicator shares. */
    public static final String PHRASE_SETS = "phrase_sets.csv";

    /** Loads the dictionary file and the phrase sets beside it, or the bundled ones when {@code csv} is null. */
    public static IndicatorDictionary load(Path csv) throws IOException {
        if (csv == null) {
            return of(RuleFile.readResource("jobs/dictionary/indicators.csv", COLUMNS),
                    PhraseSets.of(RuleFile.readResource("jobs/dictionary/" + PHRASE_SETS, PhraseSets.COLUMNS)));
        }
        Path folder = csv.toAbsolutePath().getParent();
        PhraseSets sets = java.nio.file.Files.exists(folder.resolve(PHRASE_SETS))
                ? PhraseSets.of(RuleFile.read(folder, PHRASE_SETS, PhraseSets.COLUMNS)) : PhraseSets.NONE;
        return of(RuleFile.read(folder, csv.getFileName().toString(), COLUMNS), sets);
    }

    /** The example sentences of the phrase sets. */
    public List<Example> setExamples() {
        return setExamples;
    }

    public static IndicatorDictionary loadBundled() throws IOException {
        return load(null);
    }

    static IndicatorDictionary of(List<RuleFile.Row> rows, PhraseSets sets) {
        List<Indicator> list = new ArrayList<>();
        Map<Indicator, List<String>> phraseLists = new LinkedHashMap<>();
        List<Example> examples = new ArrayList<>();
        Map<String, RuleFile.Row> seen = new LinkedHashMap<>();
        for (RuleFile.Row r : rows) {
            String code = r.get("code");
            if (seen.putIfAbsent(code, r) != null) {
                throw r.error("indicator code '" + code + "' appears twice in the dictionary");
            }
            Unit unit;
            Indicator.Kind kind;
            try {
                unit = Unit.ofCode(r.get("unit"));
                kind = Indicator.Kind.of(r.get("kind"));
            } catch (IllegalArgumentException e) {
                throw r.error(e.getMessage());
            }
            List<List<String>> context = r.list("context").stream()
                    .map(alt -> Arrays.stream(alt.split("&")).map(Fold::rule).filter(s -> !s.isEmpty()).toList()).toList();
            Indicator ind = new Indicator(code, r.get("family"), unit, kind, r.get("name_vi"), r.get("name_en"), context,
                    r.list("exclude").stream().map(Fold::rule).toList(), blankToNull(r.get("pair_whole")),
                    blankToNull(r.get("growth_of")), blankToNull(r.get("rate_of")), r.where());
            List<String> ps = sets.expand(r.list("phrases"), r);
            if (ps.isEmpty()) {
                throw r.error("indicator '" + code + "' has no phrases");
            }
            list.add(ind);
            phraseLists.put(ind, ps);
            if (r.record().isMapped("example")) {
                examples.add(Example.of(r, "code"));
            }
        }
        IndicatorDictionary d = new IndicatorDictionary(list, phraseLists, examples, sets.examples());
        for (Indicator i : list) {
            for (String ref : new String[] {i.pairWhole(), i.growthOf(), i.rateOf()}) {
                if (ref != null && d.get(ref) == null) {
                    throw seen.get(i.code()).error(i.code() + " refers to '" + ref + "', which is not in the dictionary");
                }
            }
        }
        return d;
    }

    private static String blankToNull(String s) {
        return s.isBlank() ? null : s;
    }

    public Indicator get(String code) {
        return byCode.get(code);
    }

    public List<Indicator> indicators() {
        return List.copyOf(byCode.values());
    }

    public List<Example> examples() {
        return examples;
    }

    /** The completion rate of {@code code}, if the dictionary names one. */
    public Optional<Indicator> rateOf(String code) {
        return Optional.ofNullable(rateByCode.get(code));
    }

    /** The growth-rate indicator that a change against last year of {@code code} is reported as, if any. */
    public Optional<Indicator> growthRateOf(String code) {
        return Optional.ofNullable(growthRateByCode.get(code));
    }

    /** Every phrase occurrence in tokens [from, to); {@code damaged} compares skeletons (see {@link Fold#skeleton}). */
    public List<PhraseIndex.Hit<IndicatorPhrase>> find(Tokens tokens, int from, int to, boolean damaged) {
        return (damaged ? skeletons : phrases).find(tokens, from, to);
    }

    /** The lexicon {@link #find} reads. */
    Lexicon<IndicatorPhrase> phraseLexicon(boolean damaged) {
        return damaged ? skeletons : phrases;
    }

    /** The context and exclusion words, read by words or, for a damaged text, by skeletons. */
    Lexicon<String> topicLexicon(boolean damaged) {
        return damaged ? topicSkeletons : topics;
    }

    /** The cues of {@code rules} with this dictionary's phrases and topic words, found in one walk (see {@link DocumentLexicons}). */
    public DocumentLexicons lexicons(LanguageRules rules) {
        DocumentLexicons l = lexicons;
        if (l == null || l.rules() != rules) {
            synchronized (this) {
                l = lexicons;
                if (l == null || l.rules() != rules) {
                    l = new DocumentLexicons(rules, this);
                    lexicons = l;
                }
            }
        }
        return l;
    }
}
