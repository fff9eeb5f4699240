package vn.baocao.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SectionHeadingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Điều 1. Về kết quả thực hiện nhiệm vụ kinh tế - xã hội năm 2024                      | result",
            "Điều 2. Về mục tiêu, các chỉ tiêu, nhiệm vụ và giải pháp chủ yếu năm 2025            | target",
            "Điều 2. Hội đồng nhân dân quận tán thành nhiệm vụ, giải pháp do Ủy ban đề ra          | target",
            "Điều 1. Hội đồng nhân dân thống nhất với kết quả thực hiện Nghị quyết                 | result",
            "II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2021                                       | target",
            "2. Các chỉ tiêu chủ yếu                                                                | target",
            "2.1. Các chỉ tiêu kinh tế                                                              | target",
            "I. Tình hình kinh tế - xã hội quý I/2023                                               | result",
            "1. Kết quả đạt được                                                                    | result",
            "2. Thường xuyên phân tích, đánh giá các nguồn thu                                      | none",
            "1.3. Hoạt động các nguồn vốn cho đầu tư phát triển                                     | none",
            "Tổng thu ngân sách đạt 100 tỷ đồng, đạt 50% kế hoạch.                                 | none",
    })
    void tellsResultPartsFromTargetParts(String heading, String expected) {
        Optional<Boolean> got = SectionHeading.classify(IndicatorDictionary.fold(heading));
        String kind = got.map(t -> t ? "target" : "result").orElse("none");
        assertThat(kind).isEqualTo(expected);
    }
}
