package vn.baocao.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import vn.baocao.extract.DocumentExtraction;
import vn.baocao.extract.ExtractionRules;
import vn.baocao.extract.area.AreaResolver;
import vn.baocao.extract.document.DocumentText;
import vn.baocao.extract.meta.MetadataReader;
import vn.baocao.extract.period.PeriodReader;
import vn.baocao.normalise.TextNormaliser;

/** The project's own language rules, dictionary and gazetteer, loaded once for the tests that read text with them. */
public final class Rules {

    public static final ExtractionRules RULES = load();

    private Rules() {
    }

    private static ExtractionRules load() {
        try {
            return ExtractionRules.load(Path.of("jobs/language"), Path.of("jobs/dictionary/indicators.csv"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text as the extractor sees it: normalised, tokenised, with its cues and phrases found. */
    public static DocumentText doc(String text) {
        return new DocumentText(new TextNormaliser().normalise(text), RULES.language(), RULES.dictionary());
    }

    public static MetadataReader metadataReader() {
        return new MetadataReader(new PeriodReader(RULES.language().periodRules()), new AreaResolver(RULES.gazetteer()));
    }

    public static MetadataReader.Reading read(String text) {
        return metadataReader().read(doc(text), null);
    }

    public static DocumentExtraction.Result extract(String text) {
        return new DocumentExtraction(RULES).extract(new TextNormaliser().normalise(text), java.util.List.of(), null);
    }
}
