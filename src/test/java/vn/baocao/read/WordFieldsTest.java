package vn.baocao.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Word 97-2003 fields read by their results: '\u0013' begins a field, '\u0014' ends its instructions, '\u0015' ends it. */
class WordFieldsTest {

    private final WordFields fields = new WordFields();

    @Test
    void aFieldReadsAsItsResult() {
        assertThat(fields.visible("I. Thu, chi ngân sách \u0013 PAGEREF _Toc52376 \\h \u00143\u0015")).isEqualTo("I. Thu, chi ngân sách 3");
    }

    @Test
    void textWithoutFieldsIsItself() {
        String plain = "Tổng thu ngân sách ước đạt 5.453 tỷ đồng.";
        assertThat(fields.visible(plain)).isSameAs(plain);
    }

    @Test
    void fieldsNestAndRunAcrossRuns() {
        // a table of contents: the TOC field's result holds a link per line, whose result holds a page reference
        String shown = fields.visible("\u0013 TOC \\o \"1-3\" \\h \u0014")
                + fields.visible("\u0013 HYPERLINK \\l \"_Toc1\" \u0014")
                + fields.visible("1. Sản xuất nông nghiệp ")
                + fields.visible("\u0013 PAGEREF _Toc1 \\h \u00145\u0015\u0015")
                + fields.visible(" tiếp\u0015 sau");
        assertThat(shown).isEqualTo("1. Sản xuất nông nghiệp 5 tiếp sau");
    }

    @Test
    void aFieldWithoutResultShowsNothing() {
        assertThat(fields.visible("Trang \u0013 PAGE \u0015 của báo cáo")).isEqualTo("Trang  của báo cáo");
    }

    @Test
    void resultsRunAcrossParagraphsInstructionsDoNot() {
        assertThat(fields.visible("\u0013 TOC \\h \u0014I. Kinh tế")).isEqualTo("I. Kinh tế");
        fields.paragraphEnded();
        assertThat(fields.visible("II. Xã hội\u0015")).isEqualTo("II. Xã hội");
        fields.paragraphEnded();
        // a field broken off in a damaged file hides the rest of its paragraph, not the paragraphs after it
        assertThat(fields.visible("Thu ngân sách \u0013 HYPERLINK \"https://x.vn/12345")).isEqualTo("Thu ngân sách ");
        fields.paragraphEnded();
        assertThat(fields.visible("đạt 5.453 tỷ đồng.")).isEqualTo("đạt 5.453 tỷ đồng.");
    }

    /** A draft with a page reference, a tracked change and a link, saved by LibreOffice (see fixtures/README.md). */
    @Test
    void aDraftSavedByLibreOfficeReadsAsWordShowsIt(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("du-thao-6-thang-2024.doc");
        try (InputStream in = WordFieldsTest.class.getResourceAsStream("/fixtures/du-thao-6-thang-2024.doc")) {
            Files.copy(in, file);
        }
        String text = new DocReader(ReadLimits.standard()).read(new SourceFile(file, Files.size(file),
                Files.getLastModifiedTime(file).toInstant())).text().toString();
        assertThat(text).contains("I. Thu, chi ngân sách 3\n", "Tổng thu ngân sách ước đạt 5.453 tỷ đồng, đạt 36,28% dự toán.",
                "Số liệu chi tiết đăng tại Cổng thông tin điện tử huyện.");
        assertThat(text).doesNotContain("5.000", "PAGEREF", "_Toc", "52376", "HYPERLINK", "12345");
    }
}
