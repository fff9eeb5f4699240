package vn.baocao.extract.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A statistician edits jobs/language/*.csv: a mistake is reported with its file and line, and nothing half-loads. */
class LanguageRulesTest {

    @TempDir
    Path dir;

    private Path copyOfTheProjectsRules() throws IOException {
        for (String f : LanguageRules.FILES) {
            Files.copy(Path.of("jobs/language", f), dir.resolve(f));
        }
        return dir;
    }

    @Test
    void theProjectsRulesAndTheBundledCopyLoad() throws IOException {
        assertThat(LanguageRules.load(Path.of("jobs/language")).examples()).isNotEmpty();
        assertThat(LanguageRules.load(null).examples().keySet()).isEqualTo(LanguageRules.load(Path.of("jobs/language")).examples().keySet());
    }

    @Test
    void anEntryWithoutAnExampleIsRefused() throws IOException {
        Path d = copyOfTheProjectsRules();
        Files.writeString(d.resolve("measures.csv"), "\nnhích lên,up,,\n", java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(() -> LanguageRules.load(d)).hasMessageContaining("measures.csv line").hasMessageContaining("example");
    }

    @Test
    void anUnknownCueTypeIsRefusedWithItsLine() throws IOException {
        Path d = copyOfTheProjectsRules();
        long lines = Files.readAllLines(d.resolve("measures.csv")).size();
        Files.writeString(d.resolve("measures.csv"), "nhích lên,sideways,\"Doanh thu nhích lên 2%.\",none\n",
                java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(() -> LanguageRules.load(d)).hasMessageContaining("measures.csv line " + (lines + 1)).hasMessageContaining("sideways");
    }

    @Test
    void aBadPeriodPatternIsRefusedWithItsLine() throws IOException {
        Path d = copyOfTheProjectsRules();
        Files.writeString(d.resolve("periods.csv"), "tháng <Z>,month,\"Tháng 5.\",,2024-05..2024-05\n", java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(() -> LanguageRules.load(d)).hasMessageContaining("periods.csv line").hasMessageContaining("<Z>");
    }

    @Test
    void aMissingFileIsNamed() throws IOException {
        Path d = copyOfTheProjectsRules();
        Files.delete(d.resolve("units.csv"));
        assertThatThrownBy(() -> LanguageRules.load(d)).hasMessageContaining("units.csv");
    }
}
