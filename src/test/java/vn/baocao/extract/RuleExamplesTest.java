package vn.baocao.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.baocao.support.Rules;

/**
 * Every entry of jobs/language/*.csv, jobs/dictionary/phrase_sets.csv and the indicator dictionary carries an
 * example sentence and what it must give; each is a test here, named by its file and line (the way Duckling
 * keeps a corpus of examples per rule).
 */
class RuleExamplesTest {

    @TestFactory
    Stream<DynamicTest> everyExampleGivesWhatItsEntrySays() {
        RuleExamples examples = new RuleExamples(Rules.RULES);
        assertThat(examples.all()).hasSizeGreaterThan(200);
        return examples.all().stream().map(e -> DynamicTest.dynamicTest(e.toString(), () -> {
            RuleExamples.Outcome o = examples.check(e);
            assertThat(o.passed()).as(e + "\n  example: " + e.text() + "\n  " + o.detail()).isTrue();
        }));
    }
}
