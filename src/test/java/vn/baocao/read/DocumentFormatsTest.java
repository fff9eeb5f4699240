package vn.baocao.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.cli.ExitCode;
import vn.baocao.support.CliRun;
import vn.baocao.support.Fixtures;
import vn.baocao.support.SampleReports;
import vn.baocao.support.WarehouseSnapshot;

/** A mixed inbox of every supported format through the one nightly job. */
class DocumentFormatsTest {

    @TempDir
    static Path tmp;
    static Path wh;
    static CliRun run;

    @BeforeAll
    static void ingestAMixedInbox() throws Exception {
        Path inbox = tmp.resolve("inbox");
        Fixtures.docx(inbox.resolve("word/bao-cao-quy-I-2024.docx"));
        Files.createDirectories(inbox.resolve("word"));
        for (String doc : new String[] {"bao-cao-quy-II-2019.doc", "bao-cao-6-thang-2021.doc", "bieu-chi-tieu-2024.doc"}) {
            try (var in = DocumentFormatsTest.class.getResourceAsStream("/fixtures/" + doc)) {
                Files.copy(in, inbox.resolve("word/" + doc));
            }
        }
        Fixtures.xlsx(inbox.resolve("excel/bieu-01.xlsx"));
        Fixtures.xls(inbox.resolve("excel/bieu-01-cu.xls"));
        Fixtures.pdf(inbox.resolve("pdf/bao-cao-nam-2022.pdf"), null);
        String report = SampleReports.quarterlyReport("Ô Môn", 3, 2021, 7);
        byte[] utf16 = report.getBytes(StandardCharsets.UTF_16LE);
        byte[] bom = new byte[utf16.length + 2];
        bom[0] = (byte) 0xFF;
        bom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, bom, 2, utf16.length);
        Files.createDirectories(inbox.resolve("text"));
        Files.write(inbox.resolve("text/utf16.txt"), bom);
        Files.write(inbox.resolve("text/windows-1258.txt"), windows1258(SampleReports.quarterlyReport("Vĩnh Thạnh", 2, 2020, 11)));
        Files.write(inbox.resolve("text/tcvn3.txt"), LegacyVietnamese.encode(SampleReports.quarterlyReport("Cờ Đỏ", 4, 2019, 5),
                LegacyVietnamese.Encoding.TCVN3).getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(inbox.resolve("text/vni.txt"), LegacyVietnamese.encode(SampleReports.quarterlyReport("Thới Lai", 1, 2020, 3),
                LegacyVietnamese.Encoding.VNI), StandardCharsets.UTF_8);
        SampleReports.write(inbox.resolve("text/Báo cáo quý I năm 2024 phường An Hòa.md"),
                "# BÁO CÁO\n\nTình hình kinh tế - xã hội quý I/2024 của phường An Hòa\n\n**Giải quyết việc làm** cho 62 lao động.\n");
        wh = tmp.resolve("w.duckdb");
        run = CliRun.of("ingest", "--input", inbox.toString(), "--warehouse", wh.toString());
    }

