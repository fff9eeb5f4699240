package vn.baocao.read;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads .xlsx with POI's streaming (SAX) reader, so a large annex is read in
 * bounded memory: every sheet becomes a {@link Table} of the values as Excel
 * shows them. Rows with a single filled cell (titles, 'Đơn vị tính: ...') also
 * go to the text, where the document's area and period are read.
 */
public final class XlsxReader implements DocumentReader {

    private final ReadLimits limits;

    public XlsxReader(ReadLimits limits) {
        this.limits = limits;
    }

    @Override
    public FileFormat format() {
        return FileFormat.XLSX;
    }

    @Override
    public DocumentContent read(SourceFile file) throws RejectedDocumentException {
        OfficeFailures.guardZip(limits);
        try (OPCPackage pkg = OPCPackage.open(file.path().toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            List<Table> tables = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    Rows rows = new Rows(limits.maxTableRows());
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows, new CellNumbers(), false));
                    parser.parse(new InputSource(sheet));
                    if (rows.tooMany) {
                        throw new RejectedDocumentException("sheet '" + sheets.getSheetName() + "' has more than "
                                + limits.maxTableRows() + " rows");
                    }
                    tables.add(new Table(tables.size(), sheets.getSheetName(), "", rows.rows));
                    rows.titles.forEach(t -> text.append(t).append('\n'));
                }
            }
            return new DocumentContent(format().code(), LegacyVietnamese.convertParagraphs(TextChars.of(text.toString())), tables);
        } catch (RejectedDocumentException e) {
            throw e;
        } catch (Exception | OutOfMemoryError e) {
            throw OfficeFailures.explain("Excel workbook", e);
        }
    }

    /** Collects one sheet's rows as the SAX parser reports them. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final int max;
        private final List<List<String>> rows = new ArrayList<>();
        private final List<String> titles = new ArrayList<>();
        private List<String> current;
        private boolean tooMany;

        Rows(int max) {
            this.max = max;
        }

        @Override
        public void startRow(int rowNum) {
            while (rows.size() < rowNum && rows.size() <= max) {
                rows.add(List.of());
            }
            current = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            if (rows.size() > max) {
                tooMany = true;
                return;
            }
            rows.add(current);
            List<String> filled = current.stream().filter(s -> !s.isBlank()).toList();
            if (filled.size() == 1) {
                titles.add(filled.get(0));
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int col = reference == null ? current.size() : new CellReference(reference).getCol();
            while (current.size() < col) {
                current.add("");
            }
            current.add(value == null ? "" : value);
        }
    }
}
