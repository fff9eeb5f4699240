package vn.baocao.read;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/** What POI's failures mean to an operator, and POI's zip-bomb guard set to the job's limit. */
final class OfficeFailures {

    private OfficeFailures() {
    }

    /** POI's zip guard is process-wide; every Office reader sets it to the same limit before reading. */
    static void guardZip(ReadLimits limits) {
        ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
    }

    static RejectedDocumentException explain(String kind, Throwable e) {
        String msg = String.valueOf(e.getMessage());
        Throwable t = e;
        while (t != null) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("Zip bomb") || m.contains("zip bomb")) {
                return new RejectedDocumentException("zip bomb suspected: a part of the " + kind
                        + " expands far beyond its compressed size; not read", e);
            }
            if (t instanceof org.apache.poi.EncryptedDocumentException) {
                return new RejectedDocumentException("password-protected " + kind + ": save a copy without a password", e);
            }
            t = t.getCause();
        }
        if (e instanceof OutOfMemoryError oom) {
            return RejectedDocumentException.tooLargeForMemory(kind, oom);
        }
        return new RejectedDocumentException("corrupt or truncated " + kind + ": " + msg, e);
    }
}
