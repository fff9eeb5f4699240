package vn.baocao.extract;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.baocao.normalise.TextNormaliser;
import vn.baocao.support.PathologicalShapes;
import vn.baocao.support.Rules;

class DeadlineTest {

    @Test
    void aSpentBudgetStopsTheExtractionAndSaysWhere() throws Exception {
        String text = PathologicalShapes.sampleText();
        DocumentExtraction extraction = new DocumentExtraction(Rules.RULES);
        Deadline spent = Deadline.after(Duration.ofNanos(1000));
        Thread.sleep(2);
        assertThatThrownBy(() -> extraction.extract(new TextNormaliser().normalise(text), java.util.List.of(), null, s -> { }, spent))
                .isInstanceOf(Deadline.TimeBudgetExceededException.class)
                .hasMessageContaining("time budget of 1.0E-6 s").hasMessageContaining("stopped while cutting the text into words");
    }

    @Test
    void aReaderAskingASpentBudgetRejectsTheDocumentAndSaysWhereReadingStopped() throws Exception {
        Deadline spent = Deadline.after(Duration.ofNanos(1000));
        Thread.sleep(2);
        assertThatThrownBy(() -> spent.whileReading().check("reading page 3 of 40"))
                .isInstanceOf(vn.baocao.read.RejectedDocumentException.class)
                .hasMessageContaining("time budget of 1.0E-6 s").hasMessageContaining("(stopped while reading page 3 of 40)");
        assertThatCode(() -> Deadline.after(Duration.ofMinutes(5)).whileReading().check("reading page 1 of 40")).doesNotThrowAnyException();
        assertThatCode(() -> Deadline.none().whileReading().check("reading page 1 of 40")).doesNotThrowAnyException();
    }

    @Test
    void aGenerousBudgetChangesNothing() {
        String text = PathologicalShapes.sampleText();
        DocumentExtraction extraction = new DocumentExtraction(Rules.RULES);
        assertThatCode(() -> extraction.extract(new TextNormaliser().normalise(text), java.util.List.of(), null, s -> { },
                Deadline.after(Duration.ofMinutes(5)))).doesNotThrowAnyException();
    }
}
