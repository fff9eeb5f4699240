package vn.baocao.extract;

import java.time.LocalDate;

/**
 * What a document says about itself in its header and title.
 *
 * @param kind        report, resolution, plan or other
 * @param issuer      the issuing body as written ('Hội đồng nhân dân quận Cái Răng'), else null
 * @param area        the reporting area ('quận Cái Răng'), else null
 * @param areaLevel   province, district or commune, else null
 * @param period      the period the document reports on, else null
 * @param targetYear  the year its targets are for (a resolution on 2024 setting 2025's targets gives 2025), else null
 * @param draft       whether it is marked DỰ THẢO
 * @param number      the document number ('05/NQ-HĐND'), else null
 * @param issued      the issue date, else null
 */
public record DocumentMetadata(String kind, String issuer, String area, String areaLevel, Period period,
                               Integer targetYear, boolean draft, String number, LocalDate issued) {
}
