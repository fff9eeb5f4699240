package vn.baocao.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.support.CliRun;
import vn.baocao.support.SampleReports;
import vn.baocao.support.WarehouseSnapshot;

/** The multi-year sample inbox, a revision and a crafted inconsistent report through the real job. */
class WarehouseViewsTest {

    @TempDir
    static Path tmp;
    static Path wh;
    static CliRun run;

    @BeforeAll
    static void ingest() throws Exception {
        Path inbox = SampleReports.copyTo(tmp.resolve("inbox"));
        // The final figures for quý I/2023, issued after the estimate.
        SampleReports.write(inbox.resolve("thoi-lai/bao-cao-chinh-thuc-quy-I-2023.txt"), """
                ỦY BAN NHÂN DÂN
                HUYỆN THỚI LAI
                Thới Lai, ngày 20 tháng 7 năm 2023
                BÁO CÁO
                Số liệu chính thức quý I/2023
                Tổng giá trị sản xuất các khu vực đạt 4.502 tỷ đồng, tăng 9,27% so với cùng kỳ.
                """);
        // A commune report that contradicts itself in every way the checks look for.
        SampleReports.write(inbox.resolve("xa-tan-hoa/bao-cao-loi.txt"), """
                ỦY BAN NHÂN DÂN
                XÃ TÂN HÒA
                BÁO CÁO
                Tình hình kinh tế - xã hội năm 2023
                Cơ cấu kinh tế: khu vực nông nghiệp chiếm 30%, khu vực công nghiệp - xây dựng chiếm 20%, khu vực dịch vụ chiếm 30%.
                Tổng thu ngân sách nhà nước trên địa bàn đạt 100/400 tỷ đồng, đạt 50% dự toán; trong đó thu nội địa 120 tỷ đồng.
                Tỷ lệ hộ nghèo là 120%.
                Tổng giá trị sản xuất đạt 900 tỷ đồng, tăng 50% so với cùng kỳ. Tổng giá trị sản xuất đạt 950 tỷ đồng.
                """);
        wh = tmp.resolve("w.duckdb");
        run = CliRun.of("ingest", "--input", inbox.toString(), "--warehouse", wh.toString());
    }

    @Test
    void yoyViewHasTheAgreedColumnsAndExactNumbers() throws Exception {
        assertThat(WarehouseSnapshot.rows(wh, """
                SELECT string_agg(column_name, ',' ORDER BY ordinal_position) FROM information_schema.columns WHERE table_name = 'v_yoy'"""))
                .singleElement().asString().startsWith("area,area_level,indicator,unit,period_start,period_end,value,prev_value,prev_source,"
                        + "yoy_abs,yoy_pct,reported_yoy_pct,yoy_disagrees");
        assertThat(WarehouseSnapshot.rows(wh, """
                SELECT period_start || '..' || period_end || ' ' || value || ' ' || prev_value || ' ' || prev_source || ' '
                       || yoy_abs || ' ' || round(yoy_pct, 4) || ' ' || reported_yoy_pct || ' ' || yoy_disagrees
                FROM v_yoy WHERE area = 'Thới Lai' AND indicator = 'budget_revenue' AND period_start = '2024-01' AND period_end = '2024-03'"""))
                .containsExactly("2024-01..2024-03 101200000000.0 92700000000.0 loaded 8500000000.0 9.1694 9.17 false");
        assertThat(WarehouseSnapshot.rows(wh, """
                SELECT value || ' ' || prev_value || ' ' || prev_source || ' ' || round(yoy_pct, 4)
                FROM v_yoy WHERE area = 'Thới Lai' AND indicator = 'tourist_arrivals' AND period_start = '2024-01'"""))
                .containsExactly("18900.0 15300.0 loaded 23.5294");
        // The year 2024 was not loaded before 2024: the earlier level is derived from the stated change (+9,2 %).
        assertThat(WarehouseSnapshot.rows(wh, """
                SELECT prev_source || ' ' || round(prev_value / 1e9, 3)
                FROM v_yoy WHERE area = 'Thới Lai' AND indicator = 'prod_value_total' AND period_start = '2024-01' AND period_end = '2024-12'"""))
                .containsExactly("derived 18452.381");
    }

    @Test
    void theFinalFigureSupersedesTheEstimateAndBothAreKept() throws Exception {
        assertThat(WarehouseSnapshot.rows(wh, """
                SELECT status || ' ' || value || ' ' || superseded_count || ' ' || superseded_values[1] || ' ' || source_file
                FROM v_observation_current
                WHERE area = 'Thới Lai' AND indicator = 'prod_value_total' AND measure = 'value' AND period_start = DATE '2023-01-01'"""))
                .containsExactly("actual 4502000000000.0 1 4480000000000.0 bao-cao-chinh-thuc-quy-I-2023.txt");
        assertThat(WarehouseSnapshot.rows(wh, """
                SELECT version_rank || ' ' || status || ' ' || value FROM v_observation_versions
                WHERE area = 'Thới Lai' AND indicator = 'prod_value_total' AND measure = 'value' AND period_start = DATE '2023-01-01'"""))
                .containsExactly("1 actual 4502000000000.0", "2 estimate 4480000000000.0");
        // Year on year now uses the final figure, and compares it with the change the final report stated.
        assertThat(WarehouseSnapshot.rows(wh, """
                SELECT value || ' ' || round(yoy_pct, 2) || ' ' || reported_yoy_pct || ' ' || yoy_disagrees
                FROM v_yoy WHERE area = 'Thới Lai' AND indicator = 'prod_value_total' AND period_start = '2023-01' AND period_end = '2023-03'"""))
                .containsExactly("4502000000000.0 9.27 9.27 false");
    }

