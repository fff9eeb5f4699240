package vn.baocao.extract.text;

import java.util.Arrays;

/**
 * Spans of tokens [from, to) of one text, in order: the parts of it to read (a document's paragraphs that are not
 * page furniture). Given to a reader all at once, so that it sets itself up for the text once, not span by span.
 */
public final class TokenSpans {

    /** from, to of each span, one after the other. */
    private int[] bounds = new int[32];
    private int size;

    /** Adds the span [from, to), which starts at or after the end of the last one. */
    public void add(int from, int to) {
        if (2 * size == bounds.length) {
            bounds = Arrays.copyOf(bounds, 2 * bounds.length);
        }
        bounds[2 * size] = from;
        bounds[2 * size + 1] = to;
        size++;
    }

    public int size() {
        return size;
    }

    public int from(int k) {
        return bounds[2 * k];
    }

    public int to(int k) {
        return bounds[2 * k + 1];
    }
}
