package vn.baocao.extract.number;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.baocao.extract.document.DocumentText;
import vn.baocao.extract.language.Unit;
import vn.baocao.support.Rules;

/** Numbers as reports write them, with their multipliers, units, ranges, pairs, signs and hedges. */
class QuantityReaderTest {

    private static List<Quantity> read(String text) {
        DocumentText doc = Rules.doc(text);
        return new QuantityReader().read(doc, 0, doc.tokens().size(), new boolean[doc.tokens().size()]);
    }

    private static Quantity only(String text) {
        List<Quantity> qs = read(text);
        assertThat(qs).as(text).hasSize(1);
        return qs.get(0);
    }

    @ParameterizedTest(name = "''{0}'' = {1} {2}")
    @CsvSource(delimiter = ';', value = {
            "ước đạt 5.453 tỷ đồng;5453000000000;VND",
            "với số tiền 217,75 triệu đồng;217750000;VND",
            "trị giá 300 nghìn đồng;300000;VND",
            "thu 1,2 nghìn tỷ đồng;1200000000000;VND",
            "tổng số tiền là 6.895.400.000 đồng;6895400000;VND",
            "đạt 133.439 triệu;133439000000;VND",
            "thu được trên 25 tỷ 941 triệu đồng;25941000000;VND",
            "xuất khẩu 12,5 triệu USD;12500000;USD",
            "thu hoạch 408,4 ha;408.4;ha",
            "gieo trồng 37,89 nghìn ha;37890;ha",
            "sản lượng 3.520,79 tấn;3520.79;tonne",
            "sản lượng 120 tạ;12;tonne",
            "sản lượng 1,701 triệu tấn;1701000;tonne",
            "phát hiện 13 vụ vi phạm;13;case",
            "thụ lý 665 vụ, việc các loại;665;case",
            "bắt 19 đối tượng;19;person",
            "cho 55.228 lượt người;55228;visit",
            "có 50 doanh nghiệp;50;enterprise",
            "131 hộ đăng ký;131;household",
            "02 cuộc thanh tra;2;inspection",
            "tăng 1,5 điểm %;1.5;percent_point",
            "tăng 7,2%;7.2;percent",
            "đón 9,2 triệu lượt khách;9200000;visit",
    })
    void valuesAndUnits(String text, double value, String unit) {
        Quantity q = only(text);
        assertThat(q.value()).isEqualTo(value, org.assertj.core.data.Offset.offset(1e-6 * Math.max(1, value)));
        assertThat(q.unit().code()).isEqualToIgnoringCase(unit);
    }

    @Test
    void rangesPairsAndSigns() {
        Quantity range = only("bình quân đầu người đạt 113 - 115 triệu đồng");
        assertThat(range.value()).isEqualTo(113e6);
        assertThat(range.high()).isEqualTo(115e6);
        Quantity pct = only("chiếm 9,318 - 9,32%");
        assertThat(pct.percent()).isTrue();
        assertThat(pct.high()).isEqualTo(9.32);
        Quantity pair = only("là 320.392/765.101 triệu đồng");
        assertThat(pair.value()).isEqualTo(320_392e6);
        assertThat(pair.second()).isEqualTo(765_101e6);
        Quantity pctPair = only("đạt tỷ lệ 54,52%/82%");
        assertThat(pctPair.value()).isEqualTo(54.52);
        assertThat(pctPair.second()).isEqualTo(82d);
        Quantity minus = only("diện tích (-994,1 ha)");
        assertThat(minus.value()).isEqualTo(-994.1);
        assertThat(minus.signed()).isTrue();
        assertThat(only("diện tích (+385 ha)").value()).isEqualTo(385d);
    }

    @Test
    void aPairWithTwoUnitsIsTwoCounts() {
        List<Quantity> qs = read("Kiểm sát điều tra 84 vụ/117 bị can");
        assertThat(qs).extracting(Quantity::value).containsExactly(84d, 117d);
        assertThat(qs).extracting(Quantity::unit).containsExactly(Unit.CASE, Unit.PERSON);
    }

    @Test
    void hedgesAreKept() {
        assertThat(only("đạt tối thiểu từ 9,5% trở lên").qualifier()).startsWith("at_least");
        assertThat(only("có hơn 150 diễn viên").qualifier()).isEqualTo("more_than");
        assertThat(only("kinh phí khoảng 30,74 tỷ đồng").qualifier()).isEqualTo("about");
        assertThat(only("thụ lý gần 1.800 vụ việc").qualifier()).isEqualTo("less_than");
        assertThat(only("tỷ lệ hộ nghèo không quá 1,5%").qualifier()).isEqualTo("at_most");
    }

    @Test
    void datesRanksNumbersOfDocumentsAndListItemsAreNoFigures() {
        assertThat(read("đến ngày 31/3/2021 là")).isEmpty();
        assertThat(read("Nghị quyết số 24/NQ-HĐND ngày 20 tháng 12 năm 2023")).isEmpty();
        assertThat(read("Kỳ họp thứ 8")).isEmpty();
        assertThat(read("xếp thứ 56/63 tỉnh, thành phố")).isEmpty();
        assertThat(read("3. Giải quyết việc làm")).isEmpty();
        assertThat(read("1.2. Tình hình thu, chi")).isEmpty();
        assertThat(read("Hotline: 0273 3872 582")).isEmpty();
        assertThat(read("cập nhật lúc 16:07")).isEmpty();
    }

    @Test
    void aCountAfterAWordEndingLikeAPlaceIsStillACount() {
        // 'bản' is a village before a number ('Bản 3'); 'biên bản' is a record, and what follows it counts
        assertThat(only("lập biên bản 958 trường hợp vi phạm").value()).isEqualTo(958d);
        assertThat(read("Bản 3 xã Mường Lống")).isEmpty();
    }
}
