package vn.baocao.normalise;

import java.text.Normalizer;

/**
 * Turns raw report text into the form the extractor reads: Unicode NFC,
 * lower noise from Word and Markdown conversion, one space between words and
 * one newline between paragraphs. Every output character remembers which
 * original character it came from.
 */
public final class TextNormaliser {

    public NormalisedText normalise(String raw) {
        OffsetBuilder out = new OffsetBuilder(raw.length());
        int i = 0;
        int n = raw.length();
        while (i < n) {
            int skip = artefactLength(raw, i);
            if (skip > 0) {
                i += skip;
                continue;
            }
            char c = raw.charAt(i);
            if (c == '\r') {
                i++;
                continue;
            }
            if (c == '\n') {
                out.newline(i);
                i++;
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u00A0') {
                out.space(i);
                i++;
                continue;
            }
            // Decomposed accents are composed below, so copy a base letter with its combining marks together.
            int j = i + 1;
            while (j < n && Character.getType(raw.charAt(j)) == Character.NON_SPACING_MARK) {
                j++;
            }
            String piece = raw.substring(i, j);
            String composed = j - i > 1 ? Normalizer.normalize(piece, Normalizer.Form.NFC) : piece;
            for (int k = 0; k < composed.length(); k++) {
                out.append(composed.charAt(k), i);
            }
            i = j;
        }
        return out.build();
    }

    /** Length of a conversion artefact starting at {@code i} that carries no text, 0 if none. */
    private static int artefactLength(String s, int i) {
        if (s.startsWith("[bookmark:", i)) {
            int close = s.indexOf(']', i);
            return close < 0 ? 0 : close - i + 1;
        }
        if (s.charAt(i) == '*') {
            return 1; // Markdown emphasis; reports never use '*' for anything else
        }
        if (s.charAt(i) == '#' && (i == 0 || s.charAt(i - 1) == '\n')) {
            int j = i;
            while (j < s.length() && s.charAt(j) == '#') {
                j++;
            }
            return j < s.length() && s.charAt(j) == ' ' ? j - i + 1 : 0;
        }
        return 0;
    }

    /** Accumulates output characters and their origins, folding whitespace. */
    private static final class OffsetBuilder {
        private final StringBuilder text;
        private int[] origin;
        private boolean pendingSpace;
        private boolean pendingNewline;
        private int pendingOrigin;
        private final int originalLength;

        OffsetBuilder(int originalLength) {
            this.text = new StringBuilder(originalLength);
            this.origin = new int[Math.max(16, originalLength)];
            this.originalLength = originalLength;
        }

        void space(int at) {
            if (!pendingSpace && !pendingNewline) {
                pendingOrigin = at;
            }
            pendingSpace = true;
        }

        void newline(int at) {
            if (!pendingNewline) {
                pendingOrigin = at;
            }
            pendingNewline = true;
        }

        void append(char c, int at) {
            if (text.length() > 0) {
                if (pendingNewline) {
                    put('\n', pendingOrigin);
                } else if (pendingSpace) {
                    put(' ', pendingOrigin);
                }
            }
            pendingSpace = false;
            pendingNewline = false;
            put(c, at);
        }

        private void put(char c, int at) {
            if (text.length() == origin.length) {
                origin = java.util.Arrays.copyOf(origin, origin.length * 2);
            }
            origin[text.length()] = at;
            text.append(c);
        }

        NormalisedText build() {
            return new NormalisedText(text.toString(), java.util.Arrays.copyOf(origin, text.length()), originalLength);
        }
    }
}
