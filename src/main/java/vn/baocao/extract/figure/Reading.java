package vn.baocao.extract.figure;

/**
 * What a number measures, as the words around it say.
 *
 * @param measure  what it measures
 * @param value    the figure as the measure wants it ('bằng 92,37% cùng kỳ' read as a change is -7.63)
 * @param high     the upper end of a range, else null
 * @param cue      the cue words that decided it, for the observation's rule
 * @param end      the token after the last word that belongs to the figure ('so với cùng kỳ', 'kế hoạch')
 * @param basis    whose plan a share of plan is measured against ('bộ tài chính', 'hđnd tỉnh'), else null
 * @param growth   read from a growth cue ('tăng trưởng 8,05%'), not from a change
 * @param share    read from a share cue ('chiếm 7,37%'): the value of a share
 */
public record Reading(Measure measure, double value, Double high, String cue, int end, String basis, boolean growth, boolean share) {
}
