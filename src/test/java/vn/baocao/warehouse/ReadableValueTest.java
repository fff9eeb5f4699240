package vn.baocao.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadableValueTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            120300000000     | VND        | 120,3 tỷ đồng
            5453000000000    | VND        | 5.453 tỷ đồng
            15120900000000   | VND        | 15.120,9 tỷ đồng
            113000000        | VND        | 113 triệu đồng
            -2500000000      | VND        | -2,5 tỷ đồng
            450000           | VND        | 450.000 đồng
            36.28            | percent    | 36,28%
            -0.5             | percent    | -0,5%
            1234567          | person     | 1.234.567 người
            151592           | visit      | 151.592 lượt
            2.333333         | tonne      | 2,33 tấn
            104.5            | index      | 104,5
            12               | furlong    | 12 furlong
            """)
    void writesValuesAsReportsDo(double value, String unit, String expected) {
        assertThat(ReadableValue.of(value, unit)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void noValueIsEmpty() {
        assertThat(ReadableValue.of(null, "VND")).isEmpty();
        assertThat(ReadableValue.of(Double.NaN, "VND")).isEmpty();
    }
}
