package vn.baocao.stage;

import java.util.List;
import vn.baocao.extract.DocumentMetadata;
import vn.baocao.extract.Observation;

/**
 * The result of reading one file: its metadata and observations, or the reason it was rejected.
 *
 * @param format    the detected format, null if unknown
 * @param metadata  null when rejected
 * @param alternates second figures for a key the document already gave (see DocumentExtraction)
 * @param reason    null when extracted
 */
public record ExtractedDocument(FileDecision file, String format, DocumentMetadata metadata,
                                List<Observation> observations, List<Observation> alternates, String reason) {

    public static ExtractedDocument rejected(FileDecision file, String format, String reason) {
        return new ExtractedDocument(file, format, null, List.of(), List.of(), reason);
    }

    public boolean isRejected() {
        return reason != null;
    }
}
