package vn.baocao.correct;

import java.util.List;

/** What the corrections file says: its valid lines, and the lines that are wrong with why. */
public record CorrectionLines(List<Correction> valid, List<RejectedLine> invalid) {

    public static final CorrectionLines NONE = new CorrectionLines(List.of(), List.of());

    public CorrectionLines {
        valid = List.copyOf(valid);
        invalid = List.copyOf(invalid);
    }
}
