package vn.baocao.extract;

import vn.baocao.extract.figure.Measure;
import vn.baocao.extract.language.Indicator;
import vn.baocao.extract.language.Unit;
import vn.baocao.extract.period.Period;

/**
 * What a sentence is talking about so far: the indicator of its last figure (or
 * an unknown thing, when the figure counted something no phrase names), with
 * that figure's status, period, basis and season. Changes and shares of plan
 * that follow without naming anything are about it.
 *
 * @param indicator  null when the sentence talks about something the dictionary does not know
 * @param measure    how its last figure was read
 * @param value      its last figure
 * @param pair       its last figure was an observed/target pair ('83,29%/91%')
 * @param phrases    the dictionary phrase its last figure was read with: a following figure in another unit
 *                   ('1.180 vụ, 2.358 bị can') or a change may belong to another indicator the phrase names
 * @param shown      the indicator its last figure was given (the growth rate where a change of GRDP was read as one)
 */
record Subject(Indicator indicator, String status, Period period, String basis, String season, Measure measure,
               double value, Unit unit, boolean pair, NamedPhrases phrases, Indicator shown) {

    static final Subject UNKNOWN = new Subject(null, "actual", null, null, null, Measure.VALUE, 0, Unit.NONE, false, NamedPhrases.NONE, null);

    boolean known() {
        return indicator != null;
    }

    boolean changed() {
        return measure == Measure.YOY_ABS || measure == Measure.YOY_PCT;
    }
}
