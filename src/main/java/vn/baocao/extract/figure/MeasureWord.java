package vn.baocao.extract.figure;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import vn.baocao.extract.language.Cue;

/**
 * What a measure cue of measures.csv says (its 'cue' column), as the measure reader composes them. A figure's chains
 * are asked about these a score of times: each cue is named once when its chain is made, and the questions compare
 * names, not strings (a string comparison is two calls C1 does not inline, at every cue of the chain, at every question).
 */
enum MeasureWord {
    UP, DOWN, COMPARE, SAME_PERIOD, PREVIOUS_PERIOD, PLAN, REACH, EXCEED, EXCEED_PLAN, TIMES, TIMES_UNIT, SHARE, GROWTH,
    CONTRIBUTION, REMAINDER, EQUIVALENT, NONE, UNCHANGED;

    private static final Map<String, MeasureWord> BY_TYPE = new HashMap<>();

    static {
        for (MeasureWord w : values()) {
            BY_TYPE.put(w.name().toLowerCase(Locale.ROOT), w);
        }
    }

    /** The measure word a cue is, or null for a cue of another lexicon or a type the reader does not compose. */
    static MeasureWord of(Cue c) {
        return c.category() == Cue.Category.MEASURE ? BY_TYPE.get(c.type()) : null;
    }
}
