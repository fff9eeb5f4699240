package vn.baocao.extract.text;

import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Binary search over lists kept sorted by a token position (hits by start or end, paragraphs and sentences by
 * their first token): finding where a stretch of text begins in them costs a logarithm, not a scan from the
 * start of the document, which is what keeps reading linear in the size of the text.
 */
public final class Sorted {

    private Sorted() {
    }

    /** The index of the first element whose key is at least {@code value} ({@code list.size()} when there is none). */
    public static <T> int firstAtLeast(List<T> list, ToIntFunction<T> key, int value) {
        int lo = 0;
        int hi = list.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (key.applyAsInt(list.get(mid)) < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The same over positions kept in an int array in ascending order, {@code sorted[0, size)}: read directly, where a
     * search over a list calls the key function at every step, which C1 does not inline.
     */
    public static int firstAtLeast(int[] sorted, int size, int value) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The index of the last element whose key is at most {@code value}, or -1 when there is none. */
    public static <T> int lastAtMost(List<T> list, ToIntFunction<T> key, int value) {
        return firstAtLeast(list, key, value + 1) - 1;
    }
}
