package vn.baocao.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import vn.baocao.extract.area.Gazetteer;
import vn.baocao.extract.language.IndicatorDictionary;
import vn.baocao.extract.language.LanguageRules;

/**
 * Everything extraction reads besides the documents: the language rules
 * (jobs/language), the indicator dictionary (jobs/dictionary/indicators.csv) and
 * the gazetteer bundled in the jar. Loaded once per run, shared by every thread.
 */
public record ExtractionRules(LanguageRules language, IndicatorDictionary dictionary, Gazetteer gazetteer) {

    /**
     * Loads the rules; a null path takes the copy bundled in the jar. The gazetteer is read on a thread of its own
     * meanwhile: the two take about as long, and every run waits for them before it reads its first document.
     */
    public static ExtractionRules load(Path languageFolder, Path dictionary) throws IOException {
        CompletableFuture<Gazetteer> gazetteer = CompletableFuture.supplyAsync(() -> {
            try {
                return Gazetteer.load();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, ExtractionRules::onOwnThread);
        LanguageRules language = LanguageRules.load(languageFolder);
        IndicatorDictionary indicators = IndicatorDictionary.load(dictionary);
        try {
            return new ExtractionRules(language, indicators, gazetteer.join());
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Not the common pool, where the caller may itself be a task, and a join would run the gazetteer after the rules. */
    private static void onOwnThread(Runnable task) {
        Thread t = new Thread(task, "gazetteer");
        t.setDaemon(true);
        t.start();
    }
}
