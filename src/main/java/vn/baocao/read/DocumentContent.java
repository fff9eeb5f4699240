package vn.baocao.read;

import java.util.List;

/**
 * What a reader takes out of a file: the running text (body first, then
 * footnotes, headers and footers, each as its own paragraphs) and the tables.
 * Offsets of extracted figures are offsets into {@code text}.
 *
 * @param format  the format the content was read as: txt, md, docx, doc, xlsx, xls, pdf
 */
public record DocumentContent(String format, String text, List<Table> tables) {

    public DocumentContent {
        tables = List.copyOf(tables);
    }

    public static DocumentContent text(String format, String text) {
        return new DocumentContent(format, text, List.of());
    }
}
