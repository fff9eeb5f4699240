package vn.baocao.extract.period;

import java.time.LocalDate;
import java.util.Map;

/**
 * What a period mention needs from its document to name months: the year a
 * yearless mention ('tháng 5', 'quý II') belongs to, the document's date
 * ('trong ba tháng qua'), its own period ('trong tháng', 'từ đầu năm đến nay'),
 * and the month the issuer's working year starts in (courts and enforcement
 * October, procuracies December), and what the document says its periods are
 * ('6 tháng đầu năm 2024 (từ ngày 01/12/2023 đến ngày 31/5/2024)': the six months
 * are December to May wherever they are named).
 *
 * @param workingYear the document counts in its issuer's working year: a court's, procuracy's or enforcement
 *                    office's own report, whose '6 tháng đầu năm 2024' starts in the autumn of 2023
 */
public record PeriodContext(Integer year, LocalDate date, Period documentPeriod, int workingYearStartMonth, boolean workingYear,
                            Map<Period, Period> aliases) {

    public static PeriodContext of(Integer year, LocalDate date, Period documentPeriod) {
        return new PeriodContext(year, date, documentPeriod, 10, false, Map.of());
    }

    public PeriodContext withYear(Integer y) {
        return new PeriodContext(y, date, documentPeriod, workingYearStartMonth, workingYear, aliases);
    }

    public PeriodContext withDocumentPeriod(Period p) {
        return new PeriodContext(year, date, p, workingYearStartMonth, workingYear, aliases);
    }

    /** The months a period named in the document stands for there. */
    public Period defined(Period p) {
        return p == null ? null : aliases.getOrDefault(p, p);
    }
}
