package vn.baocao.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.baocao.read.TextChars;

class TextNormaliserTest {

    private final TextNormaliser normaliser = new TextNormaliser();

    @Test
    void composesDecomposedVietnameseAndKeepsOffsets() {
        String raw = "Tổng thu nga\u0302n sa\u0301ch 12 tỷ";
        NormalisedText n = normaliser.normalise(raw);
        assertThat(n.text()).isEqualTo("Tổng thu ngân sách 12 tỷ");
        int at = n.text().indexOf("12");
        assertThat(raw.substring(n.originalStart(at), n.originalEnd(at + 2))).isEqualTo("12");
    }

    @Test
    void foldsWhitespaceAndDropsMarkdownAndWordArtefacts() {
        String raw = "### **NGHỊ QUYẾT**\n\n[bookmark: _GoBack]Sau  khi\tnghe *báo cáo*";
        NormalisedText n = normaliser.normalise(raw);
        assertThat(n.text()).isEqualTo("NGHỊ QUYẾT\nSau khi nghe báo cáo");
        int at = n.text().indexOf("nghe");
        assertThat(raw.substring(n.originalStart(at), n.originalEnd(at + 4))).isEqualTo("nghe");
    }

    @Test
    void readsTheCharsOfItsTextOnlyWhereTheArrayRunsOn() {
        // past the text: a line of its own, a bookmark's close, a heading's space and a table pipe's space
        String raw = "Thu ngân sách 12 tỷ [bookmark:\n## a|";
        char[] chars = (raw + " x]\n99 Ghi chú\n").toCharArray();
        NormalisedText n = normaliser.normalise(new TextChars(chars, raw.length()));
        NormalisedText alone = normaliser.normalise(raw);
        assertThat(n.text()).isEqualTo(alone.text()).isEqualTo("Thu ngân sách 12 tỷ [bookmark:\na");
        assertThat(n.originalStart(n.text().length())).isEqualTo(raw.length());
        assertThat(n.chars().length()).isEqualTo(n.text().length());
    }
}
