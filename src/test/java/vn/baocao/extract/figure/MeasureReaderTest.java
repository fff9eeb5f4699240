package vn.baocao.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.baocao.extract.document.DocumentText;
import vn.baocao.extract.number.Quantity;
import vn.baocao.extract.number.QuantityReader;
import vn.baocao.support.Rules;

/**
 * What a number measures, from the cue words around it alone: each case is a clause as reports
 * write it and the figure in it that is read (the last one, which a change may restate).
 */
class MeasureReaderTest {

    private static Reading last(String text) {
        DocumentText doc = Rules.doc(text);
        int n = doc.tokens().size();
        List<Quantity> qs = new QuantityReader().read(doc, 0, n, new boolean[n]);
        Reading before = null;
        Reading r = null;
        for (int k = 0; k < qs.size(); k++) {
            int from = k == 0 ? 0 : qs.get(k - 1).end();
            int to = k + 1 < qs.size() ? qs.get(k + 1).start() : n;
            r = new MeasureReader().read(doc, qs.get(k), from, to, new boolean[n], before);
            before = r;
        }
        return r;
    }

    @ParameterizedTest(name = "''{0}'' -> {1} {2}")
    @CsvSource(delimiter = ';', value = {
            "ước đạt 5.453 tỷ đồng;value;5453000000000",
            "tăng 7% so cùng kỳ năm 2021;yoy_pct;7",
            "giảm 37,5% so với cùng kỳ;yoy_pct;-37.5",
            "bằng 73,1% so với cùng kỳ;yoy_pct;-26.9",
            "so với cùng kỳ đạt 92,37%;yoy_pct;-7.63",
            "đạt 36,28% chỉ tiêu;pct_of_target;36.28",
            "đạt 52,3% KH;pct_of_target;52.3",
            "so với kế hoạch đạt 95%;pct_of_target;95",
            "vượt 7,8% dự toán;pct_of_target;107.8",
            "vượt kế hoạch năm là 12%;pct_of_target;112",
            "tăng 4,3% so với tháng trước;mom_pct;4.3",
            "gấp 2,5 lần so với cùng kỳ năm ngoái;yoy_pct;150",
            "tăng 12,8 tỷ đồng, tương đương 24,06% so cùng kỳ;yoy_pct;24.06",
            "giảm 230 ha so với vụ xuân 2018;yoy_abs;-230",
            "giảm 1,34 điểm phần trăm;yoy_abs;-1.34",
            "tăng trưởng 8,05%;yoy_pct;8.05",
            "chiếm 31,55%;value;31.55",
            "tỷ lệ hộ nghèo giảm còn 2,1%;value;2.1",
            "cao hơn mức tăng của cùng kỳ năm trước (4,09%);prev_value;4.09",
            "(-687,8 ha);yoy_abs;-687.8",
    })
    void composesTheCues(String text, String measure, double value) {
        Reading r = last(text);
        assertThat(r).as(text).isNotNull();
        assertThat(r.measure().code()).as(text).isEqualTo(measure);
        assertThat(r.value()).as(text).isCloseTo(value, org.assertj.core.data.Offset.offset(1e-6 * Math.max(1, Math.abs(value))));
    }

    @ParameterizedTest(name = "''{0}'' is no figure of its indicator")
    @CsvSource(delimiter = ';', value = {
            "khu vực dịch vụ đóng góp 0,82 điểm phần trăm",
            "giải quyết 6.260 vụ, còn lại 1.730 vụ",
    })
    void contributionsAndRemaindersGiveNothing(String text) {
        assertThat(last(text)).as(text).isNull();
    }
}
