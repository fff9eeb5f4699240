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
        Background<Gazetteer> gazetteer = Background.start("gazetteer", Gazetteer::load);
        LanguageRules language = LanguageRules.load(languageFolder);
        IndicatorDictionary indicators = IndicatorDictionary.load(dictionary);
        return new ExtractionRules(language, indicators, gazetteer.await());
    }

    /** {@link #load} on a thread of its own, for a caller with other things to do meanwhile. */
    public static Background<ExtractionRules> startLoading(Path languageFolder, Path dictionary) {
        return Background.start("rules", () -> load(languageFolder, dictionary));
    }

    /** Something loaded on a thread of its own (not the common pool, where a join may run the task itself, later). */
    public static final class Background<T> {

        /** What loads it. */
        public interface Load<T> {
            T get() throws IOException;
        }

        private final CompletableFuture<T> future;

        private Background(CompletableFuture<T> future) {
            this.future = future;
        }

        static <T> Background<T> start(String name, Load<T> load) {
            return new Background<>(CompletableFuture.supplyAsync(() -> {
                try {
                    return load.get();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, task -> {
                Thread t = new Thread(task, name);
                t.setDaemon(true);
                t.start();
            }));
        }

        /** What was loaded, or the failure that stopped it, as it was thrown. */
        public T await() throws IOException {
            try {
                return future.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof UncheckedIOException io) {
                    throw io.getCause();
                }
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
    }
}
