package vn.baocao.read;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.Normalizer;

/**
 * Reads .txt and .md reports: UTF-8 (with or without a byte-order mark),
 * UTF-16 with a byte-order mark, or Windows-1258; paragraphs typed in the
 * legacy TCVN3 and VNI encodings are converted to Unicode.
 */
public final class TextFileReader implements DocumentReader {

    private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

    private final FileFormat format;

    public TextFileReader(FileFormat format) {
        this.format = format;
    }

    @Override
    public FileFormat format() {
        return format;
    }

    @Override
    public DocumentContent read(SourceFile file) throws RejectedDocumentException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.path());
        } catch (IOException e) {
            throw RejectedDocumentException.unreadable(e);
        }
        TextChars text = decode(bytes);
        if (text.isBlank()) {
            throw new RejectedDocumentException("empty file: no text, only white space");
        }
        return DocumentContent.text(format.code(), text);
    }

    /** The file's text, its paragraphs in a legacy font encoding converted. */
    static TextChars decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return LegacyVietnamese.convertParagraphs(TextChars.of(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)));
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return LegacyVietnamese.convertParagraphs(TextChars.of(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE)));
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return LegacyVietnamese.convertParagraphs(TextChars.of(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE)));
        }
        char[] chars = new char[bytes.length];
        int length = Utf8Chars.decode(bytes, chars);
        if (length >= 0) {
            return LegacyVietnamese.convertParagraphs(new TextChars(chars, length));
        }
        return LegacyVietnamese.convertParagraphs(TextChars.of(decodeEightBit(bytes)));
    }

    /**
     * An 8-bit file: the legacy font encodings are byte-for-byte Latin-1 look-alikes, anything else is taken as
     * the Windows code page for Vietnamese. Windows-1258 and the legacy fonts share byte values, so each reading
     * is tried and the one that reads most like Vietnamese wins.
     */
    private static String decodeEightBit(byte[] bytes) {
        String latin1 = new String(bytes, StandardCharsets.ISO_8859_1);
        String best = Normalizer.normalize(new String(bytes, WINDOWS_1258), Normalizer.Form.NFC);
        double bestScore = LegacyVietnamese.vietnameseScore(best);
        for (LegacyVietnamese.Encoding e : LegacyVietnamese.Encoding.values()) {
            String candidate = LegacyVietnamese.convert(latin1, e);
            double score = LegacyVietnamese.vietnameseScore(candidate);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }
}
