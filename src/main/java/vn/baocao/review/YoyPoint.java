package vn.baocao.review;

/**
 * One row of v_yoy (a level against the same period a year earlier) or of v_target_achievement (a level against the
 * year's target), for the indicator pages.
 *
 * @param kind      'yoy' or 'target'
 * @param computed  the change in percent (yoy) or the share of target (target) computed from the levels
 * @param stated    what the report itself stated
 * @param other     the year-earlier level (yoy) or the target (target)
 * @param source    where the year-earlier level came from: loaded, derived, or null
 */
record YoyPoint(String kind, String indicator, String area, String unit, String periodStart, String periodEnd, Double value,
                Double other, String source, Double computed, Double stated, Boolean disagrees, String sourceFile) {

    /** The unit an area's row is grouped under: its level and name, as the views tell areas apart. */
    String areaKey() {
        return area == null ? "(không rõ địa bàn)" : area;
    }
}
