package vn.baocao.extract;

import java.time.YearMonth;

/** The months a figure covers, first and last inclusive. */
public record Period(YearMonth start, YearMonth end) {

    public Period {
        if (start.isAfter(end)) {
            throw new IllegalArgumentException("period starts after it ends: " + start + ".." + end);
        }
    }

    public static Period year(int year) {
        return new Period(YearMonth.of(year, 1), YearMonth.of(year, 12));
    }

    public static Period months(int year, int firstMonth, int lastMonth) {
        return new Period(YearMonth.of(year, firstMonth), YearMonth.of(year, lastMonth));
    }

    public Period minusYears(int years) {
        return new Period(start.minusYears(years), end.minusYears(years));
    }

    public int year() {
        return end.getYear();
    }

    @Override
    public String toString() {
        return start + ".." + end;
    }
}
