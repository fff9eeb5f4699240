package vn.baocao.job;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import vn.baocao.extract.DocumentExtraction;
import vn.baocao.extract.DocumentMetadata;
import vn.baocao.extract.MetadataReader;
import vn.baocao.normalise.NormalisedText;
import vn.baocao.normalise.TextNormaliser;
import vn.baocao.read.DocumentContent;
import vn.baocao.read.DocumentReaders;
import vn.baocao.read.RejectedDocumentException;
import vn.baocao.read.SourceFile;
import vn.baocao.stage.ExtractedDocument;
import vn.baocao.stage.FileDecision;

/**
 * Reads, normalises and extracts one document. Runs on several threads at
 * once and touches no database; every failure becomes a rejection of this one
 * file, never of the run.
 */
public final class DocumentProcessor implements ItemProcessor<FileDecision, ExtractedDocument> {

    private static final Logger log = LoggerFactory.getLogger(DocumentProcessor.class);

    private final DocumentReaders readers;
    private final TextNormaliser normaliser = new TextNormaliser();
    private final MetadataReader metadata = new MetadataReader();
    private final DocumentExtraction extractor;

    public DocumentProcessor(DocumentReaders readers, DocumentExtraction extractor) {
        this.readers = readers;
        this.extractor = extractor;
    }

    @Override
    public ExtractedDocument process(FileDecision file) {
        if (file.note() != null) {
            return ExtractedDocument.rejected(file, null, file.note());
        }
        SourceFile source = new SourceFile(Path.of(file.path()), file.size(), file.modified());
        String format = source.extension();
        try {
            DocumentContent content = readers.read(source);
            format = content.format();
            NormalisedText normalised = normaliser.normalise(content.text());
            DocumentMetadata meta = metadata.read(normalised.text());
            DocumentExtraction.Result result = extractor.extract(normalised, meta, content.tables());
            return new ExtractedDocument(file, format, meta, result.facts(), result.alternates(), null);
        } catch (RejectedDocumentException e) {
            return ExtractedDocument.rejected(file, format, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            log.error("extraction failed for {}", file.path(), e);
            return ExtractedDocument.rejected(file, format, "internal error while extracting: " + e);
        }
    }
}
