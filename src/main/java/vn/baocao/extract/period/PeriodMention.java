package vn.baocao.extract.period;

import java.time.YearMonth;
import vn.baocao.extract.language.PeriodRule;
import vn.baocao.extract.text.Slot;
import vn.baocao.extract.text.TokenPattern;

/**
 * A period written in the text, as the rule that read it left it: its tokens,
 * its meaning and the numbers it holds. {@link #resolve} turns it into months,
 * with what the document says about itself for what the words leave out.
 *
 * @param compared  written after 'so với' ('so với quý III/2018'): the period compared with, not the one reported
 * @param year      the year written with it, else null
 */
public record PeriodMention(int start, int end, PeriodRule rule, TokenPattern.Match match, Integer year, boolean compared) {

    public String meaning() {
        return rule.meaning();
    }

    /** The months this mention names, or null when the document cannot say (no year known). */
    public Period resolve(PeriodContext ctx) {
        return ctx.defined(months(ctx));
    }

    private Period months(PeriodContext ctx) {
        Integer y = year != null ? year : ctx.year();
        Slot.Value date1 = match.slots().get(Slot.DATE);
        Slot.Value date2 = match.second().get(Slot.DATE);
        if (date1 != null && date1.year() > 0 && (year == null || rule.meaning().equals("to_date"))) {
            y = date1.year();
        }
        Integer n = match.value(Slot.MONTHS) != null ? match.value(Slot.MONTHS) : rule.fixed();
        Integer m = match.value(Slot.MONTH);
        Integer q = match.value(Slot.QUARTER);
        Integer written = match.value(Slot.YEAR);
        if (written != null && !rule.meaning().startsWith("working")) {
            y = written;
        }
        Period doc = ctx.documentPeriod();
        switch (rule.meaning()) {
            case "current_year" -> {
                return y == null ? null : Period.year(y);
            }
            case "current_month" -> {
                YearMonth last = doc != null ? doc.end() : ctx.date() == null ? null : YearMonth.from(ctx.date());
                return last == null ? null : new Period(last, last);
            }
            case "current_quarter" -> {
                YearMonth last = doc != null ? doc.end() : ctx.date() == null ? null : YearMonth.from(ctx.date()).minusMonths(1);
                if (last == null) {
                    return null;
                }
                int qq = (last.getMonthValue() - 1) / 3 + 1;
                return Period.months(last.getYear(), 3 * qq - 2, 3 * qq);
            }
            case "months_past" -> {
                if (ctx.date() == null || n == null) {
                    return null;
                }
                YearMonth last = YearMonth.from(ctx.date()).minusMonths(1);
                return new Period(last.minusMonths(n - 1L), last);
            }
            case "since_january" -> {
                YearMonth last = doc != null ? doc.end() : ctx.date() == null ? null : YearMonth.from(ctx.date());
                return last == null ? null : Period.months(last.getYear(), 1, last.getMonthValue());
            }
            case "date_range" -> {
                if (date1 == null || date2 == null) {
                    return null;
                }
                int y2 = date2.year() > 0 ? date2.year() : y == null ? 0 : y;
                int y1 = date1.year() > 0 ? date1.year() : y2;
                if (y1 == 0) {
                    return null;
                }
                YearMonth first = YearMonth.of(y1, date1.month());
                if (date1.value() > 20) {
                    first = first.plusMonths(1);   // from 21 May on: the months from June
                }
                YearMonth last = YearMonth.of(y2, date2.month());
                if (date2.value() < 10) {
                    last = last.minusMonths(1);    // to 5 June: the months up to May
                }
                return first.isAfter(last) ? null : new Period(first, last);
            }
            default -> {
            }
        }
        if (y == null) {
            return null;
        }
        int ws = ctx.workingYearStartMonth();
        try {
            return switch (rule.meaning()) {
                case "month" -> Period.months(y, m, m);
                case "first_months" -> n == null || n < 1 || n > 12 ? null
                        : ctx.workingYear() ? new Period(YearMonth.of(y - 1, ws), YearMonth.of(y - 1, ws).plusMonths(n - 1L))
                        : Period.months(y, 1, n);
                case "last_months" -> n == null || n < 1 || n > 12 ? null : Period.months(y, 13 - n, 12);
                case "quarter" -> Period.months(y, 3 * q - 2, 3 * q);
                case "year" -> Period.year(y);
                case "to_date" -> {
                    int month = date1.month();
                    if (date1.value() <= 10 && month > 1) {
                        month--; // a count taken in the first days of a month closes the month before
                    }
                    yield Period.months(y, 1, month);
                }
                case "to_month" -> Period.months(y, 1, m);
                case "month_and_cumulative", "month_quarter_and_cumulative", "quarter_and_cumulative" ->
                        Period.months(y, 1, n != null ? n : m != null ? m : 3 * q);
                case "month_and_quarter" -> Period.months(y, 3 * q - 2, 3 * q);
                case "working_year" -> new Period(YearMonth.of(y - 1, ws), YearMonth.of(y, ws).minusMonths(1));
                case "working_first_months" -> {
                    YearMonth first = YearMonth.of(y - 1, ws);
                    yield new Period(first, first.plusMonths(n - 1L));
                }
                default -> null;
            };
        } catch (RuntimeException e) {
            return null; // 'tháng 13', a quarter without a number: no period
        }
    }

    /** The shorter periods a combined mention also names ('tháng 9 và quý III': the month and the quarter). */
    public boolean combined() {
        return rule.meaning().contains("_and_");
    }
}
