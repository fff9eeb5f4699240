package vn.baocao.extract.period;

import java.util.Set;
import vn.baocao.extract.text.Slot;
import vn.baocao.extract.text.TokenPattern;
import vn.baocao.extract.text.Tokens;

/**
 * What a period pattern needs of the token after its first part: 'tháng' after '<N>' in '<N> tháng đầu năm', a year
 * after 'năm' in 'năm <Y>'. Nearly every try of a pattern fails there ('năm 2024' is no '<N> tháng'), so one look at
 * that token spares the try. Taken from the pattern's first two compiled parts when each is a word or a hole; for any
 * other pattern there is no step, and every try is made.
 *
 * @param first the hole the pattern opens with, or null when it opens with a word (which reads one token)
 * @param words the words the second part may be, or null when it is a hole
 * @param hole  the hole the second part is, or null when it is a word
 */
record SecondStep(Slot first, Set<String> words, Slot hole) {

    /** The step of a pattern, or null when its first two parts are not each a word or a hole. */
    static SecondStep of(TokenPattern pattern) {
        boolean opens = pattern.wordsAt(0) != null || pattern.slotAt(0) != null;
        Set<String> words = pattern.wordsAt(1);
        Slot hole = pattern.slotAt(1);
        return opens && (words != null || hole != null) ? new SecondStep(pattern.slotAt(0), words, hole) : null;
    }

    /**
     * Whether a match at token i may get past the second part, reading no token at or after {@code limit}.
     *
     * @param firstRead what {@link #first} reads at token i, as the pattern would read it (unused when first is null)
     */
    boolean mayPass(Tokens t, int i, int limit, Slot.Value firstRead) {
        int next;
        if (first == null) {
            next = i + 1;
        } else if (firstRead == null) {
            return false;
        } else {
            next = firstRead.end();
        }
        if (next >= limit) {
            return false;
        }
        return words != null ? words.contains(t.folded(next)) : hole.read(t, next, limit) != null;
    }
}
