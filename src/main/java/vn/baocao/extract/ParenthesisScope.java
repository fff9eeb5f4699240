package vn.baocao.extract;

import java.util.HashMap;
import java.util.Map;
import vn.baocao.extract.text.Tokens;

/**
 * What a sentence is about does not change inside a parenthesis: in '98 vụ vi phạm pháp luật (truy cứu
 * trách nhiệm hình sự 35 vụ) (so với cùng kỳ tăng 26 vụ)', the change after the aside is the change of
 * the 98 cases. Walking the figures of a sentence in order, this keeps the subject each depth of
 * brackets had when a deeper one opened and gives it back when that one closes.
 */
final class ParenthesisScope {

    private final Tokens t;
    /** The sentence's '(' and ')' in order (see {@link Gaps#brackets}): only those are looked at, not every token. */
    private final int[] brackets;
    /** Made when a bracket first opens: most sentences have none. */
    private Map<Integer, Subject> saved;
    /** The first of the brackets not yet passed. */
    private int next;
    private int depth;

    ParenthesisScope(Tokens t, int[] brackets) {
        this.t = t;
        this.brackets = brackets;
    }

    /** The subject for a figure starting at {@code token}, given the subject after the figures before it. */
    Subject enter(int token, Subject current) {
        int before = depth;
        int lowest = depth;
        for (; next < brackets.length && brackets[next] < token; next++) {
            char c = t.punct(brackets[next]);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
                lowest = Math.min(lowest, depth);
            }
        }
        Subject subject = lowest < before && saved != null && saved.containsKey(lowest) ? saved.get(lowest) : current;
        for (int d = lowest; d < depth; d++) {
            if (saved == null) {
                saved = new HashMap<>();
            }
            saved.put(d, subject);
        }
        return subject;
    }
}
