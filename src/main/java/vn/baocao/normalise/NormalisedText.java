package vn.baocao.normalise;

import java.util.List;
import java.util.Optional;
import vn.baocao.read.TextChars;

/**
 * Text after normalisation, with a map back to the original characters so that
 * every figure found in it can be shown in the file it came from.
 *
 * @param chars    the normalised text that extraction reads
 * @param origin   for each char of the text, the index of the original char it came from; the array may run on
 *                 past the text (the normaliser hands over the array it built, not a copy cut to length)
 * @param originalLength length of the original text, the offset that maps the end of the text
 * @param footnotes the footnotes recognised in the text
 */
public record NormalisedText(TextChars chars, int[] origin, int originalLength, List<Footnote> footnotes) {

    public NormalisedText {
        if (origin.length < chars.length()) {
            throw new IllegalArgumentException("origin map must cover every character");
        }
        footnotes = List.copyOf(footnotes);
    }

    /** The normalised text as one String, made on first asking: extraction reads {@link #chars}. */
    public String text() {
        return chars.toString();
    }

    /** The footnote whose body contains this offset, if any. */
    public Optional<Footnote> footnoteAt(int index) {
        return footnotes.stream().filter(f -> index >= f.start() && index < f.end()).findFirst();
    }

    /** Original offset of the normalised character at {@code index}; the end of text maps to the original end. */
    public int originalStart(int index) {
        return index >= chars.length() ? originalLength : origin[index];
    }

    /** Original exclusive end offset of a normalised span ending (exclusive) at {@code end}. */
    public int originalEnd(int end) {
        return end <= 0 ? 0 : origin[end - 1] + 1;
    }
}
