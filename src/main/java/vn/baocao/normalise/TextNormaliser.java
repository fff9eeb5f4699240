package vn.baocao.normalise;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns raw report text into the form the extractor reads: Unicode NFC, one
 * tone-mark style, paragraphs repaired after PDF and Word conversion (see
 * {@link LayoutRepair}), footnote marks taken out of the sentences and footnote
 * bodies kept as paragraphs of their own, Markdown and Word artefacts dropped,
 * one space between words and one newline between paragraphs. Every output
 * character remembers which original character it came from.
 */
public final class TextNormaliser {

    public NormalisedText normalise(String raw) {
        List<int[]> lines = LayoutRepair.lines(raw);
        FootnoteMarks marks = new FootnoteMarks(raw, lines);
        List<LayoutRepair.Para> paras = new LayoutRepair(raw).paragraphs(lines, marks);
        TreeMap<Integer, FootnoteMarks.Mark> skip = marks.marksByStart();
        OffsetBuilder out = new OffsetBuilder(raw.length());
        Map<Integer, Integer> anchorAt = new java.util.HashMap<>();
        List<int[]> bodies = new ArrayList<>();
        for (LayoutRepair.Para p : paras) {
            out.paragraphBreak();
            int bodyStart = out.length();
            for (int[] seg : p.segments) {
                out.space(seg[0]);
                copy(raw, seg[0], seg[1], skip, out, anchorAt);
            }
            if (p.footnote != null) {
                bodies.add(new int[] {p.footnote, bodyStart, out.length()});
            }
        }
        char[] text = out.text();
        int n = out.size();
        ToneMarks.fold(text, n);
        List<Footnote> footnotes = new ArrayList<>();
        for (int[] b : bodies) {
            Integer anchor = anchorAt.get(b[0]);
            int start = Math.min(b[1] + (b[1] < n && text[b[1]] == '\n' ? 1 : 0), b[2]);
            footnotes.add(new Footnote(b[0], start, b[2], anchor == null ? -1 : anchor));
        }
        return new NormalisedText(new String(text, 0, n), out.origins(), raw.length(), footnotes);
    }

    private static void copy(String raw, int from, int to, TreeMap<Integer, FootnoteMarks.Mark> skip,
                             OffsetBuilder out, Map<Integer, Integer> anchorAt) {
        int i = from;
        Integer nextMark = skip.ceilingKey(from);
        while (i < to) {
            if (nextMark != null && i > nextMark) {
                nextMark = skip.ceilingKey(i); // an artefact skipped over the mark
                continue;
            }
            if (nextMark != null && i == nextMark) {
                FootnoteMarks.Mark mark = skip.get(i);
                anchorAt.put(mark.number(), out.length());
                nextMark = skip.ceilingKey(Math.max(mark.end(), i + 1));
                i = mark.end();
                continue;
            }
            char c = raw.charAt(i);
            boolean marked = i + 1 < to && isCombining(raw.charAt(i + 1));
            if (!marked && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0xC0 && Character.isLetter(c))) {
                out.append(c, i); // the common case: a letter on its own
                i++;
                continue;
            }
            int artefact = artefactLength(raw, i, from);
            if (artefact > 0) {
                i += artefact;
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                out.space(i);
                i++;
                continue;
            }
            if (Character.isDigit(c) && !out.pendingWhitespace()) {
                String word = out.lastWord();
                if (!word.isEmpty() && Character.isLowerCase(word.charAt(word.length() - 1)) && !FootnoteMarks.isUnitStem(word)) {
                    out.space(i); // a word run into its figure by lost formatting: 'tăng1,36%'
                }
            }
            if (!marked) {
                out.append(c, i);
                i++;
                continue;
            }
            // Decomposed accents: copy a base letter with its combining marks, composed.
            int j = i + 1;
            while (j < to && isCombining(raw.charAt(j))) {
                j++;
            }
            String composed = Normalizer.normalize(raw.substring(i, j), Normalizer.Form.NFC);
            for (int k = 0; k < composed.length(); k++) {
                out.append(composed.charAt(k), i);
            }
            i = j;
        }
    }

    private static boolean isCombining(char c) {
        return c >= 0x300 && Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** Length of a conversion artefact starting at {@code i} that carries no text, 0 if none. */
    private static int artefactLength(String s, int i, int lineStart) {
        char c = s.charAt(i);
        if (c == '[' && s.startsWith("[bookmark:", i)) {
            int close = s.indexOf(']', i);
            return close < 0 ? 0 : close - i + 1;
        }
        if (c == '*') {
            return 1; // Markdown emphasis; reports do not use '*' for anything else
        }
        if (c == '#' && blankBefore(s, i, lineStart)) {
            int j = i;
            while (j < s.length() && s.charAt(j) == '#') {
                j++;
            }
            return j < s.length() && s.charAt(j) == ' ' ? j - i : 0;
        }
        if (c == '|' && isTableRule(s, i)) {
            return 1;
        }
        return 0;
    }

    /** Only white space between the line's start and i; stops at the first character that is not. */
    private static boolean blankBefore(String s, int i, int lineStart) {
        for (int k = i - 1; k >= lineStart; k--) {
            if (!Character.isWhitespace(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** A Markdown table pipe: '|' with space or line edge around it. */
    private static boolean isTableRule(String s, int i) {
        boolean before = i == 0 || Character.isWhitespace(s.charAt(i - 1));
        boolean after = i + 1 >= s.length() || Character.isWhitespace(s.charAt(i + 1));
        return before || after;
    }

    /** Accumulates output characters and their origins, folding whitespace. */
    private static final class OffsetBuilder {
        // A plain array, not a StringBuilder: one store per character, and no copy to hand the text over.
        private char[] text;
        private int length;
        private int[] origin;
        private boolean pendingSpace;
        private boolean pendingBreak;
        private int pendingOrigin;

        OffsetBuilder(int originalLength) {
            this.text = new char[Math.max(16, originalLength + 16)];
            this.origin = new int[Math.max(16, originalLength + 16)];
        }

        int length() {
            return length + (pendingBreak && length > 0 ? 1 : 0);
        }

        void space(int at) {
            if (!pendingSpace && !pendingBreak) {
                pendingOrigin = at;
            }
            pendingSpace = true;
        }

        void paragraphBreak() {
            if (length > 0) {
                pendingBreak = true;
                pendingSpace = false;
            }
        }

        void append(char c, int at) {
            if (length > 0) {
                if (pendingBreak) {
                    put('\n', at);
                } else if (pendingSpace) {
                    put(' ', pendingOrigin);
                }
            }
            pendingSpace = false;
            pendingBreak = false;
            put(c, at);
        }

        private void put(char c, int at) {
            if (length == origin.length) {
                origin = Arrays.copyOf(origin, origin.length * 2);
                text = Arrays.copyOf(text, text.length * 2);
            }
            origin[length] = at;
            text[length++] = c;
        }

        boolean pendingWhitespace() {
            return pendingSpace || pendingBreak;
        }

        /** The letters at the end of the text so far. */
        String lastWord() {
            int k = length;
            while (k > 0 && Character.isLetter(text[k - 1])) {
                k--;
            }
            return new String(text, k, length - k);
        }

        /** The text so far, to fold in place; only its first {@link #size()} characters are text. */
        char[] text() {
            return text;
        }

        int size() {
            return length;
        }

        int[] origins() {
            return Arrays.copyOf(origin, length);
        }
    }
}
