package vn.baocao.extract.document;

import vn.baocao.normalise.Footnote;

/**
 * A paragraph of a document: its tokens [from, to), whether it is page furniture
 * (a visit counter, a menu line: not read), and the footnote it is the body of, if any.
 */
public record Paragraph(int index, int from, int to, boolean furniture, Footnote footnote) {

    public boolean isEmpty() {
        return from >= to;
    }
}
