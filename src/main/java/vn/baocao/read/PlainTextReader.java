package vn.baocao.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.Set;

/**
 * Reads .txt and .md reports. Text must be UTF-8 (a byte-order mark is
 * allowed, and UTF-16 with a byte-order mark is recognised); anything else is
 * rejected with the offset of the first bad byte rather than read as garbage.
 */
public final class PlainTextReader implements DocumentReader {

    private final long maxBytes;

    public PlainTextReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public Set<String> extensions() {
        return Set.of("txt", "md");
    }

    @Override
    public String format(SourceFile file) {
        return file.extension();
    }

    @Override
    public String read(SourceFile file) throws RejectedDocumentException {
        if (file.size() > maxBytes) {
            throw new RejectedDocumentException("file too large: " + file.size() + " bytes (limit " + maxBytes + ")");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.path());
        } catch (AccessDeniedException e) {
            throw new RejectedDocumentException("cannot read file: permission denied", e);
        } catch (NoSuchFileException e) {
            throw new RejectedDocumentException("file disappeared before it could be read", e);
        } catch (IOException e) {
            throw new RejectedDocumentException("cannot read file: " + e.getMessage(), e);
        }
        if (bytes.length == 0) {
            throw new RejectedDocumentException("empty file");
        }
        String text = decode(bytes);
        if (text.isBlank()) {
            throw new RejectedDocumentException("empty file: no text, only white space");
        }
        return text;
    }

    static String decode(byte[] bytes) throws RejectedDocumentException {
        int offset = 0;
        Charset charset = StandardCharsets.UTF_8;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            offset = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            offset = 2;
            charset = StandardCharsets.UTF_16LE;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            offset = 2;
            charset = StandardCharsets.UTF_16BE;
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return decoder.decode(in).toString();
        } catch (MalformedInputException e) {
            throw new RejectedDocumentException("not valid " + charset.name() + " text (bad byte at offset "
                    + in.position() + "); save the file as UTF-8", e);
        } catch (CharacterCodingException e) {
            throw new RejectedDocumentException("not valid " + charset.name() + " text; save the file as UTF-8", e);
        }
    }
}
