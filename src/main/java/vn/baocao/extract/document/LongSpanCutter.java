package vn.baocao.extract.document;

import java.util.function.IntPredicate;
import vn.baocao.extract.text.Tokens;

/**
 * Cuts a paragraph or sentence that is longer than any a report writes into pieces of at most {@code max}
 * tokens. Everything that reads a figure looks around it within its sentence and paragraph; a PDF text layer
 * without line breaks or an export that lost its full stops would otherwise make that look-around as long as
 * the document, and the work grow with its square. The longest sentence of the development corpus has 319
 * tokens and the longest paragraph 439, so real text is never cut.
 *
 * <p>A piece ends at the last good boundary in its second half: a boundary {@code preferred} accepts (the end
 * of a sentence), else a ';', else a ',', else wherever the limit falls.
 */
final class LongSpanCutter {

    private final Tokens tokens;
    private final int max;

    LongSpanCutter(Tokens tokens, int max) {
        this.tokens = tokens;
        this.max = max;
    }

    /** The end of the piece that starts at {@code from}, given the span ends at {@code to}. */
    int pieceEnd(int from, int to, IntPredicate preferred) {
        if (to - from <= max) {
            return to;
        }
        int limit = from + max;
        int half = from + max / 2;
        int cut = lastAfter(half, limit, preferred);
        if (cut < 0) {
            cut = lastAfter(half, limit, i -> tokens.is(i, ';'));
        }
        if (cut < 0) {
            cut = lastAfter(half, limit, i -> tokens.is(i, ','));
        }
        return cut < 0 ? limit : cut;
    }

    /** The token after the last boundary token in [from, to), or -1. */
    private static int lastAfter(int from, int to, IntPredicate boundary) {
        for (int i = to - 1; i >= from; i--) {
            if (boundary.test(i)) {
                return i + 1;
            }
        }
        return -1;
    }
}
