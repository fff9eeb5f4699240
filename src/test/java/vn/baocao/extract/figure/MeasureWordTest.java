package vn.baocao.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.baocao.extract.language.Cue;

class MeasureWordTest {

    private static Cue cue(Cue.Category category, String type) {
        return new Cue(category, type, "", 0, "test");
    }

    @Test
    void aMeasureCueIsTheWordItsTypeNames() {
        assertThat(MeasureWord.of(cue(Cue.Category.MEASURE, "same_period"))).isEqualTo(MeasureWord.SAME_PERIOD);
        assertThat(MeasureWord.of(cue(Cue.Category.MEASURE, new String("plan")))).isEqualTo(MeasureWord.PLAN);
        assertThat(MeasureWord.of(cue(Cue.Category.STATUS, "plan"))).isNull(); // another lexicon's
        assertThat(MeasureWord.of(cue(Cue.Category.MEASURE, "sideways"))).isNull();
    }

    @Test
    void everyTypeOfMeasuresCsvIsAWord() throws IOException {
        // a type renamed in the rules but not here would make the reader blind to it
        List<String> lines = Files.readAllLines(Path.of("jobs/language/measures.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String type = line.split(",")[1];
            assertThat(MeasureWord.of(cue(Cue.Category.MEASURE, type))).as(type).isNotNull();
        }
    }
}
