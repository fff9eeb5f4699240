package vn.baocao.extract;

/**
 * Binary search over token positions kept in an int array in ascending order (phrase ends, place starts, a word's
 * places): ints read directly, where a search over a list of hits calls an accessor at every step, which C1 does.
 */
final class SortedInts {

    private SortedInts() {
    }

    /** The index of the first of {@code sorted[0, size)} that is at least {@code value} ({@code size} when none is). */
    static int firstAtLeast(int[] sorted, int size, int value) {
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
}
