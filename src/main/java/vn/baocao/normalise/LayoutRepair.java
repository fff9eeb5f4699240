package vn.baocao.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

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

    private final String raw;

    LayoutRepair(String raw) {
        this.raw = raw;
    }

    static List<int[]> lines(String raw) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= raw.length(); i++) {
            if (i == raw.length() || raw.charAt(i) == '\n') {
                int end = i > start && raw.charAt(i - 1) == '\r' ? i - 1 : i;
                lines.add(new int[] {start, end});
                start = i + 1;
            }
        }
        return lines;
    }

    List<Para> paragraphs(List<int[]> lines, FootnoteMarks marks) {
        List<Para> paras = new ArrayList<>();
        Para current = null;
        for (int i = 0; i < lines.size(); i++) {
            int[] l = lines.get(i);
            String text = raw.substring(l[0], l[1]);
            if (text.isBlank()) {
                continue;
            }
            Integer footnote = marks.headerAt(i);
            if (footnote != null) {
                current = new Para(footnote);
                current.segments.add(new int[] {l[0] + FootnoteMarks.headerPrefix(text), l[1]});
                paras.add(current);
            } else if (current != null && joins(current, text)) {
                current.segments.add(l);
            } else {
                current = new Para(null);
                current.segments.add(l);
                paras.add(current);
            }
        }
        return reattachAcrossFootnotes(paras);
    }

    /** Whether a line continues the paragraph before it. */
    private boolean joins(Para p, String line) {
        char last = lastChar(p);
        if (".!?:;".indexOf(last) >= 0) {
            return false;
        }
        if (line.startsWith("\t")) {
            return true; // a fragment of a line broken by tabs (an indented line of web text is a paragraph of its own)
        }
        String t = line.strip();
        char first = t.charAt(0);
        if (Character.isLowerCase(first)) {
            return !LIST_ITEM.matcher(t).find(); // 'b. Vụ hè thu' opens an item
        }
        return Character.isDigit(first) && !LIST_ITEM.matcher(t).find() && Character.isLowerCase(last)
                && !ONLY_A_NUMBER.matcher(t).matches(); // a line of one number is a cell of a table that lost its layout
    }

    private char lastChar(Para p) {
        for (int s = p.segments.size() - 1; s >= 0; s--) {
            int[] seg = p.segments.get(s);
            for (int i = seg[1] - 1; i >= seg[0]; i--) {
                if (!Character.isWhitespace(raw.charAt(i))) {
                    return raw.charAt(i);
                }
            }
        }
        return '.';
    }

    private String text(Para p) {
        StringBuilder s = new StringBuilder();
        p.segments.forEach(seg -> s.append(raw, seg[0], seg[1]).append(' '));
        return s.toString().strip();
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
            boolean interrupted = ".!?:;".indexOf(lastChar(p)) < 0 && text(p).length() > 30
                    && i + 1 < paras.size() && paras.get(i + 1).footnote != null;
            if (!interrupted) {
                continue;
            }
            int open = balance(text(p));
            int found = -1;
            for (int j = i + 1; j < paras.size() && j <= i + CONTINUATION_WINDOW; j++) {
                Para c = paras.get(j);
                if (c.footnote != null || used[j]) {
                    continue;
                }
                String t = text(c);
                boolean lower = Character.isLowerCase(t.charAt(0));
                boolean closes = open > 0 && closesFirst(t);
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
                if (j < paras.size() && !LIST_ITEM.matcher(text(paras.get(j))).find()) {
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

    private static int balance(String s) {
        int open = 0;
        for (char c : s.toCharArray()) {
            if (c == '(') {
                open++;
            } else if (c == ')' && open > 0) {
                open--;
            }
        }
        return open;
    }

    private static boolean closesFirst(String s) {
        int close = s.indexOf(')');
        int open = s.indexOf('(');
        return close >= 0 && (open < 0 || close < open);
    }
}
