package vn.baocao.extract;

/**
 * How the words around a figure say to read it.
 *
 * @param measure  what the figure measures
 * @param value    the figure as the measure wants it (an index of 92.37% read as a change becomes -7.63)
 * @param cue      the words that decided it, for the observation's rule
 */
public record MeasureReading(Measure measure, double value, String cue) {
}
