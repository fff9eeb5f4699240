package vn.baocao.read;

/** Turns one format into the text and tables the rest of the pipeline reads. */
public interface DocumentReader {

    /** The format this reader takes (detected from content, see {@link FileFormat}). */
    FileFormat format();

    /** The document's content, or a rejection that says why there is none. */
    DocumentContent read(SourceFile file) throws RejectedDocumentException;
}
