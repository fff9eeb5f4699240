package vn.baocao.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextCharsTest {

    /** "tăng 5,2%\r\nđạt\n\n" held in an array that runs on past it with more text. */
    private static TextChars withSlack() {
        String text = "tăng 5,2%\r\nđạt\n\n";
        char[] chars = (text + "xyz\nabc").toCharArray();
        return new TextChars(chars, text.length());
    }

    @Test
    void answersAsTheStringOfItsLengthDoes() {
        TextChars t = withSlack();
        String s = "tăng 5,2%\r\nđạt\n\n";
        assertThat(t.toString()).isEqualTo(s);
        assertThat(t.length()).isEqualTo(s.length());
        assertThat(t.substring(5, 9)).isEqualTo(s.substring(5, 9));
        assertThat(t.indexOf('\n', 0)).isEqualTo(s.indexOf('\n', 0));
        assertThat(t.indexOf('\n', 16)).isEqualTo(s.indexOf('\n', 16)).isEqualTo(-1); // not the '\n' past its end
        assertThat(t.indexOf('x', -3)).isEqualTo(-1);
        assertThat(t.isBlank()).isFalse();
        assertThat(new TextChars(" \t\r\n\u2003x".toCharArray(), 5).isBlank()).isTrue();
        assertThatThrownBy(() -> t.charAt(s.length())).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> t.substring(0, s.length() + 1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void aTextMadeOfAStringIsThatString() {
        String s = "Báo cáo";
        assertThat(TextChars.of(s).toString()).isSameAs(s);
    }

    @Test
    void aUnicodeTextReadAsCharsIsNotCopiedAndALegacyOneIsConverted() {
        TextChars unicode = withSlack();
        assertThat(LegacyVietnamese.convertParagraphs(unicode)).isSameAs(unicode);
        String tcvn3 = LegacyVietnamese.encode("Báo cáo tình hình kinh tế", LegacyVietnamese.Encoding.TCVN3);
        String mixed = "Thu ngân sách đạt 12 tỷ đồng\n" + tcvn3 + "\nhết";
        assertThat(LegacyVietnamese.convertParagraphs(TextChars.of(mixed)).toString())
                .isEqualTo(LegacyVietnamese.convertParagraphs(mixed))
                .isEqualTo("Thu ngân sách đạt 12 tỷ đồng\nBáo cáo tình hình kinh tế\nhết");
    }
}
