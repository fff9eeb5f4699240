package vn.baocao.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.baocao.support.Rules;

/**
 * How the engine binds figures to what a sentence is about: the constructions of the genre that no single
 * rule file entry shows, each with the real report text it comes from.
 */
class ObservationExtractorTest {

    private static final String HEAD = "ỦY BAN NHÂN DÂN QUẬN CÁI RĂNG\nBÁO CÁO\nTình hình kinh tế - xã hội quý I năm 2021\n";

    private static List<Observation> read(String body) {
        return Rules.extract(HEAD + body).facts();
    }

    private static void has(List<Observation> got, String... specs) {
        for (String s : specs) {
            boolean absent = s.startsWith("!");
            RuleExamples.Spec spec = RuleExamples.Spec.parse(absent ? s.substring(1) : s);
            assertThat(got.stream().anyMatch(spec::matches)).as((absent ? "should not read " : "should read ") + s + "\n  read: " + got)
                    .isNotEqualTo(absent);
        }
    }

    @Test
    void countsOfOneThingInTwoUnitsShareTheirPhraseAndTheirChange() {
        has(read("Trong quý, phát hiện 98 vụ 362 đối tượng vi phạm pháp luật (truy cứu trách nhiệm hình sự 35 vụ và 45 đối tượng)"
                        + " (so với cùng kỳ tăng 26 vụ và 113 đối tượng)."),
                "police_violation_cases value observed 98", "police_violation_persons value observed 362",
                "criminal_prosecuted_cases value observed 35", "criminal_prosecuted_persons value observed 45",
                "police_violation_cases yoy_abs observed 26", "police_violation_persons yoy_abs observed 113",
                "!criminal_prosecuted_cases yoy_abs observed 26");
        has(read("Kiểm sát điều tra 84 vụ/117 bị can, đã giải quyết 46 vụ/72 bị can, đạt tỷ lệ 54,8%."),
                "procuracy_investigation_cases value observed 84", "procuracy_investigation_defendants value observed 117",
                "procuracy_investigation_resolved_cases value observed 46", "procuracy_investigation_resolved_defendants value observed 72",
                "procuracy_investigation_resolution_rate value observed 54.8");
    }

    @Test
    void aPhraseThatLeadsIntoTheNextFigureIsThatFiguresSubject() {
        has(read("Tổng số hồ sơ thụ lý thi hành án dân sự là 1.097 việc; ủy thác là 46 việc, tổng số việc phải thi hành là 1.051 việc."),
                "enforcement_cases_accepted value observed 1097", "!enforcement_cases_accepted value observed 46");
    }

    @Test
    void aFootnoteReadsInTheContextAndPeriodOfItsMark() {
        String text = "· Tòa án nhân dân quận lũy kế 05 tháng đầu năm 2021: thụ lý 665 vụ, việc các loại; đã giải quyết 316 vụ66, việc.\n"
                + "· Công tác thi hành án dân sự: tổng số việc phải thi hành là 1.051 việc; thi hành xong 332 việc, đạt tỷ lệ 54,52%.\n"
                + "66 Trong đó, án hình sự đã giải quyết 42/64 vụ, đạt tỷ lệ 65,6%.\n";
        has(read(text), "court_criminal_resolved value observed 42 2021-01..2021-05", "court_criminal_accepted value observed 64",
                "!enforcement_cases_rate value observed 65.6");
    }

    @Test
    void aChangeRestatedInPercentTakesTheDirectionOfTheChangeBeforeIt() {
        has(read("Giá trị sản xuất nông nghiệp ước thực hiện được 66 tỷ đồng, đạt 33% chỉ tiêu, giảm 12,8 tỷ đồng, tương đương 16,2% so cùng kỳ."),
                "prod_value_agri yoy_abs observed -12800000000", "prod_value_agri yoy_pct observed -16.2");
    }

