package vn.baocao.read;

/** A document that cannot be read; the message is the reason shown to the operator. */
public class RejectedDocumentException extends Exception {

    public RejectedDocumentException(String reason) {
        super(reason);
    }

    public RejectedDocumentException(String reason, Throwable cause) {
        super(reason, cause);
    }

    /** The reason a file could not be read at all, in the operator's words. */
    public static RejectedDocumentException unreadable(java.io.IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return new RejectedDocumentException("cannot read file: permission denied", e);
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return new RejectedDocumentException("file disappeared before it could be read", e);
        }
        return new RejectedDocumentException("cannot read file: " + e.getMessage(), e);
    }

    /** A document whose reader ran out of memory: too large, not damaged ({@code kind}: 'Word document', 'PDF'). */
    public static RejectedDocumentException tooLargeForMemory(String kind, OutOfMemoryError e) {
        return new RejectedDocumentException(kind + " too large to read within the memory limit", e);
    }
}
