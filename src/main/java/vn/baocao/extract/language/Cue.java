package vn.baocao.extract.language;

/**
 * One entry of the language lexicons: a phrase of a rule file and what it means.
 *
 * @param category  which lexicon it belongs to
 * @param type      its meaning within the lexicon ('up', 'estimate', 'multiplier', 'season' ...)
 * @param detail    more of its meaning where the lexicon has it: a scope, a unit code, a level, a label
 * @param number    a number the entry carries: for units and multipliers what one of it is worth in the
 *                  warehouse unit; for an issuer the month its working year starts in (0: the calendar year)
 * @param source    the rule file and line it came from
 */
public record Cue(Category category, String type, String detail, double number, String source) {

    /** The lexicons of jobs/language. */
    public enum Category {
        /** units.csv: units of measure. */
        UNIT,
        /** units.csv: multipliers such as 'tỷ', 'nghìn', 'vạn'. */
        MULTIPLIER,
        /** measures.csv: what a figure measures. */
        MEASURE,
        /** statuses.csv: estimate, target, observed. */
        STATUS,
        /** qualifiers.csv: approximations and bounds, and words after which a number is not a figure. */
        QUALIFIER,
        /** places.csv: type words of administrative units, issuing bodies, other places. */
        PLACE,
        /** bases.csv: price basis, crop season, whose plan. */
        BASIS,
        /** fillers.csv: words that name nothing. */
        FILLER,
        /** tables.csv: the words of a statistical table's header (name, unit, number, comparison, done columns). */
        TABLE
    }

    public boolean is(Category c, String t) {
        return category == c && type.equals(t);
    }
}
