package vn.baocao.job;

import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import vn.baocao.extract.Deadline;
import vn.baocao.extract.DocumentExtraction;
import vn.baocao.extract.area.InboxAreas;
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
    private final DocumentExtraction extractor;
    private final InboxAreas inboxAreas;
    private final Duration budget;
    /** Together the documents read at once are no larger than this (see {@link InFlightBytes}). */
    private final InFlightBytes inFlight = new InFlightBytes(8L << 20);

    private final DocumentMemory memory;

    /** @param budget the time one document may take (see {@link Deadline}) */
    public DocumentProcessor(DocumentReaders readers, DocumentExtraction extractor, InboxAreas inboxAreas, Duration budget) {
        this(readers, extractor, inboxAreas, budget, new DocumentMemory(Runtime.getRuntime().maxMemory()));
    }

    DocumentProcessor(DocumentReaders readers, DocumentExtraction extractor, InboxAreas inboxAreas, Duration budget,
                      DocumentMemory memory) {
        this.readers = readers;
        this.extractor = extractor;
        this.inboxAreas = inboxAreas;
        this.budget = budget;
        this.memory = memory;
    }

    @Override
    public ExtractedDocument process(FileDecision file) {
        if (file.note() != null) {
            return ExtractedDocument.rejected(file, null, file.note());
        }
        return inFlight.run(file.size(), () -> read(file));
    }

    private ExtractedDocument read(FileDecision file) {
        SourceFile source = new SourceFile(Path.of(file.path()), file.size(), file.modified());
        String format = source.extension();
        Deadline deadline = Deadline.after(budget);
        try {
            DocumentContent content = readers.read(source, deadline.whileReading());
            format = content.format();
            String tooLarge = memory.tooLarge(content.text().length());
            if (tooLarge != null) {
                return ExtractedDocument.rejected(file, format, tooLarge);
            }
            deadline.check("reading the file");
            NormalisedText normalised = normaliser.normalise(content.text());
            deadline.check("normalising the text");
            InboxAreas.Hint hint = inboxAreas.hintFor(source.path());
            DocumentExtraction.Result result = extractor.extract(normalised, content.tables(), hint == null ? null : hint.unit(),
                    DocumentExtraction.NO_TRACE, deadline);
            return new ExtractedDocument(file, format, result.metadata(), result.facts(), result.alternates(),
                    hint == null ? null : hint.problem(), null);
        } catch (RejectedDocumentException | Deadline.TimeBudgetExceededException e) {
            return ExtractedDocument.rejected(file, format, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            log.error("extraction failed for {}", file.path(), e);
            return ExtractedDocument.rejected(file, format, "internal error while extracting: " + e);
        } catch (OutOfMemoryError e) {
            // What this document held is garbage once the exception has left the frames that held it: the run goes on.
            // The thread that runs out is most often the one reading the document that needs the memory: one larger
            // than the in-flight allowance is read alone (InFlightBytes).
            log.error("out of memory reading {}", file.path(), e);
            return ExtractedDocument.rejected(file, format, memory.ranOut());
        }
    }
}
