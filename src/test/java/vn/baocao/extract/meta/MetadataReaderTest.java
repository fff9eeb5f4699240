package vn.baocao.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.baocao.support.Rules;

/** What a document says about itself: from its head, never from the first period-like words of its body. */
class MetadataReaderTest {

    private static DocumentMetadata read(String text) {
        return Rules.read(text).metadata();
    }

    @Test
    void districtQuarterlyReport() {
        DocumentMetadata m = read("""
                ỦY BAN NHÂN DÂN
                HUYỆN THỚI LAI
                Số: 112/BC-UBND
                Thới Lai, ngày 02 tháng 7 năm 2023
                BÁO CÁO
                Tình hình kinh tế - xã hội 6 tháng đầu năm 2023
                Căn cứ Quyết định số 15/QĐ-UBND ngày 10 tháng 1 năm 2023 của Ủy ban nhân dân thành phố.
                """);
        assertThat(m.kind()).isEqualTo("report");
        assertThat(m.issuerField()).isEqualTo("committee");
        assertThat(m.areaName()).isEqualTo("Thới Lai");
        assertThat(m.areaLevel()).isEqualTo("district");
        assertThat(m.period()).hasToString("2023-01..2023-06");
        assertThat(m.number()).isEqualTo("112/BC-UBND");
        assertThat(m.date()).isEqualTo(LocalDate.of(2023, 7, 2));
        assertThat(m.draft()).isFalse();
    }

    @Test
    void aResolutionOnOneYearSettingTheNextYearsTargets() {
        DocumentMetadata m = read("""
                HỘI ĐỒNG NHÂN DÂN
                THÀNH PHỐ CẦN THƠ
                Số: /NQ-HĐND
                DỰ THẢO
                NGHỊ QUYẾT
                Về kết quả thực hiện nhiệm vụ kinh tế - xã hội năm 2024 và mục tiêu, nhiệm vụ, giải pháp năm 2025
                Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
                """);
        assertThat(m.kind()).isEqualTo("resolution");
        assertThat(m.issuerField()).isEqualTo("council");
        assertThat(m.areaName()).isEqualTo("Cần Thơ");
        assertThat(m.areaLevel()).isEqualTo("province");
        assertThat(m.period()).hasToString("2024-01..2024-12");
        assertThat(m.targetYear()).isEqualTo(2025);
        assertThat(m.draft()).isTrue();
        assertThat(m.date()).as("the date of a law cited in the preamble is not the document's").isNull();
    }

    @Test
    void aListOfTargetsIsAPlanForItsYear() {
        DocumentMetadata m = read("""
                CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2024
                (Theo Quyết định số 01/QĐ-UBND ngày 01/01/2024 của UBND tỉnh)
                - Hoàn thành dự toán thu ngân sách: 11.789 tỷ đồng, tăng 7,2% so với dự toán năm 2023.
                """);
        assertThat(m.kind()).isEqualTo("plan");
        assertThat(m.period()).hasToString("2024-01..2024-12");
        assertThat(m.targetYear()).isEqualTo(2024);
    }

    @Test
    void aSixMonthReportIsNotTheWholeYearItsBodyMentions() {
        DocumentMetadata m = read("""
                Thái Nguyên: Nhịp độ phát triển kinh tế đang theo hướng tích cực
                6 tháng đầu năm, giá trị xuất khẩu trên địa bàn ước đạt 17,2 tỷ USD, bằng gần 54% kế hoạch năm.
                Đây là tiền đề quan trọng để Thái Nguyên hoàn thành các chỉ tiêu kinh tế - xã hội trong năm 2022.
                """);
        assertThat(m.period()).hasToString("2022-01..2022-06");
        assertThat(m.areaName()).isEqualTo("Thái Nguyên");
    }

    @Test
    void aPortalsArchiveMenuIsNoTitle() {
        DocumentMetadata m = read("""
                Năm 2018
                Năm 2019
                Tình hình kinh tế - xã hội tháng 11 năm 2020 tỉnh Tiền Giang
                Chỉ số sản xuất công nghiệp tháng 11 ước tăng 5,2% so với cùng kỳ năm trước.
                """);
        assertThat(m.period()).hasToString("2020-11..2020-11");
    }

    @Test
    void aPortalDateInTheHeadIsTheDocumentsDate() {
        DocumentMetadata m = read("""
                Ngày đăng 26/06/2018
                Tình hình kinh tế - xã hội 6 tháng đầu năm 2018 của tỉnh Gia Lai
                Tổng sản phẩm trên địa bàn tăng 8,1%.
                """);
        assertThat(m.date()).isEqualTo(LocalDate.of(2018, 6, 26));
    }
}
