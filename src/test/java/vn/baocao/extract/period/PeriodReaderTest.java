package vn.baocao.extract.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.baocao.extract.meta.MetadataReader;
import vn.baocao.support.Rules;

/** Periods as the genre states them, read in the document they stand in. */
class PeriodReaderTest {

    /** Every period the text names, resolved the way the extractor resolves them. */
    private static List<String> periods(String text) {
        MetadataReader.Reading r = Rules.read(text);
        return r.periods().stream().filter(m -> !m.compared())
                .map(m -> String.valueOf(m.resolve(r.context().withYear(m.year() != null ? m.year() : r.context().year())))).toList();
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = ';', value = {
            "Tình hình công tác quý I/2021;2021-01..2021-03",
            "Báo cáo quý IV năm 2023;2023-10..2023-12",
            "Sản lượng quý 2/2022;2022-04..2022-06",
            "6 tháng đầu năm 2024;2024-01..2024-06",
            "Nhiệm vụ 6 tháng cuối năm 2022;2022-07..2022-12",
            "Trong 9 tháng năm 2023;2023-01..2023-09",
            "Số vụ thụ lý lũy kế 05 tháng đầu năm 2021;2021-01..2021-05",
            "Giá trị tháng 5/2022;2022-05..2022-05",
            "Kết quả thực hiện năm 2020;2020-01..2020-12",
            "Tình hình kinh tế - xã hội tháng 10 và 10 tháng năm 2023;2023-01..2023-10",
            "Tình hình kinh tế - xã hội quý III và 9 tháng năm 2024;2024-01..2024-09",
            "Tình hình kinh tế - xã hội tháng 3 và quý I năm 2022;2022-01..2022-03",
            "Tình hình kinh tế - xã hội tháng 06, quý II và 6 tháng đầu năm 2019;2019-01..2019-06",
            "Thu ngân sách tính đến ngày 15/6/2023;2023-01..2023-06",
            "Trong chín tháng năm 2021;2021-01..2021-09",
            "Kết quả năm tháng đầu năm 2023;2023-01..2023-05",
            "Sản lượng tháng Chạp năm 2020;2020-12..2020-12",
    })
    void genrePeriods(String text, String period) {
        assertThat(periods(text)).as(text).contains(period);
    }

    @Test
    void yearlessMentionsTakeTheDocumentsYear() {
        String doc = "BÁO CÁO\nTình hình kinh tế - xã hội 6 tháng đầu năm 2023\nTrong tháng 5, thu ngân sách đạt 100 tỷ đồng; tính chung 5 tháng đầu năm đạt 400 tỷ đồng.";
        assertThat(periods(doc)).contains("2023-01..2023-06", "2023-05..2023-05", "2023-01..2023-05");
    }

    @Test
    void theWorkingYearOfCourtsAndProcuraciesStartsInTheAutumn() {
        assertThat(periods("TÒA ÁN NHÂN DÂN TỈNH KON TUM\nBÁO CÁO\nKết quả công tác 6 tháng đầu năm 2024\nThụ lý 500 vụ việc."))
                .contains("2023-10..2024-03");
        assertThat(periods("VIỆN KIỂM SÁT NHÂN DÂN TỈNH THANH HÓA\nBÁO CÁO\nKết quả công tác 6 tháng đầu năm 2024\nKiểm sát 100 tin báo."))
                .contains("2023-12..2024-05");
    }

    @Test
    void aPeriodTheDocumentDefinesByDatesIsThosDates() {
        MetadataReader.Reading r = Rules.read("BÁO CÁO\nKết quả công tác 6 tháng đầu năm 2024 (từ ngày 01/12/2023 đến ngày 31/5/2024)\nThụ lý 100 vụ.");
        assertThat(r.metadata().period()).hasToString("2023-12..2024-05");
    }

    @Test
    void cropSeasonsAreLabelsNotPeriods() {
        assertThat(Rules.extract("BÁO CÁO\nTình hình sản xuất nông nghiệp 6 tháng đầu năm 2019\n"
                + "Vụ Đông Xuân 2018-2019, toàn tỉnh gieo cấy được 54.933 ha lúa.").facts())
                .anySatisfy(o -> assertThat(o.season()).isEqualTo("đông xuân 2018-2019"));
    }

    @Test
    void comparedPeriodsAreMarked() {
        MetadataReader.Reading r = Rules.read("Thu ngân sách tăng 7% so với cùng kỳ năm 2021.");
        assertThat(r.periods()).anyMatch(PeriodMention::compared);
    }

    @Test
    void yearsOfLawsAndPlanPhasesAreNoReportingPeriod() {
        assertThat(Rules.read("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nKế hoạch giai đoạn 2021 - 2025.")
                .metadata().period()).isNull();
    }
}
