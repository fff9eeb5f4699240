package vn.baocao.extract;

import java.io.IOException;
import java.nio.file.Path;
import vn.baocao.extract.area.Gazetteer;
import vn.baocao.extract.language.IndicatorDictionary;
import vn.baocao.extract.language.LanguageRules;

/**
 * Everything extraction reads besides the documents: the language rules
 * (jobs/language), the indicator dictionary (jobs/dictionary/indicators.csv) and
 * the gazetteer bundled in the jar. Loaded once per run, shared by every thread.
 */
public record ExtractionRules(LanguageRules language, IndicatorDictionary dictionary, Gazetteer gazetteer) {

    /** Loads the rules; a null path takes the copy bundled in the jar. */
    public static ExtractionRules load(Path languageFolder, Path dictionary) throws IOException {
        return new ExtractionRules(LanguageRules.load(languageFolder), IndicatorDictionary.load(dictionary), Gazetteer.load());
    }
}
