package vn.baocao.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import vn.baocao.read.LegacyVietnamese;

/** Real documents made in the test with POI and PDFBox: the formats the inbox receives. */
public final class Fixtures {

    private Fixtures() {
    }

    /**
     * A district report as Word: prose, a footnote, a header and footer, a statistics table with a
     * two-column merged header cell and a vertically merged unit cell, a nested table, and one paragraph
     * typed in the legacy .VnTime (TCVN3) font.
     */
    public static Path docx(Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createHeader(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT).createParagraph().createRun().setText("UBND huyện Phong Điền - Báo cáo quý I/2024");
            doc.createFooter(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT).createParagraph().createRun().setText("Trang 1");
            para(doc, "ỦY BAN NHÂN DÂN HUYỆN PHONG ĐIỀN");
            para(doc, "BÁO CÁO");
            para(doc, "Tình hình kinh tế - xã hội quý I/2024");
            XWPFParagraph p = doc.createParagraph();
            p.createRun().setText("Tổng giá trị sản xuất các khu vực ước đạt 3.120 tỷ đồng, tăng 8,1% so với cùng kỳ");
            XWPFFootnote note = doc.createFootnote();
            note.createParagraph().createRun().setText("Trong đó khu vực nông nghiệp đạt 1.010 tỷ đồng.");
            p.addFootnoteReference(note);
            p.createRun().setText(". Khám bệnh cho 24.500 lượt người.");
            XWPFParagraph legacy = doc.createParagraph();
            XWPFRun run = legacy.createRun();
            run.setFontFamily(".VnTime");
            run.setText(LegacyVietnamese.encode("Tai nạn giao thông xảy ra 5 vụ, làm chết 2 người.", LegacyVietnamese.Encoding.TCVN3));
            para(doc, "Đơn vị tính: triệu đồng");
            XWPFTable t = doc.createTable(4, 4);
            fill(t, 0, "Chỉ tiêu", "Kế hoạch năm 2024", "Thực hiện", "");
            fill(t, 1, "", "", "Quý I/2024", "So sánh TH/KH (%)");
            fill(t, 2, "Tổng thu ngân sách nhà nước", "340.000", "101.200", "29,76");
            fill(t, 3, "Tổng chi ngân sách địa phương", "530.000", "140.800", "26,57");
            span(t.getRow(0).getCell(2), 2);
            t.getRow(0).removeCell(3);
            vmerge(t.getRow(0).getCell(0), STMerge.RESTART);
            vmerge(t.getRow(1).getCell(0), STMerge.CONTINUE);
            vmerge(t.getRow(0).getCell(1), STMerge.RESTART);
            vmerge(t.getRow(1).getCell(1), STMerge.CONTINUE);
            // A table nested in the cell of another one.
            XWPFTableCell holder = doc.createTable(1, 1).getRow(0).getCell(0);
            holder.setText("Phụ lục");
            XWPFTable nested = new XWPFTable(holder.getCTTc().addNewTbl(), holder, 2, 3);
            holder.insertTable(holder.getTables().size(), nested);
            holder.getCTTc().addNewP();
            fill(nested, 0, "Chỉ tiêu", "ĐVT", "Thực hiện quý I/2024");
            fill(nested, 1, "Số doanh nghiệp thành lập mới", "doanh nghiệp", "41");
            save(doc, file);
        }
        return file;
    }

    private static void para(XWPFDocument doc, String text) {
        doc.createParagraph().createRun().setText(text);
    }

    private static void fill(XWPFTable t, int row, String... cells) {
        while (t.getRows().size() <= row) {
            t.createRow();
        }
        var r = t.getRow(row);
        for (int c = 0; c < cells.length; c++) {
            XWPFTableCell cell = c < r.getTableCells().size() ? r.getTableCells().get(c) : r.addNewTableCell();
            cell.setText(cells[c]);
        }
    }

    private static void span(XWPFTableCell cell, int n) {
        CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        pr.addNewGridSpan().setVal(BigInteger.valueOf(n));
    }

    private static void vmerge(XWPFTableCell cell, STMerge.Enum kind) {
        CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        pr.addNewVMerge().setVal(kind);
    }

    private static void save(XWPFDocument doc, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            doc.write(out);
        }
    }

    /** A statistics annex workbook: title rows, unit note, a two-level header with a merged cell. */
    public static Path xlsx(Path file) throws IOException {
        try (Workbook book = new XSSFWorkbook()) {
            annex(book);
            write(book, file);
        }
        return file;
    }

    /** The same annex as an Excel 97-2003 workbook. */
    public static Path xls(Path file) throws IOException {
        try (Workbook book = new HSSFWorkbook()) {
            annex(book);
            write(book, file);
        }
        return file;
    }

    private static void annex(Workbook book) {
        Sheet s = book.createSheet("Biểu 01");
        row(s, 0, "BIỂU 01: MỘT SỐ CHỈ TIÊU KINH TẾ - XÃ HỘI 6 THÁNG ĐẦU NĂM 2023 HUYỆN CỜ ĐỎ");
        row(s, 1, "Đơn vị tính: tỷ đồng");
        row(s, 2, "STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2023", "Ước thực hiện 6 tháng", "", "Cùng kỳ năm 2022");
        row(s, 3, "", "", "", "", "Giá trị", "% KH", "");
        s.addMergedRegion(new CellRangeAddress(2, 2, 4, 5));
        row(s, 4, "1", "Tổng giá trị sản xuất", "tỷ đồng", "8.400", "4.050,5", "48,2", "3.760");
        row(s, 5, "2", "Tổng thu ngân sách nhà nước", "triệu đồng", "210.000", "118.300", "56,3", "104.900");
        row(s, 6, "3", "Tỷ lệ hộ nghèo", "%", "2,5", "2,8", "", "3,4");
        row(s, 7, "4", "Số lao động được giải quyết việc làm", "người", "3.000", "1.620", "54", "1.480");
        s.getRow(4).getCell(4).setCellValue(4050.5);
        budget(book);
    }

    /**
     * A budget sheet whose money columns have no unit column, only the unit note above the header, and whose cells
     * are numbers shown with thousands separators and a percentage: read by their value, they are millions of dong.
     */
    private static void budget(Workbook book) {
        Sheet s = book.createSheet("Biểu 02");
        row(s, 0, "BIỂU 02: THU, CHI NGÂN SÁCH 6 THÁNG ĐẦU NĂM 2023");
        row(s, 1, "Đơn vị tính: triệu đồng");
        row(s, 2, "Chỉ tiêu", "Dự toán năm 2023", "Thực hiện 6 tháng", "So sánh với dự toán (%)");
        Row r = s.createRow(3);
        r.createCell(0).setCellValue("Tổng chi ngân sách địa phương");
        org.apache.poi.ss.usermodel.CellStyle thousands = book.createCellStyle();
        thousands.setDataFormat(book.createDataFormat().getFormat("#,##0"));
        org.apache.poi.ss.usermodel.CellStyle percent = book.createCellStyle();
        percent.setDataFormat(book.createDataFormat().getFormat("0.0%"));
        double[] values = {1250000, 566250};
        for (int c = 0; c < values.length; c++) {
            org.apache.poi.ss.usermodel.Cell cell = r.createCell(c + 1);
            cell.setCellValue(values[c]);
            cell.setCellStyle(thousands);
        }
        org.apache.poi.ss.usermodel.Cell share = r.createCell(3);
        share.setCellValue(0.453);
        share.setCellStyle(percent);
    }

    private static void row(Sheet s, int r, String... cells) {
        Row row = s.createRow(r);
        for (int c = 0; c < cells.length; c++) {
            row.createCell(c).setCellValue(cells[c]);
        }
    }

    private static void write(Workbook book, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            book.write(out);
        }
    }

    /**
     * A three-page PDF in a font with Vietnamese glyphs (Liberation Sans, shipped inside PDFBox), with a running
     * header and page numbers on every page, and a sentence wrapped across two lines.
     */
    public static Path pdf(Path file, String password) throws IOException {
        try (PDDocument doc = new PDDocument(); InputStream font = PDDocument.class.getResourceAsStream(
                "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            PDType0Font f = PDType0Font.load(doc, font);
            List<List<String>> pages = List.of(
                    List.of("ỦY BAN NHÂN DÂN HUYỆN THỚI LAI", "BÁO CÁO", "Tình hình kinh tế - xã hội năm 2022",
                            "Tổng giá trị sản xuất các khu vực ước đạt 16.840 tỷ đồng, tăng 9,3% so với", "cùng kỳ."),
                    List.of("Tổng thu ngân sách nhà nước trên địa bàn đạt 352.600 triệu đồng, đạt 103,7%", "dự toán."),
                    List.of("Tai nạn giao thông xảy ra 7 vụ, làm chết 5 người, bị thương 4 người."));
            int n = 0;
            for (List<String> lines : pages) {
                n++;
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    text(cs, f, 50, 760, "Báo cáo kinh tế - xã hội huyện Thới Lai năm 2022");
                    float y = 700;
                    for (String line : lines) {
                        text(cs, f, 50, y, line);
                        y -= 18;
                    }
                    text(cs, f, 300, 40, String.valueOf(n));
                }
            }
            if (password != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + password, password, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            doc.save(file.toFile());
        }
        return file;
    }

    /** A PDF whose page holds only a drawn shape: what a scan without OCR looks like to a text extractor. */
    public static Path scannedPdf(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.addRect(50, 50, 400, 600);
                cs.fill();
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static void text(PDPageContentStream cs, PDType0Font f, float x, float y, String s) throws IOException {
        cs.beginText();
        cs.setFont(f, 11);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }
}
