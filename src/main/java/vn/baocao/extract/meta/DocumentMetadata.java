package vn.baocao.extract.meta;

import java.time.LocalDate;
import vn.baocao.extract.area.ResolvedArea;
import vn.baocao.extract.period.Period;

/**
 * What a document says about itself.
 *
 * @param kind         report, resolution, plan or other (news and portal write-ups)
 * @param issuer       the issuing body as written ('UBND huyện Thới Lai'), else null
 * @param issuerField  what the issuer does: committee, council, statistics, court, procuracy, enforcement,
 *                     police, party, department; null if unknown
 * @param workingYearStart the month the issuer's working year starts in (courts and enforcement 10, procuracies 12),
 *                     0 for the calendar year
 * @param area         the area it reports for, null when the text does not say
 * @param period       the period it reports on, else null
 * @param periodText   the words the period was read from
 * @param targetYear   the year its targets are for (a resolution on 2024 setting 2025's targets gives 2025), else null
 * @param draft        marked DỰ THẢO
 * @param number       the document number ('05/NQ-HĐND'), else null
 * @param date         the document's date (issue or publication), else null
 */
public record DocumentMetadata(String kind, String issuer, String issuerField, int workingYearStart, ResolvedArea area, Period period,
                               String periodText, Integer targetYear, boolean draft, String number, LocalDate date) {

    public String areaName() {
        return area == null ? null : area.name();
    }

    public String areaLevel() {
        return area == null ? null : area.level();
    }

    public String areaCode() {
        return area == null || area.unit() == null ? null : area.unit().code();
    }

    public String areaKey() {
        return area == null || area.unit() == null ? null : area.unit().key();
    }

    public String areaType() {
        return area == null ? null : area.type();
    }

}
