package vn.baocao.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MetadataReaderTest {

    private final MetadataReader reader = new MetadataReader();

    @Test
    void districtQuarterlyReport() {
        DocumentMetadata m = reader.read("""
                ỦY BAN NHÂN DÂN
                HUYỆN PHONG ĐIỀN
                Số: 112/BC-UBND
                Phong Điền, ngày 02 tháng 7 năm 2023
                BÁO CÁO
                Tình hình kinh tế - xã hội 6 tháng đầu năm 2023
                """);
        assertThat(m.kind()).isEqualTo("report");
        assertThat(m.area()).isEqualTo("huyện Phong Điền");
        assertThat(m.areaLevel()).isEqualTo("district");
        assertThat(m.period()).hasToString("2023-01..2023-06");
        assertThat(m.number()).isEqualTo("112/BC-UBND");
        assertThat(m.issued()).isEqualTo(LocalDate.of(2023, 7, 2));
        assertThat(m.draft()).isFalse();
    }

    @Test
    void provincialCityResolutionSettingNextYearsTargets() {
        DocumentMetadata m = reader.read("""
                HỘI ĐỒNG NHÂN DÂN
                THÀNH PHỐ CẦN THƠ
                Số: /NQ-HĐND
                DỰ THẢO
                NGHỊ QUYẾT
                Về kết quả thực hiện nhiệm vụ kinh tế - xã hội năm 2024 và mục tiêu, nhiệm vụ, giải pháp năm 2025
                Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
                """);
        assertThat(m.kind()).isEqualTo("resolution");
        assertThat(m.area()).isEqualTo("thành phố Cần Thơ");
        assertThat(m.areaLevel()).isEqualTo("province");
        assertThat(m.period()).hasToString("2024-01..2024-12");
        assertThat(m.targetYear()).isEqualTo(2025);
        assertThat(m.draft()).isTrue();
    }

    @Test
    void wardPlanAndAreaFromTheBody() {
        DocumentMetadata plan = reader.read("""
                HỘI ĐỒNG NHÂN DÂN PHƯỜNG LÁI THIÊU
                NGHỊ QUYẾT
                Kế hoạch phát triển kinh tế - xã hội năm 2024
                """);
        assertThat(plan.kind()).isEqualTo("plan");
        assertThat(plan.area()).isEqualTo("phường Lái Thiêu");
        assertThat(plan.areaLevel()).isEqualTo("commune");
        assertThat(plan.targetYear()).isEqualTo(2024);

        DocumentMetadata body = reader.read("""
                BÁO CÁO
                tình hình công tác quý I/2021
                Trong Quý I/2021, tình hình kinh tế xã hội của quận Cái Răng đã đạt được một số kết quả
                """);
        assertThat(body.area()).isEqualTo("quận Cái Răng");
        assertThat(body.areaLevel()).isEqualTo("district");
        assertThat(body.period()).hasToString("2021-01..2021-03");
    }

    @Test
    void statisticsOfficeBulletinForAMonth() {
        DocumentMetadata m = reader.read("""
                CỤC THỐNG KÊ TỈNH VĨNH LONG
                Vĩnh Long, ngày 29 tháng 5 năm 2023
                BÁO CÁO
                Tình hình kinh tế - xã hội tháng 5 và 5 tháng đầu năm 2023
                """);
        assertThat(m.issuer()).isEqualTo("Cục thống kê tỉnh Vĩnh Long");
        assertThat(m.area()).isEqualTo("tỉnh Vĩnh Long");
        assertThat(m.areaLevel()).isEqualTo("province");
        assertThat(m.period()).hasToString("2023-05..2023-05");
    }

    @Test
    void communeReportWithAbbreviatedIssuerAndACityOfAProvince() {
        DocumentMetadata commune = reader.read("""
                UBND XÃ TÂN PHÚ
                BÁO CÁO
                Kết quả thực hiện nhiệm vụ quý III năm 2025
                """);
        assertThat(commune.issuer()).isEqualTo("UBND xã Tân Phú");
        assertThat(commune.areaLevel()).isEqualTo("commune");
        assertThat(commune.period()).hasToString("2025-07..2025-09");

        DocumentMetadata city = reader.read("""
                ỦY BAN NHÂN DÂN THÀNH PHỐ THỦ DẦU MỘT
                BÁO CÁO
                Tình hình kinh tế - xã hội năm 2019
                """);
        assertThat(city.area()).isEqualTo("thành phố Thủ Dầu Một");
        assertThat(city.areaLevel()).isEqualTo("district");
        assertThat(city.period()).hasToString("2019-01..2019-12");
    }

    @Test
    void portalNewsWithoutAHeader() {
        DocumentMetadata m = reader.read("""
                Kinh tế huyện Châu Thành 9 tháng năm 2023 tăng trưởng khá
                Theo báo cáo của UBND huyện Châu Thành, tổng giá trị sản xuất ước đạt 15.640 tỷ đồng.
                """);
        assertThat(m.kind()).isEqualTo("other");
        assertThat(m.area()).isEqualTo("huyện Châu Thành");
        assertThat(m.period()).hasToString("2023-01..2023-09");
    }
}
