package vn.baocao.extract.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.baocao.support.Rules;

/** Sentences and paragraphs longer than any report writes are cut at their best boundary; real ones never. */
class LongSpanCutterTest {

    private static final String SENTENCE = "Tổng thu ngân sách ước đạt 5.453 tỷ đồng, đạt 36,28% dự toán, tăng 8% so cùng kỳ. ";

    @Test
    void aRealParagraphKeepsItsSentences() {
        DocumentText doc = Rules.doc(SENTENCE.repeat(3));
        assertThat(doc.paragraphs()).hasSize(1);
        assertThat(doc.sentences()).hasSize(3);
    }

    @Test
    void aLineWithoutBreaksBecomesParagraphsCutAtTheEndOfASentence() {
        DocumentText doc = Rules.doc(SENTENCE.repeat(2000));
        assertThat(doc.paragraphs()).hasSizeGreaterThan(10);
        for (Paragraph p : doc.paragraphs()) {
            assertThat(p.to() - p.from()).isLessThanOrEqualTo(1600);
            assertThat(doc.tokens().is(p.to() - 1, '.')).as("paragraph ends at a full stop").isTrue();
        }
        assertThat(doc.sentences()).hasSize(2000);
    }

    @Test
    void aSentenceWithoutStopsIsCutAtItsLastSemicolonOrComma() {
        DocumentText semicolons = Rules.doc(SENTENCE.replace(". ", "; ").repeat(500));
        DocumentText commas = Rules.doc(SENTENCE.replace(". ", ", ").repeat(500));
        for (DocumentText doc : List.of(semicolons, commas)) {
            assertThat(doc.sentences()).hasSizeGreaterThan(10);
            for (Sentence s : doc.sentences()) {
                assertThat(s.to() - s.from()).isLessThanOrEqualTo(800);
            }
        }
        Sentence first = semicolons.sentences().get(0);
        assertThat(semicolons.tokens().is(first.to() - 1, ';')).isTrue();
        Sentence firstOfCommas = commas.sentences().get(0);
        assertThat(commas.tokens().is(firstOfCommas.to() - 1, ',')).isTrue();
    }

    @Test
    void wordsWithoutAnyBoundaryAreCutAtTheLimit() {
        DocumentText doc = Rules.doc("tăng ".repeat(5000));
        assertThat(doc.sentences()).allSatisfy(s -> assertThat(s.to() - s.from()).isLessThanOrEqualTo(800));
        assertThat(doc.sentences().stream().mapToInt(s -> s.to() - s.from()).sum()).isEqualTo(5000);
    }
}
