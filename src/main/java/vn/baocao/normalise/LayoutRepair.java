package vn.baocao.normalise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import vn.baocao.read.TextChars;

/**
 * Rebuilds paragraphs from the lines of converted text, undoing what PDF and
 * Word conversion did to them:
 * <ul>
 *   <li>a sentence wrapped onto the next line ('... với diện tích' / '2,607 ha;') is joined;</li>
 *   <li>words split onto lines of their own by tabs are joined back;</li>
 *   <li>footnote bodies become paragraphs of their own, numbered, and lines that
 *       continue a footnote stay with it;</li>
 *   <li>a sentence cut by a page break and a block of footnotes continues after the
 *       block; its continuation is moved back to it.</li>
 * </ul>
 * Paragraphs are lists of raw character ranges, so offsets into the original survive.
 */
final class LayoutRepair {

    /** A paragraph: raw ranges to read in order, and its footnote number if it is a footnote body. */
    static final class Para {
        final List<int[]> segments = new ArrayList<>();
        final Integer footnote;

        Para(Integer footnote) {
            this.footnote = footnote;
        }
    }

    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:\\d+(?:\\.\\d+)*[.)]\\s|\\(\\d+\\)|[-–•·+*]\\s|[IVX]+\\.\\s|[a-zđ]\\)\\s|[a-zđ]\\.\\s+\\p{Lu})");
    private static final Pattern ONLY_A_NUMBER = Pattern.compile("[-+]?\\d(?:[\\d.,]*\\d)?\\s*%?");
    private static final int CONTINUATION_WINDOW = 40;

    private final TextChars raw;
    /** The characters of {@code raw}, read by index. */
    private final char[] chars;

    LayoutRepair(TextChars raw) {
        this.raw = raw;
        this.chars = raw.array();
    }

    /** Where each line of the raw text starts and ends, its '\n' or '\r\n' left out; kept in one array. */
    static final class Lines {
        private int[] bounds = new int[128];
        private int count;

        private void add(int start, int end) {
            if (2 * count + 2 > bounds.length) {
                bounds = Arrays.copyOf(bounds, bounds.length * 2);
            }
            bounds[2 * count] = start;
            bounds[2 * count + 1] = end;
            count++;
        }

        int count() {
            return count;
        }

        int start(int line) {
            return bounds[2 * line];
        }

        int end(int line) {
            return bounds[2 * line + 1];
        }
    }

    /** The lines of the text in the first {@code length} chars of {@code raw}. */
    static Lines lines(char[] raw, int length) {
        Lines lines = new Lines();
        int start = 0;
        while (true) {
            // The search for the line's end calls nothing: a call in the loop that reads every character would have
            // C1 keep its locals in memory.
            int end = start;
            while (end < length && raw[end] != '\n') {
                end++;
            }
            lines.add(start, end > start && raw[end - 1] == '\r' ? end - 1 : end);
            if (end == length) {
                return lines;
            }
            start = end + 1;
        }
    }

    List<Para> paragraphs(Lines lines, FootnoteMarks marks) {
        List<Para> paras = new ArrayList<>();
        Para current = null;
        for (int i = 0; i < lines.count(); i++) {
            int start = lines.start(i);
            int end = lines.end(i);
            if (isBlank(start, end)) {
                continue;
            }
            int footnote = marks.headerAt(i);
            if (footnote != 0) {
                current = new Para(footnote);
                current.segments.add(new int[] {marks.bodyStart(i), end});
                paras.add(current);
            } else if (current != null && joins(current, start, end)) {
                current.segments.add(new int[] {start, end});
            } else {
                current = new Para(null);
                current.segments.add(new int[] {start, end});
                paras.add(current);
            }
        }
        return reattachAcrossFootnotes(paras);
    }

    private boolean isBlank(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!CharKinds.whitespace(chars[i])) {
                return false;
            }
        }
        return true;
    }

    /** Whether the line from {@code from} to {@code to}, not blank, continues the paragraph before it. */
    private boolean joins(Para p, int from, int to) {
        char last = lastChar(p);
        if (".!?:;".indexOf(last) >= 0) {
            return false;
        }
        if (chars[from] == '\t') {
            return true; // a fragment of a line broken by tabs (an indented line of web text is a paragraph of its own)
        }
        // The line without the white space around it, matched in place rather than copied out.
        int start = from;
        int end = to;
        while (Character.isWhitespace(chars[start])) {
            start++;
        }
        while (Character.isWhitespace(chars[end - 1])) {
            end--;
        }
        char first = chars[start];
        if (Character.isLowerCase(first)) {
            return !isListItem(start, end); // 'b. Vụ hè thu' opens an item
        }
        return Character.isDigit(first) && !isListItem(start, end) && Character.isLowerCase(last)
                && !ONLY_A_NUMBER.matcher(raw).region(start, end).matches(); // a line of one number is a cell of a table that lost its layout
    }

    /**
     * Whether the raw text from {@code start} to {@code end} opens a list item. lookingAt, not find: the pattern is
     * anchored at the start, and find would try every later position of the line too before giving up.
     */
    private boolean isListItem(int start, int end) {
        return LIST_ITEM.matcher(raw).region(start, end).lookingAt();
    }

    private char lastChar(Para p) {
        for (int s = p.segments.size() - 1; s >= 0; s--) {
            int[] seg = p.segments.get(s);
            for (int i = seg[1] - 1; i >= seg[0]; i--) {
                if (!Character.isWhitespace(chars[i])) {
                    return chars[i];
                }
            }
        }
        return '.';
    }

    /** The paragraph's text: its segments, each followed by a space, stripped of the white space at either end. */
    private String text(Para p) {
        StringBuilder s = new StringBuilder();
        p.segments.forEach(seg -> s.append(chars, seg[0], seg[1] - seg[0]).append(' '));
        return s.toString().strip();
    }

    // What is read of a paragraph's text while looking for where it continues, read off its segments
    // without building the text: up to CONTINUATION_WINDOW paragraphs are looked at for every interruption.

    /** {@code text(p).length()}. */
    private int textLength(Para p) {
        int joined = 0;
        for (int[] seg : p.segments) {
            joined += seg[1] - seg[0] + 1;
        }
        int leading = 0;
        for (int[] seg : p.segments) {
            int i = seg[0];
            while (i < seg[1] && Character.isWhitespace(chars[i])) {
                i++;
            }
            if (i < seg[1]) {
                leading += i - seg[0];
                int trailing = 0;
                for (int s = p.segments.size() - 1; s >= 0; s--) {
                    int[] back = p.segments.get(s);
                    int k = back[1];
                    while (k > back[0] && Character.isWhitespace(chars[k - 1])) {
                        k--;
                    }
                    trailing += back[1] - k + 1;
                    if (k > back[0]) {
                        return joined - leading - trailing;
                    }
                }
            }
            leading += seg[1] - seg[0] + 1;
        }
        return 0;
    }

    /** {@code text(p).charAt(0)}. */
    private char firstChar(Para p) {
        for (int[] seg : p.segments) {
            for (int i = seg[0]; i < seg[1]; i++) {
                if (!Character.isWhitespace(chars[i])) {
                    return chars[i];
                }
            }
        }
        return text(p).charAt(0); // no text: fails as reading the text does
    }

    /** How many parentheses the paragraph leaves open. */
    private int balance(Para p) {
        int open = 0;
        for (int[] seg : p.segments) {
            for (int i = seg[0]; i < seg[1]; i++) {
                if (chars[i] == '(') {
                    open++;
                } else if (chars[i] == ')' && open > 0) {
                    open--;
                }
            }
        }
        return open;
    }

    /** Whether the first parenthesis in the paragraph closes one. */
    private boolean closesFirst(Para p) {
        for (int[] seg : p.segments) {
            for (int i = seg[0]; i < seg[1]; i++) {
                if (chars[i] == '(' || chars[i] == ')') {
                    return chars[i] == ')';
                }
            }
        }
        return false;
    }

    /**
     * A paragraph that stops mid-sentence right before a footnote block continues after the
     * block: on the first line that starts in lower case, or that closes its open parenthesis.
     * That line is moved back; the lines in between belong to the footnotes.
     */
    private List<Para> reattachAcrossFootnotes(List<Para> paras) {
        List<Para> out = new ArrayList<>();
        boolean[] used = new boolean[paras.size()];
        Para lastFootnote = null;
        for (int i = 0; i < paras.size(); i++) {
            if (used[i]) {
                continue;
            }
            Para p = paras.get(i);
            out.add(p);
            if (p.footnote != null) {
                lastFootnote = p;
                continue;
            }
            boolean interrupted = i + 1 < paras.size() && paras.get(i + 1).footnote != null
                    && ".!?:;".indexOf(lastChar(p)) < 0 && textLength(p) > 30;
            if (!interrupted) {
                continue;
            }
            int open = balance(p);
            int found = -1;
            for (int j = i + 1; j < paras.size() && j <= i + CONTINUATION_WINDOW; j++) {
                Para c = paras.get(j);
                if (c.footnote != null || used[j]) {
                    continue;
                }
                boolean lower = Character.isLowerCase(firstChar(c));
                boolean closes = open > 0 && closesFirst(c);
                if (lower || closes) {
                    found = j;
                    break;
                }
            }
            if (found < 0) {
                int j = i + 1;
                while (j < paras.size() && paras.get(j).footnote != null) {
                    j++;
                }
                if (j < paras.size() && !LIST_ITEM.matcher(text(paras.get(j))).lookingAt()) {
                    found = j;
                }
            }
            if (found < 0) {
                continue;
            }
            p.segments.addAll(paras.get(found).segments);
            used[found] = true;
            // Lines between the footnote headers and the continuation are footnote text.
            Para owner = null;
            for (int j = i + 1; j < found; j++) {
                Para q = paras.get(j);
                if (q.footnote != null) {
                    owner = q;
                } else if (owner != null && !used[j]) {
                    owner.segments.addAll(q.segments);
                    used[j] = true;
                }
            }
        }
        return out;
    }
}
