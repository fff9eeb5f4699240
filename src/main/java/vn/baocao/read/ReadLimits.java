package vn.baocao.read;

/**
 * Bounds that keep one hostile file from exhausting the nightly job.
 *
 * @param maxFileBytes     files larger than this are rejected unread
 * @param maxTableRows     rows read from one table or sheet; larger sheets are rejected
 * @param minInflateRatio  zip entries that compress better than this are treated as zip bombs
 * @param maxWordListItems rows of one Word table, cells of one of its rows, paragraphs of one of its cells: POI
 *                         takes a time growing with the square of these (see {@link WordLists}): 3,000 rows take
 *                         it 0.26 s, 24,000 rows 4.3 s, the 200,000 of maxTableRows would take it some five minutes
 */
public record ReadLimits(long maxFileBytes, int maxTableRows, double minInflateRatio, int maxWordListItems) {

    /** The file size a job configuration allows unless it says otherwise ({@code max-file-mb}). */
    public static final long DEFAULT_MAX_FILE_MB = 200;

    /** The limits of a job configuration that sets no {@code max-file-mb}: for reading a file ingest already accepted. */
    public static ReadLimits standard() {
        return of(DEFAULT_MAX_FILE_MB << 20);
    }

    public static ReadLimits of(long maxFileBytes) {
        return new ReadLimits(maxFileBytes, 200_000, 0.002, 10_000);
    }
}
