package vn.baocao.extract.language;

/**
 * A phrase of the dictionary that names an indicator.
 *
 * @param weak  written with a leading '~': a common word that names the indicator only for a figure in its own
 *              unit right by it ('thủy sản đạt 249.762 tấn'), never for a change or share on its own
 */
public record IndicatorPhrase(Indicator indicator, String phrase, boolean weak) {
}
