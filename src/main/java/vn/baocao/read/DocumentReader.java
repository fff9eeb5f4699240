package vn.baocao.read;

/** Turns one format into the text and tables the rest of the pipeline reads. */
public interface DocumentReader {

    /** The format this reader takes (detected from content, see {@link FileFormat}). */
    FileFormat format();

    /** The document's content, or a rejection that says why there is none. */
    DocumentContent read(SourceFile file) throws RejectedDocumentException;

    /**
     * The same, asking {@code budget} between the parts of the document where a format has parts that take time (the
     * pages of a PDF); a format read in one go reads without asking.
     */
    default DocumentContent read(SourceFile file, ReadBudget budget) throws RejectedDocumentException {
        return read(file);
    }
}
