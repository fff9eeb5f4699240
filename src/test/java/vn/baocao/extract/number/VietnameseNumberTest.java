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

    @org.junit.jupiter.api.Test
    void readsAsADoubleExactlyAsTheDecimalDoes() {
        java.util.Random random = new java.util.Random(9);
        String alphabet = "0123456789.,0123456789";
        java.util.List<String> forms = new java.util.ArrayList<>(java.util.List.of("9.269", "0,71", "3.520,79", "1.5", "12.3456",
                "1.50", "007", "1,234,567", "1.234.5678", "12,", "12.", ".5", ",5", "1..234", "1.,5", "1.23,5", "999999999999999",
                "9999999999999999", "0,000000000000001", "1.234.567.890.123,45", "4503599627370497", "0,1", "0,3", "2,675"));
        for (int k = 0; k < 20_000; k++) {
            StringBuilder b = new StringBuilder();
            for (int n = 1 + random.nextInt(18); n > 0; n--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            forms.add(b.toString());
        }
        for (String form : forms) {
            Double expected;
            try {
                expected = VietnameseNumber.parse(form).doubleValue();
            } catch (NumberFormatException e) {
                expected = null;
            }
            if (expected == null) {
                assertThatThrownBy(() -> VietnameseNumber.parseDouble(form)).as(form).isInstanceOf(NumberFormatException.class);
            } else {
                assertThat(Double.doubleToRawLongBits(VietnameseNumber.parseDouble(form))).as(form)
                        .isEqualTo(Double.doubleToRawLongBits(expected));
            }
        }
    }
}
