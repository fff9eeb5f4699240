package vn.baocao.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityScannerTest {

    private final QuantityScanner scanner = new QuantityScanner();

    private Quantity only(String text) {
        List<Quantity> qs = scanner.scan(text);
        assertThat(qs).as(text).hasSize(1);
        return qs.get(0);
    }

    @Test
    void moneyIsMultipliedToDong() {
        assertThat(only("ước đạt 5.453 tỷ đồng").value()).isEqualTo(5.453e12);
        assertThat(only("với số tiền 217,75 triệu đồng").value()).isEqualTo(217_750_000d);
        assertThat(only("trị giá 300 nghìn đồng").value()).isEqualTo(300_000d);
        assertThat(only("thu 1,2 nghìn tỷ đồng").value()).isEqualTo(1.2e12);
        assertThat(only("tổng số tiền là 6.895.400.000 đồng").value()).isEqualTo(6_895_400_000d);
        assertThat(only("đạt 133.439 triệu").unit()).isEqualTo(Unit.VND);
        assertThat(only("xuất khẩu 12,5 triệu USD").unit()).isEqualTo(Unit.USD);
        assertThat(only("xuất khẩu 12,5 triệu USD").value()).isEqualTo(12_500_000d);
    }

    @Test
    void unitsOfCountsAreRecognised() {
        assertThat(only("phát hiện 13 vụ vi phạm").unit()).isEqualTo(Unit.CASE);
        assertThat(only("thụ lý 665 vụ, việc các loại").unit()).isEqualTo(Unit.CASE);
        assertThat(only("bắt 19 đối tượng").unit()).isEqualTo(Unit.PERSON);
        assertThat(only("cho 55.228 lượt người").unit()).isEqualTo(Unit.VISIT);
        assertThat(only("có 50 doanh nghiệp").unit()).isEqualTo(Unit.ENTERPRISE);
        assertThat(only("131 hộ đăng ký").unit()).isEqualTo(Unit.HOUSEHOLD);
        assertThat(only("02 cuộc thanh tra").unit()).isEqualTo(Unit.INSPECTION);
        assertThat(only("thu hoạch 408,4 ha").unit()).isEqualTo(Unit.HA);
        assertThat(only("sản lượng 3.520,79 tấn").unit()).isEqualTo(Unit.TONNE);
        assertThat(only("sản lượng 120 tạ").value()).isEqualTo(12d);
        assertThat(only("tăng 1,5 điểm %").unit()).isEqualTo(Unit.PERCENT_POINT);
        assertThat(only("03 vụ").value()).isEqualTo(3d);
    }

    @Test
    void rangesPairsAndSigns() {
        Quantity range = only("bình quân đầu người đạt 113 - 115 triệu đồng");
        assertThat(range.value()).isEqualTo(113e6);
        assertThat(range.high()).isEqualTo(115e6);
        Quantity pct = only("chiếm 9,318 - 9,32%");
        assertThat(pct.isPercent()).isTrue();
        assertThat(pct.high()).isEqualTo(9.32);
        Quantity fromTo = only("tăng từ 7,5 đến 8%");
        assertThat(fromTo.value()).isEqualTo(7.5);
        assertThat(fromTo.high()).isEqualTo(8d);
        assertThat(fromTo.qualifier()).isEqualTo("từ");
        Quantity pair = only("là 320.392/765.101 triệu đồng");
        assertThat(pair.value()).isEqualTo(320_392e6);
        assertThat(pair.target()).isEqualTo(765_101e6);
        Quantity pctPair = only("đạt tỷ lệ 54,52%/82%");
        assertThat(pctPair.value()).isEqualTo(54.52);
        assertThat(pctPair.target()).isEqualTo(82d);
        assertThat(only("diện tích (-994,1 ha)").value()).isEqualTo(-994.1);
        assertThat(only("diện tích (+385 ha)").value()).isEqualTo(385d);
    }

    @Test
    void pairsWithTheirOwnUnitsAreTwoFigures() {
        List<Quantity> qs = scanner.scan("Kiểm sát điều tra 84 vụ/117 bị can");
        assertThat(qs).extracting(Quantity::value).containsExactly(84d, 117d);
        assertThat(qs).extracting(Quantity::unit).containsExactly(Unit.CASE, Unit.PERSON);
    }

    @Test
    void qualifiersAreKept() {
        assertThat(only("đạt tối thiểu từ 9,5% trở lên").qualifier()).isEqualTo("tối thiểu ... trở lên");
        assertThat(only("có hơn 150 diễn viên").qualifier()).isEqualTo("hơn");
        assertThat(only("kinh phí khoảng 30,74 tỷ đồng").qualifier()).isEqualTo("khoảng");
    }

    @Test
    void datesYearsNumbersOfDocumentsAndListItemsAreNotQuantities() {
        assertThat(scanner.scan("đến ngày 31/3/2021 là")).isEmpty();
        assertThat(scanner.scan("trong quý I/2021")).isEmpty();
        assertThat(scanner.scan("Nghị quyết số 24/NQ-HĐND ngày 20 tháng 12 năm 2023")).isEmpty();
        assertThat(scanner.scan("giai đoạn 2021 - 2025")).isEmpty();
        assertThat(scanner.scan("Kỳ họp thứ 8")).isEmpty();
        assertThat(scanner.scan("3. Giải quyết việc làm")).isEmpty();
        assertThat(scanner.scan("(12) Số bác sĩ")).isEmpty();
        assertThat(scanner.scan("1.2. Tình hình thu, chi")).isEmpty();
    }
}
