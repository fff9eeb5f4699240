package vn.baocao.normalise;

import java.util.List;
import java.util.Optional;

/**
 * Text after normalisation, with a map back to the original characters so that
 * every figure found in it can be shown in the file it came from.
 *
 * @param text     the normalised text that extraction reads
 * @param origin   for each char of {@code text}, the index of the original char it came from
 * @param originalLength length of the original text, the offset that maps the end of {@code text}
 * @param footnotes the footnotes recognised in the text
 */
public record NormalisedText(String text, int[] origin, int originalLength, List<Footnote> footnotes) {

    public NormalisedText {
        if (origin.length != text.length()) {
            throw new IllegalArgumentException("origin map must cover every character");
        }
        footnotes = List.copyOf(footnotes);
    }

    /** The footnote whose body contains this offset, if any. */
    public Optional<Footnote> footnoteAt(int index) {
        return footnotes.stream().filter(f -> index >= f.start() && index < f.end()).findFirst();
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
