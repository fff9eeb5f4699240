package vn.baocao.extract;

import java.util.List;

/**
 * One entry of the indicator dictionary (jobs/dictionary/indicators.csv).
 *
 * @param phrases  lower-case phrases that name the indicator in report prose
 * @param context  words one of which must appear in the paragraph or its heading (the agency, the topic); empty for none
 * @param exclude  words that, between the phrase and the figure, mean the figure is about something else
 */
public record Indicator(String code, String family, Unit unit, String nameVi, String nameEn,
                        List<String> phrases, List<String> context, List<String> exclude) {
}
