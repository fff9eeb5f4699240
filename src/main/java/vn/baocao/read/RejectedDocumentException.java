package vn.baocao.read;

/** A document that cannot be read; the message is the reason shown to the operator. */
public class RejectedDocumentException extends Exception {

    public RejectedDocumentException(String reason) {
        super(reason);
    }

    public RejectedDocumentException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
