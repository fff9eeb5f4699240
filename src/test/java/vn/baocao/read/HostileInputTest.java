package vn.baocao.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.cli.ExitCode;
import vn.baocao.support.CliRun;
import vn.baocao.support.Fixtures;
import vn.baocao.support.SampleReports;
import vn.baocao.support.WarehouseSnapshot;

/** Junk an inbox receives: every file is rejected with its reason, and the good files of the same run load. */
class HostileInputTest {

    @TempDir
    static Path tmp;
    static Path inbox;
    static Path wh;
    static CliRun run;

    @BeforeAll
    static void ingestAnInboxFullOfJunk() throws Exception {
        inbox = tmp.resolve("inbox");
        SampleReports.copyTo(inbox);
        Fixtures.pdf(inbox.resolve("that-ra-la-pdf.docx"), null);
        Files.write(inbox.resolve("rong.docx"), new byte[0]);
        Path good = Fixtures.docx(tmp.resolve("good.docx"));
        byte[] bytes = Files.readAllBytes(good);
        Files.write(inbox.resolve("cat-ngang.docx"), Arrays.copyOf(bytes, bytes.length / 2));
        encrypt(bytes, inbox.resolve("co-mat-khau.docx"));
        Fixtures.pdf(inbox.resolve("ma-hoa.pdf"), "matkhau");
        Fixtures.scannedPdf(inbox.resolve("ban-scan.pdf"));
        zipBomb(inbox.resolve("bom-nen.docx"));
        Files.writeString(inbox.resolve("so-lieu.pdf"), "Tổng thu ngân sách đạt 100 tỷ đồng.", StandardCharsets.UTF_8);
        // what portals and older office systems serve under Word and Excel names
        Files.writeString(inbox.resolve("trang-web.doc"), "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">\n<head><meta charset=\"utf-8\">"
                + "</head><body><p class=MsoNormal>Tổng thu ngân sách đạt 120 tỷ đồng.</p></body></html>", StandardCharsets.UTF_8);
        Files.writeString(inbox.resolve("bieu-xuat.xls"), "\uFEFF<table><tr><td>Tổng thu ngân sách</td><td>130</td></tr></table>", StandardCharsets.UTF_8);
        Files.writeString(inbox.resolve("luu-tru.doc"), "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"----=_NextPart_01D9\"\r\n\r\n"
                + "------=_NextPart_01D9\r\nContent-Type: text/html; charset=\"utf-8\"\r\n\r\n<html><body>Thu ngân sách 150 tỷ đồng</body></html>", StandardCharsets.UTF_8);
        Files.writeString(inbox.resolve("van-ban.doc"), "{\\rtf1\\ansi\\ansicpg1258 T\\u7893?ng thu ng\\u226?n s\\u225?ch \\u273?\\u7841?t 140 t\\u7927? \\u273?\\u7891?ng.}",
                StandardCharsets.US_ASCII);
        Files.createSymbolicLink(inbox.resolve("vong-lap"), inbox);
        wh = tmp.resolve("w.duckdb");
        run = CliRun.of("ingest", "--input", inbox.toString(), "--warehouse", wh.toString());
    }

    private static void encrypt(byte[] docx, Path target) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("matkhau");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(docx);
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                fs.writeFilesystem(out);
            }
        }
    }

    /** A Word package whose document part inflates a thousandfold: 30 MB of spaces in a few kilobytes. */
    private static void zipBomb(Path target) throws Exception {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" "
                    + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>").getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 30; i++) {
                zip.write(spaces);
            }
            zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    @Test
    void theGoodFilesLoadAndTheRunSaysSomeWereRejected() throws Exception {
        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCode.REJECTED_FILES);
        assertThat(run.out()).contains("loaded                    5");
        assertThat(WarehouseSnapshot.rows(wh, "SELECT format FROM document_register WHERE path LIKE '%that-ra-la-pdf.docx'"))
                .containsExactly("pdf (named .docx)");
    }

    @Test
    void eachJunkFileIsRejectedWithItsReason() {
        assertThat(run.out()).contains(
                "rong.docx: empty file",
                "cat-ngang.docx: corrupt or truncated",
                "co-mat-khau.docx: password-protected Office document",
                "ma-hoa.pdf: encrypted PDF: it needs a password to open",
                "ban-scan.pdf: no text layer: needs OCR (a scanned PDF of 1 page)",
                "bom-nen.docx: zip bomb suspected",
                "so-lieu.pdf: wrong extension: named .pdf but the content is plain text\n",
                "trang-web.doc: wrong extension: named .doc but the content is a web page (HTML); open it in Word or LibreOffice and save it as .docx",
                "bieu-xuat.xls: wrong extension: named .xls but the content is a web page (HTML); open it in Word or LibreOffice and save it as .xlsx",
                "luu-tru.doc: wrong extension: named .doc but the content is a web archive (MHT); open it in Word or LibreOffice and save it as .docx",
                "van-ban.doc: wrong extension: named .doc but the content is a Rich Text (RTF) file; open it in Word or LibreOffice and save it as .docx",
                "vong-lap: symbolic link loop, not followed");
    }

    @Test
    void anEnormousFileIsRejectedUnreadUnderTheConfiguredLimit() throws Exception {
        Path small = tmp.resolve("small-inbox");
        SampleReports.copyTo(small);
        try (RandomAccessFile big = new RandomAccessFile(small.resolve("khong-lo.txt").toFile(), "rw")) {
            big.setLength(3L * 1024 * 1024);
        }
        Path config = tmp.resolve("ingest.properties");
        Files.writeString(config, "max-file-mb = 2\ndictionary = " + Path.of("jobs/dictionary/indicators.csv").toAbsolutePath() + "\n");

        CliRun r = CliRun.of("ingest", "--config", config.toString(), "--input", small.toString(), "--warehouse", tmp.resolve("big.duckdb").toString());

        assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCode.REJECTED_FILES);
        assertThat(r.out()).contains("khong-lo.txt: file too large: 3145728 bytes (limit 2097152 bytes", "loaded                    4");
    }
}
