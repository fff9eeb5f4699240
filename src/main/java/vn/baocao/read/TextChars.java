package vn.baocao.read;

/**
 * A document's text as the chars each stage reads it by: handed from stage to stage (read, normalise, extract)
 * without a copy. Under C1 the job's texts are dear to turn into Strings and back: a String of Vietnamese is tried
 * for Latin-1 and copied char by char when made, and copied again by {@code toCharArray} or {@code getChars}, with no
 * intrinsic to do it at memory speed. The String is made only if some caller asks for the whole text as one.
 *
 * <p>The array may be longer than the text; only its first {@link #length()} chars are text. Whoever makes a
 * TextChars hands its array over and never writes to it again; whoever reads {@link #array()} reads only.
 */
public final class TextChars implements CharSequence {

    private final char[] chars;
    private final int length;
    /** The text as a String, made on first asking; a race makes the same String twice, which is harmless. */
    private String string;

    /** The first {@code length} chars of {@code chars}, which the caller no longer writes to. */
    public TextChars(char[] chars, int length) {
        if (length < 0 || length > chars.length) {
            throw new IllegalArgumentException("length " + length + " outside an array of " + chars.length);
        }
        this.chars = chars;
        this.length = length;
    }

    private TextChars(String text) {
        this(text.toCharArray(), text.length());
        this.string = text;
    }

    /** The chars of a text that is a String already. */
    public static TextChars of(String text) {
        return new TextChars(text);
    }

    /**
     * The array itself, to read by index in the loops that read every char: C1 makes {@link #charAt}, an interface
     * call to most callers, a call per char. Only its first {@link #length()} chars are text. Never write to it.
     */
    public char[] array() {
        return chars;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        if (index >= length) {
            throw new IndexOutOfBoundsException("index " + index + ", length " + length);
        }
        return chars[index];
    }

    /** {@link String#substring(int, int)} of the text, made of the chars it covers only. */
    public String substring(int from, int to) {
        if (from < 0 || to > length || from > to) {
            throw new IndexOutOfBoundsException("[" + from + ", " + to + ") of length " + length);
        }
        return new String(chars, from, to - from);
    }

    @Override
    public CharSequence subSequence(int from, int to) {
        return substring(from, to);
    }

    /** {@link String#indexOf(int, int)} of a char that is not a surrogate. */
    public int indexOf(char c, int from) {
        for (int i = Math.max(0, from); i < length; i++) {
            if (chars[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /** {@link String#isBlank()}: no char but white space (a surrogate, half of a code point, is never white space). */
    public boolean isBlank() {
        for (int i = 0; i < length; i++) {
            if (!Character.isWhitespace(chars[i])) {
                return false;
            }
        }
        return true;
    }

    /** The whole text as one String, made once. */
    @Override
    public String toString() {
        String s = string;
        if (s == null) {
            s = new String(chars, 0, length);
            string = s;
        }
        return s;
    }
}
