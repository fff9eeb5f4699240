package vn.baocao.read;

/**
 * Decodes UTF-8 straight into chars, refusing any byte sequence that is not well-formed UTF-8 (the Unicode
 * standard's table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF, no sequence cut short), which is
 * what the JDK's decoder refuses when told to report malformed input. The JDK's decoder goes through buffers and
 * small calls the job's compiler (C1) does not make cheap, and its result is copied again into a String and then
 * into chars; here the bytes are read once into the chars the rest of reading works on.
 */
final class Utf8Chars {

    private Utf8Chars() {
    }

    /**
     * Decodes {@code in} into {@code out}, which must hold at least {@code in.length} chars (UTF-8 never takes fewer
     * bytes than UTF-16 takes chars). Returns the number of chars written, or -1 if {@code in} is not well-formed.
     */
    static int decode(byte[] in, char[] out) {
        int n = 0;
        int i = 0;
        int len = in.length;
        while (i < len) {
            int b = in[i];
            if (b >= 0) {
                out[n++] = (char) b;
                i++;
                continue;
            }
            int lead = b & 0xFF;
            if (lead < 0xC2) {
                return -1; // a continuation byte without a lead, or the overlong C0 and C1
            }
            if (lead < 0xE0) {
                if (i + 1 >= len || !continuation(in[i + 1])) {
                    return -1;
                }
                out[n++] = (char) ((lead & 0x1F) << 6 | in[i + 1] & 0x3F);
                i += 2;
            } else if (lead < 0xF0) {
                if (i + 2 >= len || !continuation(in[i + 1]) || !continuation(in[i + 2])) {
                    return -1;
                }
                char c = (char) ((lead & 0x0F) << 12 | (in[i + 1] & 0x3F) << 6 | in[i + 2] & 0x3F);
                if (c < 0x800 || Character.isSurrogate(c)) {
                    return -1; // overlong, or a surrogate, which UTF-8 never encodes on its own
                }
                out[n++] = c;
                i += 3;
            } else if (lead < 0xF5) {
                if (i + 3 >= len || !continuation(in[i + 1]) || !continuation(in[i + 2]) || !continuation(in[i + 3])) {
                    return -1;
                }
                int codePoint = (lead & 0x07) << 18 | (in[i + 1] & 0x3F) << 12 | (in[i + 2] & 0x3F) << 6 | in[i + 3] & 0x3F;
                if (codePoint < 0x10000 || codePoint > Character.MAX_CODE_POINT) {
                    return -1; // overlong, or beyond Unicode
                }
                out[n++] = Character.highSurrogate(codePoint);
                out[n++] = Character.lowSurrogate(codePoint);
                i += 4;
            } else {
                return -1;
            }
        }
        return n;
    }

    private static boolean continuation(byte b) {
        return (b & 0xC0) == 0x80;
    }
}
