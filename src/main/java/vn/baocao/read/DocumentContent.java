package vn.baocao.read;

import java.util.List;

/**
 * What a reader takes out of a file: the running text (body first, then
 * footnotes, headers and footers, each as its own paragraphs) and the tables.
 * Offsets of extracted figures are offsets into {@code text}.
 *
 * @param format  the format the content was read as: txt, md, docx, doc, xlsx, xls, pdf
 */
public record DocumentContent(String format, TextChars text, List<Table> tables) {

    public DocumentContent {
        tables = List.copyOf(tables);
    }

    public DocumentContent(String format, String text, List<Table> tables) {
        this(format, TextChars.of(text), tables);
    }

    public static DocumentContent text(String format, String text) {
        return text(format, TextChars.of(text));
    }

    public static DocumentContent text(String format, TextChars text) {
        return new DocumentContent(format, text, List.of());
    }
}
