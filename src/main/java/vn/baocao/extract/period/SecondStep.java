package vn.baocao.extract.period;

import java.util.Objects;
import java.util.Set;
import vn.baocao.extract.text.Fold;
import vn.baocao.extract.text.Slot;
import vn.baocao.extract.text.TokenPattern;
import vn.baocao.extract.text.Tokens;

/**
 * What a period pattern needs of the token after its first part: 'tháng' after '<N>' in '<N> tháng đầu năm', a year
 * after 'năm' in 'năm <Y>'. Nearly every try of a pattern fails there ('năm 2024' is no '<N> tháng'), so one look at
 * that token spares the try. Read from the pattern's own first two parts, each compiled as the pattern compiles it,
 * and only where both are plain (a word or a hole) and the first compiles to what the pattern opens with; for any
 * other pattern there is no step, and every try is made.
 *
 * @param first the hole the pattern opens with, or null when it opens with a word (which reads one token)
 * @param words the words the second part may be, or null when it is a hole
 * @param hole  the hole the second part is, or null when it is a word
 */
record SecondStep(Slot first, Set<String> words, Slot hole) {

    /** The step of a pattern, or null when its first two parts are not plain. */
    static SecondStep of(TokenPattern pattern) {
        String[] parts = Fold.rule(pattern.source()).split(" ");
        if (parts.length < 2 || !plain(parts[0]) || !plain(parts[1]) || !Fold.rule(parts[1]).equals(parts[1])) {
            return null;
        }
        TokenPattern first;
        TokenPattern second;
        try {
            first = TokenPattern.compile(parts[0]);
            second = TokenPattern.compile(parts[1]);
        } catch (IllegalArgumentException e) {
            return null;
        }
        boolean opens = first.firstWords() != null || first.firstSlot() != null;
        if (!opens || !Objects.equals(first.firstWords(), pattern.firstWords()) || first.firstSlot() != pattern.firstSlot()
                || second.firstWords() == null && second.firstSlot() == null) {
            return null;
        }
        return new SecondStep(first.firstSlot(), second.firstWords(), second.firstSlot());
    }

    /** One part as the pattern compiler cuts it: a hole '<X>', or a run of letters, digits, marks and '|' opened by a letter or digit. */
    private static boolean plain(String part) {
        if (part.length() > 2 && part.charAt(0) == '<') {
            return part.indexOf('>') == part.length() - 1;
        }
        if (part.isEmpty() || !Character.isLetterOrDigit(part.charAt(0))) {
            return false;
        }
        for (int k = 0; k < part.length(); k++) {
            char c = part.charAt(k);
            if (!Character.isLetterOrDigit(c) && c != '|' && Character.getType(c) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        return true;
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
