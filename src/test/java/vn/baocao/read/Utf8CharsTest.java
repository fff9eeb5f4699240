package vn.baocao.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The decoder accepts exactly what the JDK's strict UTF-8 decoder accepts, and reads it the same. */
class Utf8CharsTest {

    @Test
    void decodesVietnameseAndCharactersOutsideTheBasicPlane() {
        String text = "Báo cáo tình hình kinh tế - xã hội quý I/2021: tăng 5,2%\r\nThuỷ sản 😀 đạt 1.000 tấn";
        assertThat(decoded(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
    }

    @Test
    void refusesWhatTheJdkDecoderRefuses() {
        assertThat(decoded(new byte[] {'a', (byte) 0xC3})).isNull(); // cut short at the end
        assertThat(decoded(new byte[] {(byte) 0xC0, (byte) 0x80})).isNull(); // overlong NUL
        assertThat(decoded(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})).isNull(); // a surrogate
        assertThat(decoded("B¸o c¸o".getBytes(StandardCharsets.ISO_8859_1))).isNull(); // TCVN3 in 8 bits
    }

    /** Every lead byte with every second byte, and third and fourth bytes at the edges of the continuation range. */
    @Test
    void agreesWithTheJdkOnEverySequenceShape() {
        int[] edges = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF};
        List<byte[]> inputs = new ArrayList<>();
        for (int lead = 0; lead < 256; lead++) {
            for (int second = 0; second < 256; second++) {
                inputs.add(new byte[] {(byte) lead});
                inputs.add(new byte[] {(byte) lead, (byte) second});
                for (int third : edges) {
                    inputs.add(new byte[] {(byte) lead, (byte) second, (byte) third});
                    if (lead >= 0xF0) {
                        for (int fourth : edges) {
                            inputs.add(new byte[] {(byte) lead, (byte) second, (byte) third, (byte) fourth});
                        }
                    }
                }
            }
        }
        for (byte[] in : inputs) {
            assertThat(decoded(in)).as("bytes %s", java.util.HexFormat.of().formatHex(in)).isEqualTo(jdk(in));
        }
    }

    private static String decoded(byte[] in) {
        char[] out = new char[in.length];
        int n = Utf8Chars.decode(in, out);
        return n < 0 ? null : new String(out, 0, n);
    }

    private static String jdk(byte[] in) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(in)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
