package vn.baocao.normalise;

/**
 * A footnote recognised in the text: its number, where its body is and where
 * its reference mark stood, all as offsets into the normalised text. The body
 * is read in the context of the sentence that refers to it.
 */
public record Footnote(int number, int start, int end, int anchor) {
}
