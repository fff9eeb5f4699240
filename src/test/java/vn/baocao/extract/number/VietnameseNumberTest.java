package vn.baocao.extract.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseNumberTest {

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = ';', value = {
            "9.269;9269",
            "0,71;0.71",
            "3.520,79;3520.79",
            "6.895.400.000;6895400000",
            "1.926;1926",
            "03;3",
            "3,086;3.086",
            "1.5;1.5",
            "12.35;12.35",
            "254,45;254.45",
            "100;100",
            "1,234,567;1234567",
    })
    void readsVietnameseFormat(String written, String expected) {
        assertThat(VietnameseNumber.parse(written)).isEqualByComparingTo(expected);
    }

    @org.junit.jupiter.api.Test
    void refusesWhatIsNotANumber() {
        assertThatThrownBy(() -> VietnameseNumber.parse("")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> VietnameseNumber.parse("abc")).isInstanceOf(NumberFormatException.class);
    }

    @org.junit.jupiter.api.Test
    void aDigitRunLongerThanAnyFigureIsNotANumber() {
        assertThat(VietnameseNumber.parse("1.234.567.890.123.456,789")).isEqualByComparingTo("1234567890123456.789");
        assertThatThrownBy(() -> VietnameseNumber.parse("1".repeat(100_000)))
                .isInstanceOf(NumberFormatException.class).hasMessageContaining("longer than any figure");
    }
}
