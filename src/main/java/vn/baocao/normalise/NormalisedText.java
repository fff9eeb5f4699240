package vn.baocao.normalise;

/**
 * Text after normalisation, with a map back to the original characters so that
 * every figure found in it can be shown in the file it came from.
 *
 * @param text     the normalised text that extraction reads
 * @param origin   for each char of {@code text}, the index of the original char it came from
 * @param originalLength length of the original text, the offset that maps the end of {@code text}
 */
public record NormalisedText(String text, int[] origin, int originalLength) {

    public NormalisedText {
        if (origin.length != text.length()) {
            throw new IllegalArgumentException("origin map must cover every character");
        }
    }

    /** Original offset of the normalised character at {@code index}; the end of text maps to the original end. */
    public int originalStart(int index) {
        return index >= origin.length ? originalLength : origin[index];
    }

    /** Original exclusive end offset of a normalised span ending (exclusive) at {@code end}. */
    public int originalEnd(int end) {
        return end <= 0 ? 0 : origin[end - 1] + 1;
    }
}
