package vn.baocao.normalise;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.baocao.read.TextChars;

/**
 * Turns raw report text into the form the extractor reads: Unicode NFC, one
 * tone-mark style, paragraphs repaired after PDF and Word conversion (see
 * {@link LayoutRepair}), footnote marks taken out of the sentences and footnote
 * bodies kept as paragraphs of their own, Markdown and Word artefacts dropped,
 * one space between words and one newline between paragraphs. Every output
 * character remembers which original character it came from.
 */
public final class TextNormaliser {

    /**
     * How far a bookmark's ']' is looked for. Word limits a bookmark's name to 40 characters ('[bookmark: _GoBack]'),
     * so 64 holds the marker and any name; a '[bookmark:' left unclosed keeps its text instead of eating everything up
     * to some far ']', and a text of many of them stays linear.
     */
    private static final int MAX_BOOKMARK = 64;

    public NormalisedText normalise(String raw) {
        return normalise(TextChars.of(raw));
    }

    public NormalisedText normalise(TextChars raw) {
        // The characters read by index, as the reader left them: String.charAt on Vietnamese (UTF-16) text checks
        // its index on every call.
        char[] chars = raw.array();
        int length = raw.length();
        LayoutRepair.Lines lines = LayoutRepair.lines(chars, length);
        FootnoteMarks marks = new FootnoteMarks(raw, lines);
        List<LayoutRepair.Para> paras = new LayoutRepair(raw).paragraphs(lines, marks);
        Marks skip = new Marks(marks.inOrder());
        OffsetBuilder out = new OffsetBuilder(raw.length());
        Map<Integer, Integer> anchorAt = new java.util.HashMap<>();
        List<int[]> bodies = new ArrayList<>();
        for (LayoutRepair.Para p : paras) {
            out.paragraphBreak();
            int bodyStart = out.length();
            for (int[] seg : p.segments) {
                out.space(seg[0]);
                copy(chars, length, seg[0], seg[1], skip, out, anchorAt);
            }
            if (p.footnote != null) {
                bodies.add(new int[] {p.footnote, bodyStart, out.length()});
            }
        }
        TextChars folded = out.foldedText();
        char[] text = out.text();
        int n = out.size();
        List<Footnote> footnotes = new ArrayList<>();
        for (int[] b : bodies) {
            Integer anchor = anchorAt.get(b[0]);
            int start = Math.min(b[1] + (b[1] < n && text[b[1]] == '\n' ? 1 : 0), b[2]);
            footnotes.add(new Footnote(b[0], start, b[2], anchor == null ? -1 : anchor));
        }
        return new NormalisedText(folded, out.origins(), length, footnotes);
    }

    /** Copies raw [from, to) of a text of {@code length} chars into {@code out}. */
    private static void copy(char[] raw, int length, int from, int to, Marks skip, OffsetBuilder out, Map<Integer, Integer> anchorAt) {
        int i = from;
        int nextMark = skip.ceiling(from);
        while (i < to) {
            if (i > nextMark) {
                nextMark = skip.ceiling(i); // an artefact skipped over the mark
                continue;
            }
            if (i == nextMark) {
                FootnoteMarks.Mark mark = skip.current();
                anchorAt.put(mark.number(), out.length());
                nextMark = skip.ceiling(Math.max(mark.end(), i + 1));
                i = mark.end();
                continue;
            }
            // The common case: words, figures and the spaces between them, copied up to the next mark.
            i = out.copyPlain(raw, i, Math.min(to, nextMark), to);
            if (i == to || i == nextMark) {
                continue;
            }
            char c = raw[i];
            boolean marked = i + 1 < to && CharKinds.is(raw[i + 1], CharKinds.COMBINING);
            if (!marked && CharKinds.is(c, CharKinds.PLAIN)) {
                out.append(c, i);
                i++;
                continue;
            }
            int artefact = artefactLength(raw, length, i, from);
            if (artefact > 0) {
                i += artefact;
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                out.space(i);
                i++;
                continue;
            }
            if (Character.isDigit(c) && !out.pendingWhitespace() && out.endsInLowerCaseWord()) {
                out.space(i); // a word run into its figure by lost formatting: 'tăng1,36%'
            }
            if (!marked) {
                out.append(c, i);
                i++;
                continue;
            }
            // Decomposed accents: copy a base letter with its combining marks, composed.
            int j = i + 1;
            while (j < to && CharKinds.is(raw[j], CharKinds.COMBINING)) {
                j++;
            }
            String composed = Normalizer.normalize(new String(raw, i, j - i), Normalizer.Form.NFC);
            for (int k = 0; k < composed.length(); k++) {
                out.append(composed.charAt(k), i);
            }
            i = j;
        }
    }

    /** Length of a conversion artefact starting at {@code i} of a text of {@code length} chars that carries no text, 0 if none. */
    private static int artefactLength(char[] s, int length, int i, int lineStart) {
        char c = s[i];
        if (c == '[' && startsWith(s, length, i, "[bookmark:")) {
            int close = indexOf(s, ']', i, Math.min(length, i + MAX_BOOKMARK));
            return close < 0 ? 0 : close - i + 1;
        }
        if (c == '*') {
            return 1; // Markdown emphasis; reports do not use '*' for anything else
        }
        if (c == '#' && blankBefore(s, i, lineStart)) {
            int j = i;
            while (j < length && s[j] == '#') {
                j++;
            }
            return j < length && s[j] == ' ' ? j - i : 0;
        }
        if (c == '|' && isTableRule(s, length, i)) {
            return 1;
        }
        return 0;
    }

    private static boolean startsWith(char[] s, int length, int at, String prefix) {
        if (at + prefix.length() > length) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (s[at + k] != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(char[] s, char c, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s[k] == c) {
                return k;
            }
        }
        return -1;
    }

    /** Only white space between the line's start and i; stops at the first character that is not. */
    private static boolean blankBefore(char[] s, int i, int lineStart) {
        for (int k = i - 1; k >= lineStart; k--) {
            if (!Character.isWhitespace(s[k])) {
                return false;
            }
        }
        return true;
    }

    /** A Markdown table pipe: '|' with space or line edge around it. */
    private static boolean isTableRule(char[] s, int length, int i) {
        boolean before = i == 0 || Character.isWhitespace(s[i - 1]);
        boolean after = i + 1 >= length || Character.isWhitespace(s[i + 1]);
        return before || after;
    }

    /**
     * The confirmed footnote marks in order of their start, read forward: each paragraph segment looks up its
     * first mark once and then steps on, instead of asking a sorted map at every mark.
     */
    private static final class Marks {
        private final FootnoteMarks.Mark[] marks;
        private int at;

        Marks(FootnoteMarks.Mark[] marks) {
            this.marks = marks;
        }

        /** Start of the first mark at or after {@code offset}, {@link Integer#MAX_VALUE} if none. */
        int ceiling(int offset) {
            if (marks.length == 0) {
                return Integer.MAX_VALUE;
            }
            if (at > 0 && marks[at - 1].start() >= offset) {
                at = firstFrom(offset); // a segment that comes before the one read last (a sentence continued after its footnotes)
            }
            while (at < marks.length && marks[at].start() < offset) {
                at++;
            }
            return at < marks.length ? marks[at].start() : Integer.MAX_VALUE;
        }

        private int firstFrom(int offset) {
            int lo = 0;
            int hi = marks.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (marks[mid].start() < offset) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /** The mark {@link #ceiling} found last. */
        FootnoteMarks.Mark current() {
            return marks[at];
        }
    }
}
