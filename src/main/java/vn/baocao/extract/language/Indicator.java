package vn.baocao.extract.language;

import java.util.List;

/**
 * One entry of the indicator dictionary (jobs/dictionary/indicators.csv).
 *
 * @param kind      level (a stock or flow), growth (a growth rate: a change against last year is its value),
 *                  share (a share of a whole: 'chiếm' gives its value), rate (a ratio such as a completion
 *                  rate: its changes are not read, points and percent are not told apart) or index
 * @param context   alternatives, each a list of words that must all stand before the figure in its paragraph
 *                  or in its sentence (the agency, the topic); empty for none
 * @param exclude   words that, in the figure's clause, mean it is about something else
 * @param pairWhole the indicator the second number of 'X/Y' belongs to when the pair is part and whole
 * @param growthOf  for a growth rate, the level indicator whose change against last year it is
 * @param rateOf    for a completion rate, the count it is the rate of
 * @param source    the dictionary file and line
 */
public record Indicator(String code, String family, Unit unit, Kind kind, String nameVi, String nameEn,
                        List<List<String>> context, List<String> exclude, String pairWhole, String growthOf,
                        String rateOf, String source) {

    /** What kind of figure an indicator is. */
    public enum Kind {
        LEVEL, GROWTH, SHARE, RATE, INDEX;

        public static Kind of(String s) {
            return s.isBlank() ? LEVEL : valueOf(s.strip().toUpperCase(java.util.Locale.ROOT));
        }
    }

    public boolean isPercent() {
        return unit == Unit.PERCENT;
    }
}
