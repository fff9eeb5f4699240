package vn.baocao.read;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.hwpf.model.PAPX;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads the old binary Word format (.doc): body paragraphs outside tables,
 * tables as {@link Table}s (laid out by {@link DocTable}, each with the paragraph
 * above it, where its unit is written), then the footnotes. Runs in a legacy
 * Vietnamese font are converted; text deleted with changes tracked and the
 * instructions of fields are not read.
 */
public final class DocReader implements DocumentReader {

    private final ReadLimits limits;

    public DocReader(ReadLimits limits) {
        this.limits = limits;
    }

    @Override
    public FileFormat format() {
        return FileFormat.DOC;
    }

    @Override
    public DocumentContent read(SourceFile file) throws RejectedDocumentException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.path().toFile(), true);
             HWPFDocument doc = new HWPFDocument(fs)) {
            Range range = doc.getRange();
            StringBuilder text = new StringBuilder();
            List<Table> tables = new ArrayList<>();
            String lastParagraph = "";
            DocTable table = null;
            WordFields fields = new WordFields();
            List<PAPX> stored = doc.getParagraphTable().getParagraphs();
            int n = range.numParagraphs();
            for (int i = 0; i <= n; i++) { // one turn past the last paragraph: a table may end the document
                Paragraph p = i < n ? range.getParagraph(i) : null;
                String t = p == null ? "" : clean(paragraph(p, fields));
                if (p != null && p.isInTable()) {
                    if (table == null) {
                        table = new DocTable(limits.maxTableRows());
                    }
                    // the body's paragraphs are the first ones stored; the check keeps a file that differs from that
                    PAPX papx = i < stored.size() && stored.get(i).getStart() == p.getStartOffset() ? stored.get(i) : null;
                    table.add(p, t, papx);
                    continue;
                }
                if (table != null) { // a table ends at the first paragraph outside it
                    tables.add(new Table(tables.size(), null, lastParagraph, table.rows()));
                    table = null;
                }
                if (p == null) {
                    break;
                }
                text.append(t).append('\n');
                if (!t.isBlank()) {
                    lastParagraph = t;
                }
            }
            try (WordExtractor extractor = new WordExtractor(doc)) {
                String[] notes = extractor.getFootnoteText();
                for (String note : notes) {
                    if (note != null && !note.isBlank()) {
                        text.append('\n').append(clean(note).strip()).append('\n');
                    }
                }
            }
            return new DocumentContent(format().code(), LegacyVietnamese.convertParagraphs(TextChars.of(text.toString())), tables);
        } catch (RejectedDocumentException e) {
            throw e;
        } catch (Exception | OutOfMemoryError e) {
            throw OfficeFailures.explain("Word 97-2003 document", e);
        }
    }

    /** The paragraph's text as Word shows it: without text deleted with changes tracked, fields by their results. */
    private static String paragraph(Paragraph p, WordFields fields) {
        StringBuilder s = new StringBuilder();
        for (int r = 0; r < p.numCharacterRuns(); r++) {
            CharacterRun run = p.getCharacterRun(r);
            if (run.isMarkedDeleted()) {
                continue;
            }
            String t = fields.visible(run.text());
            s.append(LegacyVietnamese.ofFont(run.getFontName()).map(e -> LegacyVietnamese.convert(t, e)).orElse(t));
        }
        fields.paragraphEnded();
        return s.toString();
    }

    /** Word's field and cell marks are not text. */
    private static String clean(String s) {
        return s.replaceAll("[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F]", " ").replace('\r', ' ').strip();
    }
}
