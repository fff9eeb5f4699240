package vn.baocao.stage;

import java.util.List;
import vn.baocao.extract.meta.DocumentMetadata;
import vn.baocao.extract.Observation;

/**
 * The result of reading one file: its metadata and observations, or the reason it was rejected.
 *
 * @param format    the detected format, null if unknown
 * @param metadata  null when rejected
 * @param alternates second figures for a key the document already gave (see DocumentExtraction)
 * @param inboxNote  a problem with what the inbox says about the document's area (unknown unit name), else null
 * @param reason    null when extracted
 */
public record ExtractedDocument(FileDecision file, String format, DocumentMetadata metadata,
                                List<Observation> observations, List<Observation> alternates, String inboxNote, String reason) {

    public static ExtractedDocument rejected(FileDecision file, String format, String reason) {
        return new ExtractedDocument(file, format, null, List.of(), List.of(), null, reason);
    }

    public boolean isRejected() {
        return reason != null;
    }
}
