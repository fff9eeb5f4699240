package vn.baocao.extract.document;

/** A sentence: tokens [from, to) within its paragraph. */
public record Sentence(Paragraph paragraph, int from, int to) {
}
