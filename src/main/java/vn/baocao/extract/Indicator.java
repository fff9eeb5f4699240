package vn.baocao.extract;

import java.util.List;

/**
 * One entry of the indicator dictionary (jobs/dictionary/indicators.csv).
 *
 * @param phrases  lower-case phrases that name the indicator in report prose
 * @param context  words one of which must appear in the paragraph or its heading (the agency, the topic); empty for none
 * @param exclude  words that, in the same clause as the figure, mean the figure is about something else
 * @param pairWhole the indicator the second number of 'X/Y' belongs to when the pair is part and whole
 *                  ('đã giải quyết 42/64 vụ': 64 cases accepted), else null
 * @param growthOf  for a growth-rate indicator, the level indicator whose year-on-year change it is
 *                  ('GRDP tăng 7,2%' is a value of grdp_growth_rate), else null
 * @param rateOf    for a completion rate, the count it is the rate of ('đã thi hành xong 1.234 tỷ đồng, đạt 52,6%'
 *                  is a value of enforcement_amount_rate), else null
 */
public record Indicator(String code, String family, Unit unit, String nameVi, String nameEn,
                        List<String> phrases, List<String> context, List<String> exclude, String pairWhole,
                        String growthOf, String rateOf) {

    /** A rate that is itself a growth rate ('tăng trưởng GRDP tăng 5,86%' is its value, not a change of it). */
    public boolean isGrowthRate() {
        String name = IndicatorDictionary.fold(nameVi);
        return unit == Unit.PERCENT && (name.contains("tăng trưởng") || name.contains("tốc độ tăng"));
    }
}
