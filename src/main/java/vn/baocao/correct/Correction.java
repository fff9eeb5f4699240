package vn.baocao.correct;

import java.time.YearMonth;

/**
 * One valid line of the corrections file: which figure (its key in the version of the document the line was made
 * against, and its evidence text to find it again in a later version), what to do with it, and who decided, when and
 * why. For a change the non-null columns among indicator .. area are the new values; for an add they are the whole
 * figure.
 *
 * @param lineNo the line of the file where the record starts (the header is line 1)
 */
public record Correction(int lineNo, String file, String sha256, Integer charStart, Integer charEnd, Integer tableIndex,
                         Integer tableRow, Integer tableCol, String evidence, Action action, String indicator, String measure,
                         String status, YearMonth periodStart, YearMonth periodEnd, Double value, String area, String who,
                         String when, String why) {

    /** What a line does with its figure. */
    public enum Action {
        CONFIRM, CHANGE, DELETE, ADD;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
