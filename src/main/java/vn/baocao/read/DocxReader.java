package vn.baocao.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads .docx: paragraphs and tables in document order (tables, nested ones
 * too, become {@link Table}s with merged cells spread over the positions they
 * cover), footnote references kept as numbers glued to the text they follow,
 * and after the body the footnotes, headers and footers as paragraphs of their
 * own. Runs in a legacy Vietnamese font (.VnTime, VNI-Times) are converted.
 * Content controls are read as the paragraphs and tables they hold; text a
 * reviewer deleted with changes tracked is not read.
 */
public final class DocxReader implements DocumentReader {

    private static final java.util.regex.Pattern NOTE_REF = java.util.regex.Pattern.compile("\\[(?:footnoteRef|endnoteRef):(\\d+)]");

    private final ReadLimits limits;

    public DocxReader(ReadLimits limits) {
        this.limits = limits;
    }

    @Override
    public FileFormat format() {
        return FileFormat.DOCX;
    }

    @Override
    public DocumentContent read(SourceFile file) throws RejectedDocumentException {
        OfficeFailures.guardZip(limits);
        try (OPCPackage pkg = OPCPackage.open(file.path().toFile(), PackageAccess.READ);
             XWPFDocument doc = new XWPFDocument(withoutLongLists(pkg))) {
            StringBuilder text = new StringBuilder();
            List<Table> tables = new ArrayList<>();
            String lastParagraph = "";
            for (IBodyElement e : WordBlocks.of(doc.getDocument().getBody(), doc.getParagraphs(), doc.getTables(), doc)) {
                if (e instanceof XWPFParagraph p) {
                    String t = paragraph(p);
                    text.append(t).append('\n');
                    if (!t.isBlank()) {
                        lastParagraph = t;
                    }
                } else if (e instanceof XWPFTable t) {
                    addTable(t, lastParagraph, tables);
                }
            }
            for (XWPFFootnote note : doc.getFootnotes()) {
                String body = joined(note.getParagraphs());
                if (note.getId() != null && note.getId().intValue() > 0 && !body.isEmpty()) {
                    text.append('\n').append(note.getId()).append(' ').append(body).append('\n');
                }
            }
            for (XWPFHeaderFooter hf : concat(doc.getHeaderList(), doc.getFooterList())) {
                String t = hf.getText();
                if (t != null && !t.isBlank()) {
                    text.append('\n').append(t.strip()).append('\n');
                }
            }
            return new DocumentContent(format().code(), text.toString(), tables);
        } catch (RejectedDocumentException e) {
            throw e;
        } catch (Exception | OutOfMemoryError e) {
            throw OfficeFailures.explain("Word document", e);
        }
    }

    /** The package, once its document is known to hold no list POI would take minutes over (see {@link WordLists}). */
    private OPCPackage withoutLongLists(OPCPackage pkg) throws RejectedDocumentException, IOException, InvalidFormatException {
        PackageRelationshipCollection main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        PackagePart part = main.size() == 0 ? null : pkg.getPart(main.getRelationship(0));
        if (part == null) {
            return pkg; // POI says what is missing
        }
        try (InputStream in = part.getInputStream()) {
            Optional<WordLists.TooLong> tooLong = WordLists.longerThan(in, limits.maxWordListItems());
            if (tooLong.isPresent()) {
                throw new RejectedDocumentException(tooLong.get().reason(limits.maxWordListItems()));
            }
        }
        return pkg;
    }

    private static List<XWPFHeaderFooter> concat(List<? extends XWPFHeaderFooter> a, List<? extends XWPFHeaderFooter> b) {
        List<XWPFHeaderFooter> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * The text of the paragraphs of a cell or a note, one after another with a space between. Joined once: adding each
     * paragraph to the text before it copied that text again, paragraph after paragraph, a time that grew with the
     * square of their number (a note of 24,000 paragraphs of a line each read 4.7 times slower per paragraph than one
     * of 3,000).
     */
    private String joined(List<XWPFParagraph> paragraphs) {
        StringJoiner text = new StringJoiner(" ");
        for (XWPFParagraph p : paragraphs) {
            text.add(paragraph(p));
        }
        return text.toString().strip();
    }

    private String paragraph(XWPFParagraph p) {
        StringBuilder s = new StringBuilder();
        for (XWPFRun run : p.getRuns()) {
            if (WordBlocks.deleted(run)) {
                continue;
            }
            // POI writes a footnote reference as '[footnoteRef:3]'; it becomes '3' glued to the text, like a
            // superscript mark that lost its formatting, which the normaliser links to footnote 3.
            String t = NOTE_REF.matcher(run.text()).replaceAll("$1");
            Optional<LegacyVietnamese.Encoding> legacy = LegacyVietnamese.ofFont(run.getFontFamily());
            s.append(legacy.isPresent() ? LegacyVietnamese.convert(t, legacy.get()) : t);
        }
        String t = s.toString();
        return LegacyVietnamese.detect(t).map(enc -> LegacyVietnamese.convert(t, enc)).orElse(t);
    }

    private void addTable(XWPFTable table, String caption, List<Table> out) throws RejectedDocumentException {
        int index = out.size();
        out.add(null); // keep document order: this table before the tables nested in it
        List<List<String>> rows = new ArrayList<>();
        List<String> above = List.of();
        for (XWPFTableRow row : table.getRows()) {
            if (rows.size() >= limits.maxTableRows()) {
                throw new RejectedDocumentException("table with more than " + limits.maxTableRows() + " rows");
            }
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                int span = pr != null && pr.isSetGridSpan() ? pr.getGridSpan().getVal().intValue() : 1;
                boolean continues = pr != null && pr.isSetVMerge()
                        && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
                List<IBodyElement> blocks = WordBlocks.of(cell.getCTTc(), cell.getParagraphs(), cell.getTables(), cell);
                String text = continues && cells.size() < above.size() ? above.get(cells.size())
                        : joined(WordBlocks.only(XWPFParagraph.class, blocks));
                for (int k = 0; k < span; k++) {
                    cells.add(text);
                }
                for (XWPFTable nested : WordBlocks.only(XWPFTable.class, blocks)) {
                    addTable(nested, text, out);
                }
            }
            rows.add(cells);
            above = cells;
        }
        out.set(index, new Table(index, null, caption, rows));
    }
}
