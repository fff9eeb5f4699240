package vn.baocao.read;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableIterator;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads the old binary Word format (.doc): body paragraphs outside tables,
 * tables as {@link Table}s, then the footnotes. Runs in a legacy Vietnamese
 * font are converted.
 */
public final class DocReader implements DocumentReader {

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
            String lastParagraph = "";
            for (int i = 0; i < range.numParagraphs(); i++) {
                Paragraph p = range.getParagraph(i);
                if (p.isInTable()) {
                    continue;
                }
                String t = clean(paragraph(p));
                text.append(t).append('\n');
                if (!t.isBlank()) {
                    lastParagraph = t;
                }
            }
            List<Table> tables = new ArrayList<>();
            TableIterator it = new TableIterator(range);
            while (it.hasNext()) {
                org.apache.poi.hwpf.usermodel.Table t = it.next();
                List<List<String>> rows = new ArrayList<>();
                for (int r = 0; r < t.numRows(); r++) {
                    TableRow row = t.getRow(r);
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < row.numCells(); c++) {
                        TableCell cell = row.getCell(c);
                        StringBuilder s = new StringBuilder();
                        for (int k = 0; k < cell.numParagraphs(); k++) {
                            s.append(clean(paragraph(cell.getParagraph(k)))).append(' ');
                        }
                        cells.add(s.toString().strip());
                    }
                    rows.add(cells);
                }
                tables.add(new Table(tables.size(), null, lastParagraph, rows));
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
        } catch (Exception | OutOfMemoryError e) {
            throw OfficeFailures.explain("Word 97-2003 document", e);
        }
    }

    private static String paragraph(Paragraph p) {
        StringBuilder s = new StringBuilder();
        for (int r = 0; r < p.numCharacterRuns(); r++) {
            CharacterRun run = p.getCharacterRun(r);
            String t = run.text();
            s.append(LegacyVietnamese.ofFont(run.getFontName()).map(e -> LegacyVietnamese.convert(t, e)).orElse(t));
        }
        return s.toString();
    }

    /** Word's field and cell marks are not text. */
    private static String clean(String s) {
        return s.replaceAll("[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F]", " ").replace('\r', ' ').strip();
    }
}
