package vn.baocao.extract.period;

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

    /** The months from a first month to a last month, crossing a year end if need be. */
    public static Period between(YearMonth first, YearMonth last) {
        return new Period(first, last);
    }

    /** Number of months covered. */
    public int months() {
        return (end.getYear() - start.getYear()) * 12 + end.getMonthValue() - start.getMonthValue() + 1;
    }

    public boolean contains(Period other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
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
