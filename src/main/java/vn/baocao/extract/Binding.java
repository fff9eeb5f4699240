package vn.baocao.extract;

import java.util.List;
import vn.baocao.extract.figure.Measure;
import vn.baocao.extract.language.Indicator;
import vn.baocao.extract.language.IndicatorPhrase;
import vn.baocao.extract.text.PhraseIndex;

/** The indicator a figure belongs to, and how it was decided. */
record Binding(Indicator indicator, Measure measure, PhraseIndex.Hit<IndicatorPhrase> hit,
               List<PhraseIndex.Hit<IndicatorPhrase>> span, String rule, boolean viaSubject, boolean rate,
               boolean growth) {

    boolean relative() {
        return viaSubject;
    }
}
