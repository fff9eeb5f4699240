package vn.baocao.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
