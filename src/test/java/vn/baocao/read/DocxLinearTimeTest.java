package vn.baocao.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.baocao.support.ThreadCpuTime;

/**
 * Reading a Word file stays linear in its size whatever its shape. Paragraphs in the body, in a content control or in
 * a footnote: the time
 * per paragraph may grow at most 3 times from 3,000 to 24,000 of them (as in {@code LinearTimeTest}); a note is one
 * text, its paragraphs joined, and joined by adding each to what came before, a note of 24,000 paragraphs took 4.7
 * times longer per paragraph than one of 3,000. The lists POI itself reads in a time growing with the square of their length (a
 * table's rows, a row's cells, a cell's paragraphs) are bounded: a file with a longer one is turned away before POI
 * opens it, where POI would take minutes.
 */
class DocxLinearTimeTest {

    private static final int SMALL = 3_000;
    private static final int LARGE = 8 * SMALL;
    private static final double MAX_GROWTH = 3.0;

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"footnote", "body", "content control"})
    void timePerParagraphStaysFlatAsTheirNumberGrows(String where) throws Exception {
        Path small = write(tmp.resolve("small.docx"), where, SMALL);
        Path large = write(tmp.resolve("large.docx"), where, LARGE);
        DocxReader reader = new DocxReader(ReadLimits.of(64L << 20));
        DocumentContent read = reader.read(source(large));
        assertThat(read.text() + " " + read.tables()).contains("đoạn " + (LARGE - 1) + " ");
        reader.read(source(small)); // warm up
        double perSmall = ThreadCpuTime.bestOfThree(() -> reader.read(source(small))) / SMALL;
        double perLarge = ThreadCpuTime.bestOfThree(() -> reader.read(source(large))) / LARGE;
        System.out.printf("docx %-10s %.1f µs/paragraph at %d, %.1f µs/paragraph at %d%n", where, perSmall * 1e6, SMALL, perLarge * 1e6, LARGE);
        assertThat(perLarge).as("%s: seconds per paragraph at %d paragraphs against %d", where, LARGE, SMALL)
                .isLessThan(MAX_GROWTH * perSmall);
    }

    /** A report whose {@code n} short paragraphs stand in one footnote or in the body. */
    private static Path write(Path file, String where, int n) throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("BÁO CÁO tình hình kinh tế - xã hội năm 2024");
            // paragraphs of a line each: the longer they are, the more copying each of them again would cost
            BiConsumer<XWPFParagraph, Integer> text = (p, i) -> p.createRun()
                    .setText("đoạn " + i + " tăng 5% so với cùng kỳ năm trước, đạt 102,3% kế hoạch năm, ước đạt 1.234 tỷ đồng ");
            switch (where) {
                case "footnote" -> {
                    XWPFParagraph p = doc.createParagraph();
                    p.createRun().setText("Thu ngân sách đạt 5.453 tỷ đồng");
                    XWPFFootnote note = doc.createFootnote();
                    for (int i = 0; i < n; i++) {
                        text.accept(note.createParagraph(), i);
                    }
                    p.addFootnoteReference(note);
                }
                case "content control" -> {
                    var content = doc.getDocument().getBody().addNewSdt().addNewSdtContent();
                    for (int i = 0; i < n; i++) {
                        text.accept(new XWPFParagraph(content.addNewP(), doc), i);
                    }
                }
                default -> {
                    for (int i = 0; i < n; i++) {
                        text.accept(doc.createParagraph(), i);
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                doc.write(out);
            }
        }
        return file;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"rows", "cells in a row", "paragraphs in a cell"})
    @Timeout(60) // POI alone would take some five minutes over each of these
    void aWordTableWithALongerListThanPoiReadsInTimeIsTurnedAwayBeforePoiOpensIt(String what) throws Exception {
        int n = 120_000;
        String body = switch (what) {
            case "rows" -> repeat(n, i -> "<w:tr><w:tc><w:p><w:r><w:t>dòng " + i + "</w:t></w:r></w:p></w:tc></w:tr>", "<w:tbl>", "</w:tbl>");
            case "cells in a row" -> repeat(n, i -> "<w:tc><w:p><w:r><w:t>" + i + "</w:t></w:r></w:p></w:tc>", "<w:tbl><w:tr>", "</w:tr></w:tbl>");
            default -> repeat(n, i -> "<w:p><w:r><w:t>đoạn " + i + "</w:t></w:r></w:p>", "<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>");
        };
        Path file = rawDocx(tmp.resolve("long.docx"), "<w:p><w:r><w:t>BÁO CÁO năm 2024</w:t></w:r></w:p>" + body);

        DocxReader reader = new DocxReader(ReadLimits.of(64L << 20));

        assertThatThrownBy(() -> reader.read(source(file)))
                .isInstanceOf(RejectedDocumentException.class)
                .hasMessage("a Word table with more than 10000 " + what + " (Word files read such tables in minutes; save the table as an Excel sheet)");
    }

    @Test
    void aWordTableWithinTheBoundIsRead() throws Exception {
        String rows = repeat(2_000, i -> "<w:tr><w:tc><w:p><w:r><w:t>dòng " + i + "</w:t></w:r></w:p></w:tc></w:tr>", "<w:tbl>", "</w:tbl>");
        Path file = rawDocx(tmp.resolve("table.docx"), "<w:p><w:r><w:t>BÁO CÁO năm 2024</w:t></w:r></w:p>" + rows);

        DocumentContent read = new DocxReader(ReadLimits.of(64L << 20)).read(source(file));

        assertThat(read.tables()).hasSize(1);
        assertThat(read.tables().get(0).rows()).hasSize(2_000).last().isEqualTo(java.util.List.of("dòng 1999"));
    }

    private static String repeat(int n, java.util.function.IntFunction<String> item, String open, String close) {
        StringBuilder s = new StringBuilder(open);
        for (int i = 0; i < n; i++) {
            s.append(item.apply(i));
        }
        return s.append(close).toString();
    }

    /** A Word file of the least a .docx needs, its body as given: made without POI, which would take minutes here. */
    private static Path rawDocx(Path file, String body) throws Exception {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/word/document.xml" \
                    ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
                    Target="word/document.xml"/></Relationships>""");
            entry(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                    + body + "</w:body></w:document>");
        }
        return file;
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static SourceFile source(Path file) throws Exception {
        return new SourceFile(file, Files.size(file), Files.getLastModifiedTime(file).toInstant());
    }
}
