package vn.baocao.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each row: a clause with one figure marked by [brackets], and how that figure is to be read. */
class MeasureClassifierTest {

    private final MeasureClassifier classifier = new MeasureClassifier();
    private final QuantityScanner scanner = new QuantityScanner();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ước đạt [9.269 tỷ đồng], tăng 89,38%                      | VALUE         | 9269000000000",
            "tăng [89,38%] so với cùng kỳ năm 2020                       | YOY_PCT       | 89.38",
            "giảm [37,5%] so với cùng kỳ                                 | YOY_PCT       | -37.5",
            "tăng [12,8 tỷ đồng] so cùng kỳ                              | YOY_ABS       | 12800000000",
            "so cùng kỳ giảm [03 vụ]                                     | YOY_ABS       | -3",
            "so với cùng kỳ tăng khoảng [5%]                             | YOY_PCT       | 5",
            "so với cùng kỳ đạt [92,37%]                                 | YOY_PCT       | -7.63",
            "đạt [115,45%] so với cùng kỳ                                | YOY_PCT       | 15.45",
            "bằng [97,5%] so với cùng kỳ                                 | YOY_PCT       | -2.5",
            "so CK đạt [104,2%]                                          | YOY_PCT       | 4.2",
            "đạt [33%] chỉ tiêu                                          | PCT_OF_TARGET | 33",
            "đạt [41,88%] dự toán                                        | PCT_OF_TARGET | 41.88",
            "[31,2%] so với kế hoạch                                     | PCT_OF_TARGET | 31.2",
            "đạt [56%] KH                                                | PCT_OF_TARGET | 56",
            "vượt [6,5%] kế hoạch                                        | PCT_OF_TARGET | 106.5",
            "tăng [1,2%] so với tháng trước                              | MOM_PCT       | 1.2",
            "giảm [0,8%] so với quý trước                                | MOM_PCT       | -0.8",
            "tốc độ tăng năng suất lao động [12,35 - 12,86%]              | YOY_PCT       | 12.35",
            "chiếm [40,46%]                                              | VALUE         | 40.46",
            "đạt tỷ lệ [92,59%]                                          | VALUE         | 92.59",
    })
    void readsTheFigure(String clause, String measure, double value) {
        int open = clause.indexOf('[');
        int close = clause.indexOf(']');
        String text = (clause.substring(0, open) + clause.substring(open + 1, close) + clause.substring(close + 1)).trim();
        String folded = ObservationExtractor.foldSameLength(text);
        List<Quantity> qs = scanner.scan(text);
        Quantity q = qs.stream().filter(x -> x.start() == open).findFirst().orElseThrow(() -> new AssertionError("no figure at [ in " + clause));
        int prevEnd = qs.stream().filter(x -> x.end() <= q.start()).mapToInt(Quantity::end).max().orElse(0);
        int nextStart = qs.stream().filter(x -> x.start() >= q.end()).mapToInt(Quantity::start).min().orElse(folded.length());
        MeasureReading r = classifier.classify(folded.substring(prevEnd, q.start()), folded.substring(q.end(), nextStart), q, null,
                folded.substring(0, q.start()));
        assertThat(r).as(clause).isNotNull();
        assertThat(r.measure()).as(clause).isEqualTo(Measure.valueOf(measure));
        assertThat(r.value()).as(clause).isCloseTo(value, org.assertj.core.data.Offset.offset(1e-6));
    }

    @org.junit.jupiter.api.Test
    void anOvershootOfPlanIsNotAChangeOverTime() {
        String text = "tăng 5% so với kế hoạch";
        Quantity q = scanner.scan(text).get(0);
        assertThat(classifier.classify("tăng ", " so với kế hoạch", q, null, "tăng ")).isNull();
    }
}
