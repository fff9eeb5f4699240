package vn.baocao.read;

/**
 * Bounds that keep one hostile file from exhausting the nightly job.
 *
 * @param maxFileBytes     files larger than this are rejected unread
 * @param maxTableRows     rows read from one table or sheet; larger sheets are rejected
 * @param minInflateRatio  zip entries that compress better than this are treated as zip bombs
 */
public record ReadLimits(long maxFileBytes, int maxTableRows, double minInflateRatio) {

    /** The file size a job configuration allows unless it says otherwise ({@code max-file-mb}). */
    public static final long DEFAULT_MAX_FILE_MB = 200;

    /** The limits of a job configuration that sets no {@code max-file-mb}: for reading a file ingest already accepted. */
    public static ReadLimits standard() {
        return of(DEFAULT_MAX_FILE_MB << 20);
    }

    public static ReadLimits of(long maxFileBytes) {
        return new ReadLimits(maxFileBytes, 200_000, 0.002);
    }
}
