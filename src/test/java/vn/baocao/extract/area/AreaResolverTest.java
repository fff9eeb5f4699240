package vn.baocao.extract.area;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.baocao.extract.meta.DocumentMetadata;
import vn.baocao.support.Rules;

/** The area of a document is a real unit of the gazetteer in force on its date, or unknown; never capitalised words. */
class AreaResolverTest {

    private static DocumentMetadata read(String text) {
        return Rules.read(text).metadata();
    }

    @Test
    void aDistrictAbolishedIn2025IsFoundInA2022Report() {
        DocumentMetadata m = read("""
                ỦY BAN NHÂN DÂN
                HUYỆN NÔNG SƠN
                Nông Sơn, ngày 15 tháng 6 năm 2022
                BÁO CÁO
                Tình hình kinh tế - xã hội 6 tháng đầu năm 2022
                """);
        assertThat(m.areaName()).isEqualTo("Nông Sơn");
        assertThat(m.areaLevel()).isEqualTo("district");
        AdminUnit u = m.area().unit();
        assertThat(u).isNotNull();
        assertThat(Rules.RULES.gazetteer().province(u).name()).isEqualTo("Quảng Nam");
        assertThat(u.validOn(java.time.LocalDate.of(2022, 6, 15))).isTrue();
        assertThat(u.validOn(java.time.LocalDate.of(2025, 6, 1))).as("abolished on 1 January 2025").isFalse();
    }

    @Test
    void theWordsAfterAProvinceAreNotPartOfItsName() {
        assertThat(read("Tỉnh Nghệ An công bố số liệu thống kê 6 tháng đầu năm 2022.").areaName()).isEqualTo("Nghệ An");
        assertThat(read("HĐND huyện Quỳnh Phụ khóa XX tổ chức kỳ họp thứ 8 năm 2023.").areaName()).isEqualTo("Quỳnh Phụ");
    }

    @Test
    void typeWordsBeforeOrdinaryWordsNameNoPlace() {
        DocumentMetadata m = read("""
                BÁO CÁO
                Tình hình 6 tháng đầu năm 2021
                Tòa án tỉnh thụ lý trên 500 vụ. Thành phố cũng đã phát hiện 12 vụ vi phạm; huyện thực hiện tốt công tác tiếp dân.
                """);
        assertThat(m.area()).isNull();
    }

    @Test
    void aCommuneAfterTheReorganisationIsReadAgainstTheNewList() {
        DocumentMetadata m = read("UBND phường Hải Châu báo cáo tình hình kinh tế - xã hội 9 tháng năm 2025. Thu ngân sách đạt 50 tỷ đồng.");
        assertThat(m.areaName()).isEqualTo("Hải Châu");
        assertThat(m.areaLevel()).isEqualTo("commune");
        assertThat(m.areaKey()).startsWith("new:");
    }

    @Test
    void theIssuerInTheHeadOutranksPlacesInTheBody() {
        DocumentMetadata m = read("""
                ỦY BAN NHÂN DÂN HUYỆN CỜ ĐỎ
                BÁO CÁO
                Tình hình kinh tế - xã hội quý I năm 2021
                Phối hợp với thành phố Cần Thơ và tỉnh Hậu Giang tổ chức hội chợ; thu ngân sách đạt 50 tỷ đồng.
                """);
        assertThat(m.areaName()).isEqualTo("Cờ Đỏ");
        assertThat(m.areaLevel()).isEqualTo("district");
    }
}
