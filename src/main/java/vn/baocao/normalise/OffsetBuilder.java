package vn.baocao.normalise;

import java.util.Arrays;
import vn.baocao.read.TextChars;

/**
 * Accumulates the normalised text and the origin of each of its characters,
 * folding white space, and notes where a tone mark may have to move.
 */
final class OffsetBuilder {
    // Plain arrays, not a StringBuilder: one store per character, and no copy to hand the text over.
    private char[] text;
    private int length;
    private int[] origin;
    /** The separator waiting for the next character: none (0), a space or a line break. */
    private char pending;
    /** Where a pending space comes from: the first white space of its run (a line break comes from the character after it). */
    private int pendingOrigin;
    /** Where a vowel that may take the tone mark of the next one was followed by it: 'oà', 'uý'. */
    private int[] toneAt = new int[64];
    private int tones;

    OffsetBuilder(int originalLength) {
        this.text = new char[Math.max(16, originalLength + 16)];
        this.origin = new int[Math.max(16, originalLength + 16)];
    }

    int length() {
        return length + (pending == '\n' && length > 0 ? 1 : 0);
    }

    void space(int at) {
        if (pending == 0) {
            pending = ' ';
            pendingOrigin = at;
        }
    }

    void paragraphBreak() {
        if (length > 0) {
            pending = '\n';
        }
    }

    void append(char c, int at) {
        ensureRoom(2);
        if (pending != 0) {
            length = separate(text, origin, length, at);
        }
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
        // The loop calls no method, not even to write a separator: a call anywhere in it makes C1 keep the locals
        // in memory instead of registers, for every character.
        char[] t = text;
        int[] o = origin;
        int n = length;
        char separator = pending;
        int separatorOrigin = pendingOrigin;
        int i = from;
        while (i < stop) {
            char c = raw[i];
            int kind = CharKinds.of(c);
            if ((kind & CharKinds.SPACE) != 0) {
                if (separator == 0) {
                    separator = ' ';
                    separatorOrigin = i;
                }
                i++;
                continue;
            }
            if ((kind & (CharKinds.PLAIN | CharKinds.DIGIT)) == 0 || i + 1 < to && CharKinds.is(raw[i + 1], CharKinds.COMBINING)) {
                break;
            }
            if (separator != 0) {
                if (n > 0) { // as separate does
                    t[n] = separator;
                    o[n] = separator == '\n' ? i : separatorOrigin;
                    n++;
                }
                separator = 0;
            } else if ((kind & CharKinds.DIGIT) != 0 && n > 0 && CharKinds.lowerCaseLetter(t[n - 1])) {
                break;
            }
            // This character and what follows it up to a decision: letters and signs, digits not run into a word,
            // and a single white space between them, written as the separator it would become.
            while (true) {
                if ((kind & CharKinds.TONE_SECOND) != 0 && n > 0 && ToneMarks.isFirstVowel(t[n - 1])) {
                    if (tones == toneAt.length) {
                        toneAt = Arrays.copyOf(toneAt, tones * 2);
                    }
                    toneAt[tones++] = n;
                }
                t[n] = c; // as put does, with the character's kinds at hand
                o[n] = i;
                n++;
                i++;
                if (i == stop) {
                    kind = i < to ? CharKinds.of(raw[i]) : 0;
                    break;
                }
                c = raw[i];
                kind = CharKinds.of(c);
                if ((kind & (CharKinds.PLAIN | CharKinds.COMBINING)) == CharKinds.PLAIN) {
                    continue;
                }
                if ((kind & CharKinds.DIGIT) != 0) {
                    if (CharKinds.lowerCaseLetter(t[n - 1])) {
                        break;
                    }
                    continue;
                }
                if ((kind & CharKinds.SPACE) != 0 && i + 1 < stop && (CharKinds.of(raw[i + 1]) & (CharKinds.PLAIN | CharKinds.DIGIT)) != 0) {
                    t[n] = ' ';
                    o[n] = i;
                    n++;
                    i++;
                    c = raw[i];
                    kind = CharKinds.of(c);
                    continue;
                }
                break;
            }
            if ((kind & CharKinds.COMBINING) != 0) {
                // A combining mark, rare, is not looked for ahead of every letter: the letter before it, copied
                // already, is taken back for the caller to compose with its marks.
                n--;
                i--;
                if (tones > 0 && toneAt[tones - 1] == n) {
                    tones--;
                }
                break;
            }
        }
        length = n;
        pending = separator;
        pendingOrigin = separatorOrigin;
        return i;
    }

    /** Writes the pending separator, if any text is before it, into arrays with room; returns the new length. */
    private int separate(char[] t, int[] o, int n, int at) {
        int m = n;
        if (n > 0) {
            t[n] = pending;
            o[n] = pending == '\n' ? at : pendingOrigin;
            m = n + 1;
        }
        pending = 0;
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
        return pending != 0;
    }

    /** Whether the text so far ends in a lower-case word that is not a unit ('tăng', not 'km'). */
    boolean endsInLowerCaseWord() {
        return length > 0 && CharKinds.lowerCaseLetter(text[length - 1]) && !FootnoteMarks.unitStemBefore(text, length);
    }

    /** The text with its tone marks in the dictionary's places: the builder's own chars, written to no more. */
    TextChars foldedText() {
        ToneMarks.fold(text, length, toneAt, tones);
        return new TextChars(text, length);
    }

    /** The text so far; only its first {@link #size()} characters are text. */
    char[] text() {
        return text;
    }

    int size() {
        return length;
    }

    /** The origin of each character: the builder's own array, longer than the text, written to no more. */
    int[] origins() {
        return origin;
    }
}
