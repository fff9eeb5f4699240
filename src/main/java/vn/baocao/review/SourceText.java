package vn.baocao.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.baocao.read.ContentHash;
import vn.baocao.read.DocumentContent;
import vn.baocao.read.DocumentReaders;
import vn.baocao.read.ReadLimits;
import vn.baocao.read.RejectedDocumentException;
import vn.baocao.read.SourceFile;

/**
 * A document's text as ingest read it, read again from its file with the same readers: the figures' character
 * offsets point into that text. Only the version that was loaded will do; a file that is gone or has changed since
 * is said so, because highlighting another version's characters would point at the wrong words.
 *
 * @param content  the text and tables, or null when {@code problem} says why there are none
 */
record SourceText(DocumentContent content, String problem) {

    static SourceText read(Path path, String sha256, DocumentReaders readers) {
        if (path == null || !Files.isRegularFile(path)) {
            return new SourceText(null, "Tệp không còn ở " + path + ": không thể hiển thị văn bản (the file is gone).");
        }
        try {
            String now = ContentHash.sha256(path);
            if (!now.equals(sha256)) {
                return new SourceText(null, "Tệp đã thay đổi kể từ khi nạp (its content hash is now " + now.substring(0, 12)
                        + "…, not " + sha256.substring(0, Math.min(12, sha256.length())) + "…): ingest it again to review the new version.");
            }
            return new SourceText(readers.read(new SourceFile(path, Files.size(path), Files.getLastModifiedTime(path).toInstant())), null);
        } catch (IOException | RejectedDocumentException e) {
            return new SourceText(null, "Không đọc lại được tệp (" + e.getMessage() + ").");
        }
    }

    static DocumentReaders readers() {
        return DocumentReaders.standard(ReadLimits.standard());
    }
}
