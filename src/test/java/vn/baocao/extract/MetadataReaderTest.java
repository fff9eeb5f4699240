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
}
