package vn.baocao.correct;

/** A line of the corrections file that cannot be applied as written, with the reason a statistician can act on. */
public record RejectedLine(int lineNo, String action, String file, String message) {
}