    @Test
    void everyCheckFiresOnTheInconsistentReportAndNoneOnTheCleanOnes() throws Exception {
        assertThat(WarehouseSnapshot.rows(wh, "SELECT DISTINCT check_name || ' ' || severity FROM check_result WHERE source_file = 'bao-cao-loi.txt'"))
                .containsExactlyInAnyOrder("shares_sum_to_100 warning", "value_target_pct_agree warning", "part_exceeds_total error",
                        "impossible_value error", "two_values_in_one_document warning",
                        "area_uncertain warning"); // 'XÃ TÂN HÒA' alone: many communes bear the name
        assertThat(WarehouseSnapshot.count(wh, "SELECT count(*) FROM check_result WHERE source_file <> 'bao-cao-loi.txt'")).isZero();
        assertThat(run.out()).contains("consistency checks        2 error(s), 4 warning(s)", "part_exceeds_total: bao-cao-loi.txt");
    }

    @Test
    void exportsReadBackEqualToTheQuery() throws Exception {
        List<String> expected = WarehouseSnapshot.rows(wh, """
                SELECT area || '|' || indicator || '|' || period_start || '|' || value FROM v_yoy WHERE indicator = 'prod_value_total'""");
        Path csv = tmp.resolve("yoy.csv");
        assertThat(CliRun.of("export", "v_yoy", "--warehouse", wh.toString(), "--out", csv.toString(), "--indicator", "prod_value_total").exit()).isZero();
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
        List<String> fromCsv = new ArrayList<>();
        try (Reader r = new StringReader(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))) {
            for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                fromCsv.add(rec.get("area") + "|" + rec.get("indicator") + "|" + rec.get("period_start") + "|" + String.format(java.util.Locale.ROOT, "%.1f", Double.parseDouble(rec.get("value"))));
            }
        }
        fromCsv.sort(null);
        assertThat(fromCsv).isEqualTo(expected);

        Path xlsx = tmp.resolve("yoy.xlsx");
        assertThat(CliRun.of("export", "v_yoy", "--warehouse", wh.toString(), "--out", xlsx.toString(), "--indicator", "prod_value_total").exit()).isZero();
        List<String> fromXlsx = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            Row head = sheet.getRow(0);
            List<String> names = new ArrayList<>();
            head.forEach(c -> names.add(c.getStringCellValue()));
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Cell value = row.getCell(names.indexOf("value"));
                assertThat(value.getCellType()).isEqualTo(CellType.NUMERIC);
                fromXlsx.add(row.getCell(names.indexOf("area")).getStringCellValue() + "|" + row.getCell(names.indexOf("indicator")).getStringCellValue()
                        + "|" + row.getCell(names.indexOf("period_start")).getStringCellValue() + "|" + String.format(java.util.Locale.ROOT, "%.1f", value.getNumericCellValue()));
            }
        }
        fromXlsx.sort(null);
        assertThat(fromXlsx).isEqualTo(expected);

        Path parquet = tmp.resolve("parquet");
        assertThat(CliRun.of("export", "fact_observation", "--warehouse", wh.toString(), "--out", parquet.toString()).exit()).isZero();
        assertThat(parquet.resolve("year=2023")).isDirectory();
        assertThat(WarehouseSnapshot.count(wh, "SELECT count(*) FROM read_parquet('" + parquet + "/*/*.parquet')"))
                .isEqualTo(WarehouseSnapshot.count(wh, "SELECT count(*) FROM fact_observation"));
    }

    @Test
    void yoyAndSqlCommandsPrintReadableTables() {
        CliRun yoy = CliRun.of("yoy", "--warehouse", wh.toString(), "--indicator", "tourist_arrivals", "--area", "Thới Lai", "--from", "2023");
        assertThat(yoy.exit()).as(yoy.toString()).isZero();
        assertThat(yoy.out()).contains("tourist_arrivals", "2024-01", "18.900 lượt", "15.300 lượt", "loaded", "23,53%", "(2 rows)");
        CliRun sql = CliRun.of("sql", "--warehouse", wh.toString(), "--format", "csv", "SELECT indicator, value FROM v_yoy WHERE indicator = 'tourist_arrivals' ORDER BY value");
        assertThat(sql.out()).startsWith("indicator,value\r\ntourist_arrivals,12500\r\n");
        CliRun write = CliRun.of("sql", "--warehouse", wh.toString(), "DELETE FROM fact_observation");
        assertThat(write.exit()).isEqualTo(vn.baocao.cli.ExitCode.FAILED);
        assertThat(write.err()).contains("read-only");
    }
}