    @Test
    void twoSectorsJoinedShareAFigureThatIsNeithers() {
        has(read("Tổng sản phẩm trên địa bàn tăng 7,08%; khu vực công nghiệp - xây dựng tăng 8,51%; khu vực dịch vụ và thuế sản phẩm tăng 6%."),
                "grdp_growth_industry_construction value observed 8.51", "!grdp_growth_product_tax value observed 6",
                "!grdp_growth_services value observed 6");
    }

    @Test
    void aBreakdownOnItsOwnLineReadsInTheContextOfTheLineAbove() {
        has(read("Tổng sản phẩm trên địa bàn tỉnh quý I ước tăng 6,3% so với cùng kỳ.\n"
                        + "Trong đó, khu vực nông - lâm - thủy sản tăng 3,09%; khu vực công nghiệp - xây dựng tăng 8,8%.\n"),
                "grdp_growth_agri value observed 3.09", "grdp_growth_industry_construction value observed 8.8");
    }

    @Test
    void aBareRateAfterAnUnnamedCountIsThatCountsRate() {
        has(read("Tòa án thụ lý 665 vụ, đã giải quyết 316 vụ, đạt tỷ lệ 47,52%. Đã hòa giải thành được 87/316 vụ án, đạt tỷ lệ 27,53%."),
                "court_resolution_rate value observed 47.52", "!court_resolution_rate value observed 27.53");
    }

    @Test
    void aZeroCountsSomethingOnlyThroughACountNoun() {
        has(read("Tai nạn giao thông: không xảy ra (so cùng kỳ giảm 03 vụ). Đạt phường lành mạnh không có tệ nạn ma túy."),
                "traffic_accidents value observed 0", "traffic_accidents yoy_abs observed -3", "!drug_cases value observed 0");
    }

    @Test
    void anAsideInBracketsDoesNotChangeWhatTheSentenceIsAbout() {
        has(read("Triệt phá 30 vụ 143 đối tượng đánh bạc ăn thua bằng tiền (so cùng kỳ giảm 01 vụ và tăng 04 đối tượng)."),
                "gambling_cases value observed 30", "gambling_persons value observed 143", "gambling_cases yoy_abs observed -1",
                "gambling_persons yoy_abs observed 4");
    }

    @Test
    void lastYearsGrowthIsAPreviousValue() {
        has(read("Tổng sản phẩm trên địa bàn quý I/2021 tăng 5,56% so với cùng kỳ, xếp thứ 13/14 tỉnh Trung du và miền núi phía Bắc, "
                        + "cao hơn mức tăng 5,03% của quý I/2020."),
                "grdp_growth_rate value observed 5.56", "grdp_growth_rate prev_value observed 5.03 2020-01..2020-03");
    }

    @Test
    void aTargetListUnderAHeadingIsTargetsForTheYearItNames() {
        List<Observation> got = Rules.extract("NGHỊ QUYẾT\nVề kết quả năm 2024 và mục tiêu, nhiệm vụ năm 2025\n"
                + "Điều 2. Các chỉ tiêu chủ yếu năm 2025\nTốc độ tăng trưởng kinh tế (GRDP) đạt tối thiểu từ 9,5% trở lên; "
                + "giảm tỷ lệ hộ nghèo 0,04%, tỷ lệ hộ nghèo còn 0,05%.\n").facts();
        has(got, "grdp_growth_rate value target 9.5 2025-01..2025-12", "poverty_rate value target 0.05 2025-01..2025-12",
                "poverty_rate yoy_abs target -0.04");
    }

    @Test
    void everyFigureKeepsWhereItWasRead() {
        String text = HEAD + "Thu ngân sách nhà nước trên địa bàn đạt 96.480 triệu đồng.";
        Observation o = Rules.extract(text).facts().get(0);
        assertThat(o.rule()).contains("budget_revenue").contains("indicators.csv");
        assertThat(o.charStart()).isNotNull();
        assertThat(text.substring(o.charStart(), o.charEnd())).isEqualTo("96.480 triệu đồng");
    }
}
