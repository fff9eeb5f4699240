package vn.baocao.read;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** Reads the old binary Excel format (.xls): every sheet a {@link Table}, merged cells spread, formulas evaluated. */
public final class XlsReader implements DocumentReader {

    private final ReadLimits limits;

    public XlsReader(ReadLimits limits) {
        this.limits = limits;
    }

    @Override
    public FileFormat format() {
        return FileFormat.XLS;
    }

    @Override
    public DocumentContent read(SourceFile file) throws RejectedDocumentException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.path().toFile(), true);
             HSSFWorkbook book = new HSSFWorkbook(fs.getRoot(), true)) {
            DataFormatter formatter = new CellNumbers();
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            List<Table> tables = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            for (int s = 0; s < book.getNumberOfSheets(); s++) {
                Sheet sheet = book.getSheetAt(s);
                if (sheet.getLastRowNum() > limits.maxTableRows()) {
                    throw new RejectedDocumentException("sheet '" + sheet.getSheetName() + "' has more than " + limits.maxTableRows() + " rows");
                }
                List<List<String>> rows = new ArrayList<>();
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    List<String> cells = new ArrayList<>();
                    if (row != null) {
                        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                            Cell cell = row.getCell(c);
                            cells.add(cell == null ? "" : text(cell, formatter, evaluator));
                        }
                    }
                    rows.add(cells);
                }
                for (CellRangeAddress merged : sheet.getMergedRegions()) {
                    String v = cellAt(rows, merged.getFirstRow(), merged.getFirstColumn());
                    for (int r = merged.getFirstRow(); r <= merged.getLastRow() && r < rows.size(); r++) {
                        for (int c = merged.getFirstColumn(); c <= merged.getLastColumn(); c++) {
                            List<String> row = rows.get(r);
                            while (row.size() <= c) {
                                row.add("");
                            }
                            row.set(c, v);
                        }
                    }
                }
                for (List<String> row : rows) {
                    List<String> filled = row.stream().filter(x -> !x.isBlank()).distinct().toList();
                    if (filled.size() == 1) {
                        text.append(filled.get(0)).append('\n');
                    }
                }
                tables.add(new Table(s, sheet.getSheetName(), "", rows));
            }
            return new DocumentContent(format().code(), LegacyVietnamese.convertParagraphs(TextChars.of(text.toString())), tables);
        } catch (RejectedDocumentException e) {
            throw e;
        } catch (Exception | OutOfMemoryError e) {
            throw OfficeFailures.explain("Excel 97-2003 workbook", e);
        }
    }

    private static String cellAt(List<List<String>> rows, int r, int c) {
        return r < rows.size() && c < rows.get(r).size() ? rows.get(r).get(c) : "";
    }

    /** A numeric cell by its value, in Vietnamese writing (see {@link CellNumbers}); any other as displayed. */
    private static String text(Cell cell, DataFormatter formatter, FormulaEvaluator evaluator) {
        org.apache.poi.ss.usermodel.CellType type = cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA
                ? evaluator.evaluateFormulaCell(cell) : cell.getCellType();
        if (type == org.apache.poi.ss.usermodel.CellType.NUMERIC && !org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)) {
            return CellNumbers.vietnamese(cell.getNumericCellValue(), cell.getCellStyle().getDataFormatString());
        }
        return formatter.formatCellValue(cell, evaluator);
    }
}
