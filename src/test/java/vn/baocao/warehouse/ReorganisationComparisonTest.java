package vn.baocao.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.support.CliRun;
import vn.baocao.support.SampleReports;
import vn.baocao.support.WarehouseSnapshot;

/**
 * Year-on-year across the 1 July 2025 reorganisation, through the real job: Cần Thơ,
 * Hậu Giang and Sóc Trăng went whole into the new thành phố Cần Thơ (new:92); Hà Nội
 * only changed list (old:01 to new:01).
 */
class ReorganisationComparisonTest {

    @TempDir
    static Path tmp;
    static Path wh;

    @BeforeAll
    static void ingest() throws Exception {
        Path inbox = tmp.resolve("inbox");
        report(inbox.resolve("ct-2024.txt"), "THÀNH PHỐ CẦN THƠ", "Cần Thơ", "thành phố Cần Thơ", 2024, "18.500", "2.100.000");
        report(inbox.resolve("hg-2024.txt"), "TỈNH HẬU GIANG", "Hậu Giang", "tỉnh Hậu Giang", 2024, "6.200", "500.000");
        report(inbox.resolve("st-2024.txt"), "TỈNH SÓC TRĂNG", "Sóc Trăng", "tỉnh Sóc Trăng", 2024, "7.300", null);
        report(inbox.resolve("ct-2025.txt"), "THÀNH PHỐ CẦN THƠ", "Cần Thơ", "thành phố Cần Thơ", 2025, "34.000", "3.800.000");
        report(inbox.resolve("hn-2024.txt"), "THÀNH PHỐ HÀ NỘI", "Hà Nội", "Thủ đô Hà Nội", 2024, "510.000", "28.000.000");
        report(inbox.resolve("hn-2025.txt"), "THÀNH PHỐ HÀ NỘI", "Hà Nội", "Thủ đô Hà Nội", 2025, "561.000", "30.800.000");
        wh = tmp.resolve("w.duckdb");
        CliRun run = CliRun.of("ingest", "--input", inbox.toString(), "--warehouse", wh.toString());
        assertThat(run.exit()).as(run.toString()).isZero();
    }

    private static void report(Path file, String issuer, String place, String area, int year, String revenue, String tourists)
            throws Exception {
        SampleReports.write(file, """
                ỦY BAN NHÂN DÂN
                %s

                Số: %d/BC-UBND

                %s, ngày 15 tháng 1 năm %d

                BÁO CÁO
                Tình hình kinh tế - xã hội năm %d

                Năm %d, tình hình kinh tế - xã hội trên địa bàn %s tiếp tục ổn định.

                1. Ngân sách: tổng thu ngân sách nhà nước trên địa bàn năm %d đạt %s tỷ đồng, tăng 8,5%% so với cùng kỳ.
                %s""".formatted(issuer, year % 100 + 10, place, year + 1, year, year, area, year, revenue,
                tourists == null ? "" : "\n2. Du lịch: Khách du lịch năm " + year + " đạt " + tourists + " lượt.\n"));
    }

    private static List<String> yoy(String where) throws Exception {
        return WarehouseSnapshot.rows(wh, """
                SELECT area_key, indicator, period_start, comparison, prev_source, round(prev_value / 1e9, 1), round(yoy_pct, 2),
                       coalesce(predecessors, '-'), coalesce(CAST(yoy_disagrees AS VARCHAR), '-')
                FROM v_yoy WHERE\s""" + where);
    }

    @Test
    void lineageTellsAMergerFromACodeChange() throws Exception {
        assertThat(WarehouseSnapshot.rows(wh, "SELECT old_key, new_key, relation, predecessor_count FROM v_area_lineage"))
                .containsExactly(
                        "old:01 | new:01 | same unit | 1",
                        "old:92 | new:92 | merged | 3",
                        "old:93 | new:92 | merged | 3",
                        "old:94 | new:92 | merged | 3");
    }

    @Test
    void aMergedProvinceIsComparedWithTheSumOfItsPredecessorsOnARowOfItsOwn() throws Exception {
        assertThat(yoy("area_key = 'new:92' AND indicator = 'budget_revenue'")).containsExactly(
                // like for like: the new city has no earlier level of its own; the report's 8.5 % implies one
                "new:92 | budget_revenue | 2025-01 | same unit | derived | 31336.4 | 8.5 | - | -",
                // 18 500 + 6 200 + 7 300 = 32 000 tỷ: 6.25 %, not the 8.5 % the report states
                "new:92 | budget_revenue | 2025-01 | sum of predecessors | predecessors | 32000.0 | 6.25 | Cần Thơ + Hậu Giang + Sóc Trăng | true");
    }

    @Test
    void noSumWhenAPredecessorDidNotReport() throws Exception {
        // Sóc Trăng gave no tourist figure for 2024
        assertThat(yoy("area_key = 'new:92' AND indicator = 'tourist_arrivals'"))
                .extracting(r -> r.split(" \\| ")[3])
                .containsExactly("same unit");
    }

    @Test
    void theOldCityIsNotComparedWithTheMergedOne() throws Exception {
        assertThat(yoy("area_key = 'new:92' AND prev_source = 'loaded'")).isEmpty();
    }

    @Test
    void yoyNamesThePredecessorsOnTheirOwnRow() {
        CliRun run = CliRun.of("yoy", "--warehouse", wh.toString(), "--indicator", "budget_revenue", "--from", "2025");
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("32.000 tỷ đồng", "sum of Cần Thơ + Hậu Giang + Sóc Trăng", "6,25%", "DISAGREES");
        // the like-for-like row of the merged city comes first and is derived from the stated change, not summed
        assertThat(run.out().indexOf("derived")).isLessThan(run.out().indexOf("sum of Cần Thơ"));
    }

    @Test
    void aUnitThatOnlyChangedListIsComparedWithItself() throws Exception {
        assertThat(yoy("area_key = 'new:01' AND indicator = 'budget_revenue'")).containsExactly(
                "new:01 | budget_revenue | 2025-01 | same unit | loaded | 510000.0 | 10.0 | - | true");
    }
}
