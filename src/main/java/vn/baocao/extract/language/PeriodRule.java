package vn.baocao.extract.language;

import vn.baocao.extract.text.TokenPattern;

/**
 * One way the genre writes a period (periods.csv): a token pattern and what it means.
 *
 * @param meaning  how the months are worked out: month, first_months, last_months, quarter, year,
 *                 current_year, current_month, current_quarter, to_date, to_month, date_range, months_past,
 *                 since_january, month_and_cumulative, quarter_and_cumulative, month_and_quarter,
 *                 month_quarter_and_cumulative, working_year, working_first_months
 * @param fixed    a number of months the meaning takes when the pattern has no hole for it ('nửa đầu năm': 6), else null
 */
public record PeriodRule(TokenPattern pattern, String meaning, Integer fixed, String source) {

    static final java.util.Set<String> MEANINGS = java.util.Set.of("month", "first_months", "last_months", "quarter", "year",
            "current_year", "current_month", "current_quarter", "to_date", "to_month", "date_range", "months_past",
            "since_january", "month_and_cumulative", "quarter_and_cumulative", "month_and_quarter",
            "month_quarter_and_cumulative", "working_year", "working_first_months");
}
