package vn.baocao.normalise;

import java.util.Arrays;

/**
 * Accumulates the normalised text and the origin of each of its characters,
 * folding white space, and notes where a tone mark may have to move.
 */
final class OffsetBuilder {
    // Plain arrays, not a StringBuilder: one store per character, and no copy to hand the text over.
    private char[] text;
    private int length;
    private int[] origin;
    private boolean pendingSpace;
    private boolean pendingBreak;
    private int pendingOrigin;
    /** Where a vowel that may take the tone mark of the next one was followed by it: 'oà', 'uý'. */
    private int[] toneAt = new int[64];
    private int tones;

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
        if (pendingSpace || pendingBreak) {
            ensureRoom(1);
            length = separate(text, origin, length, at);
        }
        ensureRoom(1);
        length = put(text, origin, length, c, at);
    }

    /**
     * Copies the characters from {@code from} on that need no decision, up to {@code stop}: letters, signs and
     * digits not followed by a combining mark (before {@code to}), and white space, folded. Returns where it
     * stopped: at {@code stop} or at a character for the caller to decide on. A digit right after a lower-case
     * letter is left to the caller, which may separate them.
     */
    int copyPlain(char[] raw, int from, int stop, int to) {
        ensureRoom(stop - from + 1); // one character out for each in, and one separator pending before them
        char[] t = text;
        int[] o = origin;
        int n = length;
        int i = from;
        while (i < stop) {
            int kind = CharKinds.of(raw[i]);
            if ((kind & CharKinds.SPACE) != 0) {
                space(i);
                i++;
                continue;
            }
            if ((kind & (CharKinds.PLAIN | CharKinds.DIGIT)) == 0 || i + 1 < to && CharKinds.is(raw[i + 1], CharKinds.COMBINING)) {
                break;
            }
            if (pendingSpace || pendingBreak) {
                n = separate(t, o, n, i);
            } else if ((kind & CharKinds.DIGIT) != 0 && n > 0 && CharKinds.lowerCaseLetter(t[n - 1])) {
                break;
            }
            n = put(t, o, n, raw[i], i);
            i++;
            // The rest of the word, letters and signs: nothing is pending after a character.
            while (i < stop) {
                kind = CharKinds.of(raw[i]);
                if ((kind & CharKinds.PLAIN) == 0 || i + 1 < to && CharKinds.is(raw[i + 1], CharKinds.COMBINING)) {
                    break;
                }
                if ((kind & CharKinds.TONE_SECOND) != 0 && ToneMarks.isFirstVowel(t[n - 1])) {
                    noteTone(n);
                }
                t[n] = raw[i]; // as put does, with the character's kinds at hand
                o[n] = i;
                n++;
                i++;
            }
        }
        length = n;
        return i;
    }

    /** Writes the pending space or line break, if any text is before it, into arrays with room; returns the new length. */
    private int separate(char[] t, int[] o, int n, int at) {
        int m = n;
        if (n > 0) {
            m = pendingBreak ? put(t, o, n, '\n', at) : put(t, o, n, ' ', pendingOrigin);
        }
        pendingSpace = false;
        pendingBreak = false;
        return m;
    }

    /** Writes one character into arrays with room; returns the new length. */
    private int put(char[] t, int[] o, int n, char c, int at) {
        if (n > 0 && CharKinds.is(c, CharKinds.TONE_SECOND) && ToneMarks.isFirstVowel(t[n - 1])) {
            noteTone(n);
        }
        t[n] = c;
        o[n] = at;
        return n + 1;
    }

    private void noteTone(int at) {
        if (tones == toneAt.length) {
            toneAt = Arrays.copyOf(toneAt, tones * 2);
        }
        toneAt[tones++] = at;
    }

    private void ensureRoom(int more) {
        if (length + more > origin.length) {
            int capacity = Math.max(length + more, origin.length * 2);
            origin = Arrays.copyOf(origin, capacity);
            text = Arrays.copyOf(text, capacity);
        }
    }

    boolean pendingWhitespace() {
        return pendingSpace || pendingBreak;
    }

    /** Whether the text so far ends in a lower-case word that is not a unit ('tăng', not 'km'). */
    boolean endsInLowerCaseWord() {
        return length > 0 && CharKinds.lowerCaseLetter(text[length - 1]) && !FootnoteMarks.unitStemBefore(text, length);
    }

    /** The text with its tone marks in the dictionary's places. */
    String foldedText() {
        ToneMarks.fold(text, length, toneAt, tones);
        return new String(text, 0, length);
    }

    /** The text so far; only its first {@link #size()} characters are text. */
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
