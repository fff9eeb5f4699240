package vn.baocao.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtContentBlock;

/**
 * Word files as drafts and document systems leave them: a figure changed with changes tracked, a paragraph moved,
 * sections wrapped in content controls, in the body and in a table cell.
 */
class DocxRevisionsAndControlsTest {

    @TempDir
    static Path tmp;
    static DocumentContent read;

    @BeforeAll
    static void readADraft() throws Exception {
        Path file = tmp.resolve("du-thao-bao-cao.docx");
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("DỰ THẢO BÁO CÁO tình hình kinh tế - xã hội 6 tháng đầu năm 2024");
            // the reviewer changed 5.000 into 5.453 and moved a clause
            XWPFParagraph changed = doc.createParagraph();
            changed.createRun().setText("Tổng thu ngân sách ước đạt ");
            CTP ctp = changed.getCTP();
            CTRunTrackChange deleted = ctp.addNewDel();
            deleted.setId(BigInteger.ONE);
            deleted.setAuthor("Phòng Tài chính");
            deleted.addNewR().addNewDelText().setStringValue("5.000");
            CTRunTrackChange inserted = ctp.addNewIns();
            inserted.setId(BigInteger.TWO);
            inserted.setAuthor("Phòng Tài chính");
            inserted.addNewR().addNewT().setStringValue("5.453");
            ctp.addNewR().addNewT().setStringValue(" tỷ đồng");
            CTRunTrackChange movedAway = ctp.addNewMoveFrom();
            movedAway.setId(BigInteger.valueOf(3));
            movedAway.setAuthor("Phòng Tài chính");
            movedAway.addNewR().addNewDelText().setStringValue(", bằng 36,28% dự toán");
            ctp.addNewR().addNewT().setStringValue(".");

            // a section in a content control: a paragraph, then a table under it
            CTSdtContentBlock section = doc.getDocument().getBody().addNewSdt().addNewSdtContent();
            new XWPFParagraph(section.addNewP(), doc).createRun().setText("Đơn vị tính: triệu đồng");
            XWPFTable inControl = new XWPFTable(section.addNewTbl(), doc, 2, 2);
            inControl.getRow(0).getCell(0).setText("Chỉ tiêu");
            inControl.getRow(0).getCell(1).setText("Thực hiện 6 tháng 2024");
            inControl.getRow(1).getCell(0).setText("Tổng chi ngân sách địa phương");
            inControl.getRow(1).getCell(1).setText("176.300");

            doc.createParagraph().createRun().setText("Đơn vị tính: người");
            XWPFTable table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("Chỉ tiêu");
            table.getRow(0).getCell(1).setText("Thực hiện 6 tháng 2024");
            table.getRow(1).getCell(0).setText("Giải quyết việc làm");
            // the figure of this cell is in a content control of the cell
            CTSdtContentBlock inCell = table.getRow(1).getCell(1).getCTTc().addNewSdt().addNewSdtContent();
            new XWPFParagraph(inCell.addNewP(), table.getRow(1).getCell(1)).createRun().setText("1.250");
            try (OutputStream out = Files.newOutputStream(file)) {
                doc.write(out);
            }
        }
        read = new DocxReader(ReadLimits.standard()).read(new SourceFile(file, Files.size(file), Files.getLastModifiedTime(file).toInstant()));
    }

    @Test
    void trackedDeletionsAndMovesAreNotReadInsertionsAre() {
        assertThat(read.text()).contains("Tổng thu ngân sách ước đạt 5.453 tỷ đồng.").doesNotContain("5.000", "36,28");
    }

    @Test
    void aContentControlsParagraphsAndTablesAreReadInTheirPlace() {
        assertThat(read.text()).contains("Đơn vị tính: triệu đồng\nĐơn vị tính: người");
        assertThat(read.tables()).hasSize(2);
        Table first = read.tables().get(0);
        assertThat(first.caption()).isEqualTo("Đơn vị tính: triệu đồng");
        assertThat(first.rows()).containsExactly(List.of("Chỉ tiêu", "Thực hiện 6 tháng 2024"), List.of("Tổng chi ngân sách địa phương", "176.300"));
    }

    @Test
    void aContentControlInATableCellIsTheCellsText() {
        Table second = read.tables().get(1);
        assertThat(second.caption()).isEqualTo("Đơn vị tính: người");
        assertThat(second.rows().get(1)).containsExactly("Giải quyết việc làm", "1.250");
    }
}
