package vn.baocao.job;

/**
 * Whether a document's text fits in the job's heap. Reading a document holds, for as long as it is read, about
 * {@value #BYTES_PER_CHAR} bytes of heap for every character of ordinary report text: the text, its normalised copy
 * with each character's origin, the tokens and what the extraction keeps per token (measured with the job's JVM: 15
 * and 30 million characters of report text peaked at 440 and 800 MB of heap, 45 million ran out of 1 GB). Text of
 * one token per character (5,000 nested parentheses, number soup) needs up to twice that. The nightly run must not
 * fail on one oversized file, and the file would fail it again every night: a document whose ordinary need exceeds
 * what the heap leaves besides the rest of the job is rejected as soon as its text is read, with the reason; one of a
 * shape that needs more is rejected when it runs out (see {@link DocumentProcessor}).
 */
final class DocumentMemory {

    static final long BYTES_PER_CHAR = 24;
    private static final long MB = 1L << 20;

    private final long maxHeap;
    private final long forDocuments;

    /** @param maxHeap the most heap the JVM may use ({@link Runtime#maxMemory()}) */
    DocumentMemory(long maxHeap) {
        this.maxHeap = maxHeap;
        // What the rest of the job holds meanwhile: the rules and the gazetteer, the rows being staged, the documents
        // waiting to be staged; measured at 70-110 MB on the benchmark's inboxes.
        this.forDocuments = Math.max(0, maxHeap - (64 * MB + maxHeap / 8));
    }

    /** The most characters a document may have. */
    long maxChars() {
        return forDocuments / BYTES_PER_CHAR;
    }

    /** Why a text of {@code chars} characters cannot be read in this heap, or null if it can. */
    String tooLarge(long chars) {
        if (chars <= maxChars()) {
            return null;
        }
        return "too large to read in the job's memory: its text has " + millions(chars) + " million characters, which needs"
                + " about " + chars * BYTES_PER_CHAR / MB + " MB, and the job's heap of " + maxHeap / MB + " MB has room for "
                + millions(maxChars()) + " million; split the document, or give the job a larger heap (BAOCAO_JAVA_OPTIONS,"
                + " see README)";
    }

    /** The reason for a document that ran out of memory all the same. */
    String ranOut() {
        return "ran out of memory while being read (the job's heap is " + maxHeap / MB + " MB; text of one token per"
                + " character needs more than ordinary text): split the document, or give the job a larger heap"
                + " (BAOCAO_JAVA_OPTIONS, see README)";
    }

    private static String millions(long chars) {
        return String.format(java.util.Locale.ROOT, "%.1f", chars / 1e6);
    }
}
