package vn.baocao.read;

/**
 * Bounds that keep one hostile file from exhausting the nightly job.
 *
 * @param maxFileBytes     files larger than this are rejected unread
 * @param maxTableRows     rows read from one table or sheet; larger sheets are rejected
 * @param minInflateRatio  zip entries that compress better than this are treated as zip bombs
 */
public record ReadLimits(long maxFileBytes, int maxTableRows, double minInflateRatio) {

    public static ReadLimits of(long maxFileBytes) {
        return new ReadLimits(maxFileBytes, 200_000, 0.002);
    }
}