    /** Windows-1258 has the letters with hats and horns but writes tone marks as combining characters. */
    private static byte[] windows1258(String text) {
        Charset cp = Charset.forName("windows-1258");
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (cp.newEncoder().canEncode(c)) {
                out.append(c);
                continue;
            }
            String d = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
            String tones = d.replaceAll("[^\u0300\u0301\u0303\u0309\u0323]", "");
            String base = java.text.Normalizer.normalize(d.replaceAll("[\u0300\u0301\u0303\u0309\u0323]", ""), java.text.Normalizer.Form.NFC);
            out.append(base).append(tones);
        }
        return out.toString().getBytes(cp);
    }

    @Test
    void everyFormatLoads() throws Exception {
        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("files seen               12", "loaded                   12");
        assertThat(WarehouseSnapshot.rows(wh, "SELECT format FROM document_register"))
                .containsExactly("doc", "doc", "doc", "docx", "md", "pdf", "txt", "txt", "txt", "txt", "xls", "xlsx");
    }

    private static java.util.List<String> facts(String file, String indicator) throws Exception {
        return WarehouseSnapshot.rows(wh, """
                SELECT measure || ' ' || status || ' ' || CAST(value AS DECIMAL(20,2)) || ' ' || strftime(period_start, '%Y-%m') || '..' || strftime(period_end, '%Y-%m')
                       || CASE WHEN table_index IS NULL THEN ' text' ELSE ' table' END
                FROM fact_observation WHERE source_file = '""" + file + "' AND indicator = '" + indicator + "'");
    }

    @Test
    void wordProseTablesFootnotesNestedTablesAndLegacyRuns() throws Exception {
        String f = "bao-cao-quy-I-2024.docx";
        assertThat(facts(f, "prod_value_total")).contains("value estimate 3120000000000.00 2024-01..2024-03 text", "yoy_pct estimate 8.10 2024-01..2024-03 text");
        assertThat(facts(f, "budget_revenue")).containsExactlyInAnyOrder(
                "value target 340000000000.00 2024-01..2024-12 table",
                "value actual 101200000000.00 2024-01..2024-03 table",
                "pct_of_target actual 29.76 2024-01..2024-03 table");
        assertThat(facts(f, "prod_value_agri")).containsExactly("value estimate 1010000000000.00 2024-01..2024-03 text");
        assertThat(facts(f, "traffic_accidents")).containsExactly("value actual 5.00 2024-01..2024-03 text");
        assertThat(facts(f, "new_enterprises")).containsExactly("value actual 41.00 2024-01..2024-03 table");
        assertThat(facts(f, "outpatient_visits")).containsExactly("value actual 24500.00 2024-01..2024-03 text");
        assertThat(WarehouseSnapshot.rows(wh, "SELECT area_type || ' ' || area || ' ' || area_level FROM document_register WHERE path LIKE '%quy-I-2024.docx'"))
                .containsExactly("huyện Phong Điền district");
    }

    @Test
    void tableFiguresHaveTheSameCodesAsProseAndAreGroundedInCells() throws Exception {
        assertThat(facts("bao-cao-quy-II-2019.doc", "budget_revenue")).containsExactlyInAnyOrder(
                "value target 187500000000.00 2019-01..2019-12 table", "value actual 96200000000.00 2019-04..2019-06 table",
                "pct_of_target actual 51.30 2019-04..2019-06 table");
        assertThat(facts("bao-cao-quy-II-2019.doc", "prod_value_total")).contains("value estimate 2840000000000.00 2019-04..2019-06 text");
        assertThat(WarehouseSnapshot.rows(wh, """
                SELECT table_index || ',' || table_row || ',' || table_col || ' ' || evidence FROM fact_observation
                WHERE source_file = 'bao-cao-quy-II-2019.doc' AND indicator = 'budget_revenue' AND status = 'target'"""))
                .containsExactly("0,1,2 table 1, row 2, column 3: Tổng thu ngân sách nhà nước | Kế hoạch năm 2019 = 187.500");
    }

    /**
     * Each table of a .doc is read under its own unit line (the paragraph above it), and a table that ends the
     * document, as LibreOffice saves one, is read too.
     */
    @Test
    void wordBinaryTablesUnderTheirOwnUnitsUpToTheLastOne() throws Exception {
        String f = "bao-cao-6-thang-2021.doc";
        assertThat(facts(f, "budget_revenue")).containsExactlyInAnyOrder(
                "value target 165000000000.00 2021-01..2021-12 table", "value actual 80850000000.00 2021-01..2021-06 table",
                "pct_of_target actual 49.00 2021-01..2021-06 table");
        assertThat(facts(f, "prod_value_total")).containsExactlyInAnyOrder(
                "value target 9200000000000.00 2021-01..2021-12 table", "value actual 4370000000000.00 2021-01..2021-06 table",
                "pct_of_target actual 47.50 2021-01..2021-06 table");
    }

    /** Word stores 'Năm 2023' over 'Kế hoạch' and 'Thực hiện' as one wide cell: each column still reads its year. */
    @Test
    void wordBinaryTwoLevelHeadersWithMergedCells() throws Exception {
        String f = "bieu-chi-tieu-2024.doc";
        assertThat(facts(f, "prod_value_total")).containsExactlyInAnyOrder(
                "value target 8600000000000.00 2023-01..2023-12 table", "value actual 8710000000000.00 2023-01..2023-12 table",
                "value target 9200000000000.00 2024-01..2024-12 table", "value estimate 9350000000000.00 2024-01..2024-12 table");
        assertThat(facts(f, "budget_revenue")).containsExactlyInAnyOrder(
                "value target 160000000000.00 2023-01..2023-12 table", "value actual 171400000000.00 2023-01..2023-12 table",
                "value target 165000000000.00 2024-01..2024-12 table", "value estimate 182600000000.00 2024-01..2024-12 table");
    }

    @Test
    void excelAnnexesWithTwoLevelHeadersUnitColumnsAndUnitNotes() throws Exception {
        for (String f : new String[] {"bieu-01.xlsx", "bieu-01-cu.xls"}) {
            assertThat(facts(f, "prod_value_total")).as(f).containsExactlyInAnyOrder(
                    "value target 8400000000000.00 2023-01..2023-12 table",
                    "value estimate 4050500000000.00 2023-01..2023-06 table",
                    "pct_of_target estimate 48.20 2023-01..2023-06 table",
                    "prev_value actual 3760000000000.00 2022-01..2022-06 table");
            assertThat(facts(f, "budget_revenue")).as(f).contains("value estimate 118300000000.00 2023-01..2023-06 table");
            assertThat(facts(f, "poverty_rate")).as(f).containsExactlyInAnyOrder(
                    "value target 2.50 2023-01..2023-12 table", "value estimate 2.80 2023-01..2023-06 table",
                    "prev_value actual 3.40 2022-01..2022-06 table");
            assertThat(facts(f, "jobs_created")).as(f).contains("value estimate 1620.00 2023-01..2023-06 table");
            // numbers shown '1,250,000' and '45.3%', under 'Đơn vị tính: triệu đồng': millions of dong
            assertThat(facts(f, "budget_expenditure")).as(f).containsExactlyInAnyOrder(
                    "value target 1250000000000.00 2023-01..2023-12 table",
                    "value actual 566250000000.00 2023-01..2023-06 table",
                    "pct_of_target actual 45.30 2023-01..2023-06 table");
        }
        assertThat(WarehouseSnapshot.rows(wh, "SELECT area_type || ' ' || area FROM document_register WHERE path LIKE '%bieu-01.xlsx'")).containsExactly("huyện Cờ Đỏ");
    }

    @Test
    void pdfWithoutItsRunningHeadersAndPageNumbers() throws Exception {
        String f = "bao-cao-nam-2022.pdf";
        assertThat(facts(f, "prod_value_total")).containsExactlyInAnyOrder(
                "value estimate 16840000000000.00 2022-01..2022-12 text", "yoy_pct estimate 9.30 2022-01..2022-12 text");
        assertThat(facts(f, "budget_revenue")).containsExactlyInAnyOrder(
                "value actual 352600000000.00 2022-01..2022-12 text", "pct_of_target actual 103.70 2022-01..2022-12 text");
        assertThat(facts(f, "traffic_deaths")).containsExactly("value actual 5.00 2022-01..2022-12 text");
        assertThat(WarehouseSnapshot.rows(wh, "SELECT evidence FROM fact_observation WHERE source_file = '" + f + "'"))
                .noneMatch(e -> e.contains("Báo cáo kinh tế - xã hội huyện Thới Lai năm 2022"));
    }

    @Test
    void textInUtf16Windows1258AndTheLegacyFontEncodings() throws Exception {
        assertThat(facts("utf16.txt", "prod_value_total")).contains("value estimate 4007000000000.00 2021-07..2021-09 text");
        assertThat(facts("windows-1258.txt", "prod_value_total")).contains("value estimate 4011000000000.00 2020-04..2020-06 text");
        assertThat(facts("tcvn3.txt", "prod_value_total")).contains("value estimate 4005000000000.00 2019-10..2019-12 text");
        assertThat(facts("vni.txt", "prod_value_total")).contains("value estimate 4003000000000.00 2020-01..2020-03 text");
        assertThat(WarehouseSnapshot.rows(wh, "SELECT area_type || ' ' || area FROM document_register WHERE path LIKE '%tcvn3.txt' OR path LIKE '%vni.txt'"))
                .containsExactlyInAnyOrder("huyện Cờ Đỏ", "huyện Thới Lai");
        assertThat(facts("Báo cáo quý I năm 2024 phường An Hòa.md", "jobs_created")).containsExactly("value actual 62.00 2024-01..2024-03 text");
    }
}
