package vn.baocao.extract;

import java.util.HashMap;
import java.util.Map;
import vn.baocao.extract.language.Indicator;
import vn.baocao.extract.language.IndicatorDictionary;

/**
 * The growth rate and the completion rate the dictionary files under an indicator. The dictionary finds them by
 * going over all its indicators; a document asks for the same few many times, so each is looked up once here.
 */
final class RelatedIndicators {

    private final IndicatorDictionary dictionary;
    private final Map<String, Indicator> growthRates = new HashMap<>();
    private final Map<String, Indicator> rates = new HashMap<>();

    RelatedIndicators(IndicatorDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** {@link IndicatorDictionary#growthRateOf}, or null. */
    Indicator growthRateOf(String code) {
        if (!growthRates.containsKey(code)) {
            growthRates.put(code, dictionary.growthRateOf(code).orElse(null));
        }
        return growthRates.get(code);
    }

    /** {@link IndicatorDictionary#rateOf}, or null. */
    Indicator rateOf(String code) {
        if (!rates.containsKey(code)) {
            rates.put(code, dictionary.rateOf(code).orElse(null));
        }
        return rates.get(code);
    }
}
