package vn.baocao.extract.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.baocao.extract.Observation;
import vn.baocao.extract.meta.DocumentMetadata;
import vn.baocao.read.Table;
import vn.baocao.support.Rules;

/** Tables as a statistician reads them: header words give each column its role and period, notes and names give units. */
class TableExtractorTest {

    private static final TableExtractor TABLES = new TableExtractor(Rules.RULES.dictionary(), Rules.RULES.language());

    private static DocumentMetadata meta(String head) {
        return Rules.read(head).metadata();
    }

    private static String describe(Observation o) {
        return o.indicator() + " " + o.measure() + " " + o.status() + " " + java.math.BigDecimal.valueOf(o.value()).stripTrailingZeros().toPlainString()
                + (o.valueHigh() == null ? "" : ".." + java.math.BigDecimal.valueOf(o.valueHigh()).stripTrailingZeros().toPlainString())
                + " " + o.period();
    }

    @Test
    void aUnitNoteAboveTheHeaderAppliesToTheMoneyColumns() {
        Table t = new Table(0, "Thu chi", "", List.of(
                List.of("Đơn vị tính: triệu đồng", "", ""),
                List.of("Chỉ tiêu", "Dự toán năm 2023", "Thực hiện 6 tháng"),
                List.of("Tổng thu ngân sách nhà nước", "1.200.000", "650.500")));
        List<String> got = TABLES.extract(t, meta("BÁO CÁO\nTình hình thu chi ngân sách 6 tháng đầu năm 2023")).stream()
                .map(TableExtractorTest::describe).toList();
        assertThat(got).contains("budget_revenue value target 1200000000000 2023-01..2023-12",
                "budget_revenue value actual 650500000000 2023-01..2023-06");
    }

    @Test
    void aUnitColumnAndComparisonColumns() {
        Table t = new Table(0, null, "", List.of(
                List.of("STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2024", "Ước thực hiện 6 tháng", "So sánh % KH", "So sánh % CK"),
                List.of("1", "Sản lượng lúa", "Tấn", "250.000", "120.500", "48,2", "103,5")));
        List<String> got = TABLES.extract(t, meta("BÁO CÁO\nTình hình 6 tháng đầu năm 2024")).stream().map(TableExtractorTest::describe).toList();
        assertThat(got).contains("rice_output value target 250000 2024-01..2024-12", "rice_output value estimate 120500 2024-01..2024-06",
                "rice_output pct_of_target actual 48.2 2024-01..2024-06", "rice_output yoy_pct actual 3.5 2024-01..2024-06");
    }

    @Test
    void aTableFlattenedWithPipesKeepsItsColumnsRangesSubRowsAndUnitsInNames() {
        String text = "Nghị quyết đã đề ra 15 chỉ tiêu, cụ thể như sau:\nStt\n|\nChỉ tiêu chủ yếu\n|\nTH năm 2023\n|\nKH năm 2024\n|\nƯớc TH 2024\n|\nĐánh giá\n|\n"
                + "1\n|\nTốc độ tăng GRDP (%), trong đó:\n|\n7,03\n|\n8,5-9,5\n|\n8-8,5\n|\nĐạt\n|\n|\n- Dịch vụ (%)\n|\n8,66\n|\n9,5-10,7\n|\n8,1\n|\n"
                + "3\n|\nCơ cấu kinh tế\n|\n|\n|\n|\nĐạt\n|\n|\n- Dịch vụ (%)\n|\n48,84\n|\n47 - 49\n|\n48,5\n|\n"
                + "4\n|\nTổng vốn đầu tư toàn xã hội\n(tỷ đồng)\n|\n29.459\n|\n33.000-34.000\n|\n34.100\n|\nĐạt\n";
        List<String> got = Rules.extract(text).facts().stream().map(TableExtractorTest::describe).toList();
        assertThat(got).contains("grdp_growth_rate value actual 7.03 2023-01..2023-12", "grdp_growth_rate value target 8.5..9.5 2024-01..2024-12",
                "grdp_growth_rate value estimate 8..8.5 2024-01..2024-12", "grdp_growth_services value actual 8.66 2023-01..2023-12",
                "econ_share_services value target 47..49 2024-01..2024-12",
                "social_investment value target 33000000000000..34000000000000 2024-01..2024-12");
    }

    @Test
    void aTableFlattenedOneCellPerLine() {
        String text = "Tốc độ phát triển tổng sản phẩm trên địa bàn so với cùng kỳ năm trước (%)\n6 tháng đầu năm 2019\n6 tháng cuối năm 2019\nCả năm 2019\n"
                + "Tổng số\n107,52\n109,68\n108,64\n- Nông, lâm nghiệp, thủy sản\n101,2\n102,4\n101,9\n";
        List<String> got = Rules.extract(text).facts().stream().map(TableExtractorTest::describe).toList();
        assertThat(got).contains("grdp_growth_rate value actual 7.52 2019-01..2019-06", "grdp_growth_rate value actual 8.64 2019-01..2019-12",
                "grdp_growth_agri value actual 1.9 2019-01..2019-12");
    }

    @Test
    void headersAreDescribedTheWayTablesCsvStatesThem() {
        assertThat(TABLES.describe(List.of("Chỉ tiêu", "ĐVT", "Kế hoạch năm 2023", "Ước thực hiện 6 tháng"))).isEqualTo("name unit target estimate");
        assertThat(TABLES.describe(List.of("Đơn vị tính: tỷ đồng"))).isEqualTo("unit=VND factor=1000000000");
    }
}
