package vn.baocao.review;

/**
 * A document of the register as the pages show it.
 *
 * @param sha256        the version whose figures are loaded (loaded_sha256), or null for a file never loaded
 * @param periodStart   'YYYY-MM', or null
 * @param figures       figures in v_fact_reviewed for the loaded version
 */
record DocumentInfo(String path, String sourceFile, String sha256, String status, String reason, String format, String kind,
                    String area, String areaType, String areaLevel, String areaKey, String areaNote, String periodStart,
                    String periodEnd, String issuer, String number, String issuedOn, boolean draft, int figures) {

    String areaLabel() {
        if (area == null) {
            return "";
        }
        return areaType == null ? area : areaType + " " + area;
    }

    String period() {
        return PeriodLabel.of(periodStart, periodEnd);
    }

    /** The page of the document, relative to the site's top, or null when it has none (never loaded). */
    String page() {
        return sha256 == null ? null : "doc/" + sha256 + ".html";
    }
}
