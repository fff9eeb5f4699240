package vn.baocao.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodParserTest {

    private final PeriodParser parser = new PeriodParser();

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = ';', value = {
            "tình hình công tác quý i/2021;2021-01..2021-03;QUARTER",
            "báo cáo quý iv năm 2023;2023-10..2023-12;QUARTER",
            "quý 2/2022;2022-04..2022-06;QUARTER",
            "6 tháng đầu năm 2024;2024-01..2024-06;HALF",
            "sáu tháng đầu năm 2019;2019-01..2019-06;HALF",
            "6 tháng cuối năm 2022;2022-07..2022-12;HALF",
            "9 tháng năm 2023;2023-01..2023-09;NINE_MONTHS",
            "lũy kế 05 tháng đầu năm 2021;2021-01..2021-05;YEAR_TO_DATE",
            "tháng 5/2022;2022-05..2022-05;MONTH",
            "tháng 11 năm 2020;2020-11..2020-11;MONTH",
            "thực hiện năm 2020;2020-01..2020-12;YEAR",
            "đến ngày 31/3/2021;2021-01..2021-03;YEAR_TO_DATE",
            "đến ngày 05/4/2021;2021-01..2021-03;YEAR_TO_DATE",
            "tính đến ngày 15/6/2023;2023-01..2023-06;HALF",
            "đến ngày 20/5/2023;2023-01..2023-05;YEAR_TO_DATE",
    })
    void readsPeriods(String text, String period, String kind) {
        PeriodParser.Mention m = parser.first(text).orElseThrow();
        assertThat(m.period()).hasToString(period);
        assertThat(m.kind()).isEqualTo(PeriodParser.Kind.valueOf(kind));
    }

    @org.junit.jupiter.api.Test
    void ignoresWhatIsNotAPeriod() {
        assertThat(parser.findAll("giai đoạn 2021 - 2025")).isEmpty();
        assertThat(parser.findAll("tháng 13/2021")).isEmpty();
        assertThat(parser.findAll("năm học 2020 - 2021")).isEmpty();
    }

    @ParameterizedTest(name = "''{0}'' in a 2023 document")
    @CsvSource(delimiter = ';', value = {
            "trong tháng 5;2023-05..2023-05;MONTH",
            "tháng Năm ước đạt;2023-05..2023-05;MONTH",
            "tháng mười hai;2023-12..2023-12;MONTH",
            "quý II;2023-04..2023-06;QUARTER",
            "tính chung 5 tháng đầu năm;2023-01..2023-05;YEAR_TO_DATE",
            "6 tháng đầu năm;2023-01..2023-06;HALF",
            "6 tháng cuối năm;2023-07..2023-12;HALF",
            "tháng 5 và 5 tháng đầu năm 2022;2022-05..2022-05;MONTH",
            "đến ngày 20/9;2023-01..2023-09;NINE_MONTHS",
    })
    void yearlessMentionsTakeTheDocumentsYear(String text, String period, String kind) {
        PeriodParser.Mention m = parser.findAll(vn.baocao.extract.IndicatorDictionary.fold(text), 2023).get(0);
        assertThat(m.period()).hasToString(period);
        assertThat(m.kind()).isEqualTo(PeriodParser.Kind.valueOf(kind));
    }

    @org.junit.jupiter.api.Test
    void yearlessMentionsNeedAYear() {
        assertThat(parser.findAll("trong tháng 5 và quý ii")).isEmpty();
    }
}
