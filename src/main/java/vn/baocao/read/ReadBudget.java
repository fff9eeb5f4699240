package vn.baocao.read;

/**
 * What a reader asks between the parts of a long document (the pages of a PDF): whether the document's time is up.
 * Reading can be most of a document's time (PDFBox takes some 7 ms a page of text on the job's JVM, a 10,000-page
 * PDF over a minute), so a budget checked only once the file is read would let one file hold up the night.
 */
@FunctionalInterface
public interface ReadBudget {

    /** No budget: read to the end. */
    ReadBudget NONE = stage -> { };

    /** Throws, saying why, when the document's time is up; {@code stage} says how far reading got. */
    void check(String stage) throws RejectedDocumentException;
}
