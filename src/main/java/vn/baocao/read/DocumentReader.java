package vn.baocao.read;

import java.util.Set;

/** Turns one kind of file into the text the rest of the pipeline reads. */
public interface DocumentReader {

    /** File extensions (lower case, without the dot) this reader takes. */
    Set<String> extensions();

    /** The format name recorded in the register for files this reader took. */
    String format(SourceFile file);

    /** The document's text, or a rejection that says why there is none. */
    String read(SourceFile file) throws RejectedDocumentException;
}
