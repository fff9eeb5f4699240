package vn.baocao.read;

/**
 * The fields of a Word 97-2003 text, read as Word shows them: a field is written as its begin mark, its instructions
 * (' PAGEREF _Toc52376 \h ', ' HYPERLINK "https://..." '), a separator and the result Word displays ('3', the link's
 * words), then its end mark. Only results are text: instructions would put a bookmark's or a link's digits among
 * the report's figures. Fields nest (a table of contents holds a link and a page reference per line) and run across
 * runs; one reader is used for a whole document, in order.
 */
final class WordFields {

    private static final char BEGIN = '\u0013';
    private static final char SEPARATOR = '\u0014';
    private static final char END = '\u0015';

    /** For each open field, innermost last: whether its result has begun. */
    private boolean[] showing = new boolean[8];
    private int open;
    /** Open fields still in their instructions: while there is one, nothing is text. */
    private int hiding;

    /** What of {@code text}, which follows what was read before, Word shows. */
    String visible(String text) {
        if (open == 0 && text.indexOf(BEGIN) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == BEGIN) {
                if (open == showing.length) {
                    showing = java.util.Arrays.copyOf(showing, open * 2);
                }
                showing[open++] = false;
                hiding++;
            } else if (c == SEPARATOR) {
                if (open > 0 && !showing[open - 1]) {
                    showing[open - 1] = true;
                    hiding--;
                }
            } else if (c == END) {
                if (open > 0) {
                    if (!showing[--open]) {
                        hiding--;
                    }
                }
            } else if (hiding == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A paragraph ended. Instructions never hold a paragraph's end in a file Word wrote: one still open is taken as
     * ended, so that a field broken in a damaged file hides the rest of its paragraph at most, not the document.
     */
    void paragraphEnded() {
        for (int k = 0; k < open; k++) {
            showing[k] = true;
        }
        hiding = 0;
    }
}
