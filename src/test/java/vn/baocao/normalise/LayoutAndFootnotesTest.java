package vn.baocao.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Paragraph repair, footnotes and tone marks, on text shaped like PDF and Word conversions. */
class LayoutAndFootnotesTest {

    private final TextNormaliser normaliser = new TextNormaliser();

    @Test
    void joinsSentencesWrappedOntoTheNextLine() {
        NormalisedText n = normaliser.normalise("Đã cấp 88 giấy chứng nhận với diện tích\n\n2,607 ha; thực hiện thủ tục đầu tư năm\n\n2021.\n1. Về kinh tế\n1.1. Sản xuất");
        assertThat(n.text()).isEqualTo("Đã cấp 88 giấy chứng nhận với diện tích 2,607 ha; thực hiện thủ tục đầu tư năm 2021.\n1. Về kinh tế\n1.1. Sản xuất");
    }

    @Test
    void joinsWordsSplitOntoLinesByTabs() {
        NormalisedText n = normaliser.normalise("kê khai\n\tthuế\n\tGTGT\n\ttrong\n\ttháng là 92 đơn vị.");
        assertThat(n.text()).isEqualTo("kê khai thuế GTGT trong tháng là 92 đơn vị.");
    }

    @Test
    void takesGluedFootnoteMarksOutOnlyWhenTheFootnoteExists() {
        String raw = "so cùng kỳ đạt 88,04%30. Đang quản lý 1.926 doanh nghiệp31 (Cục Thuế quản lý 264).\n"
                + "Chi trợ cấp Tết năm 202143 với tổng số tiền 6,8 tỷ đồng. Dự án QN-21 và 44 m2 sàn.\n"
                + "30 Số thu pháp lệnh.\n31 Số DN giải thể 05.\n43 Theo Thông báo số 10.";
        NormalisedText n = normaliser.normalise(raw);
        assertThat(n.text()).contains("đạt 88,04%. Đang", "1.926 doanh nghiệp (Cục", "Tết năm 2021 với", "QN-21", "44 m2");
        assertThat(n.footnotes()).extracting(Footnote::number).containsExactly(30, 31, 43);
        Footnote f31 = n.footnotes().get(1);
        assertThat(n.text().substring(f31.start(), f31.end())).isEqualTo("Số DN giải thể 05.");
        assertThat(n.text().substring(0, f31.anchor())).endsWith("1.926 doanh nghiệp");
    }

    @Test
    void aNumberAtTheStartOfALineWithoutAMarkIsText() {
        NormalisedText n = normaliser.normalise("Trong quý phát hiện\n26 vụ vi phạm.");
        assertThat(n.footnotes()).isEmpty();
        assertThat(n.text()).isEqualTo("Trong quý phát hiện 26 vụ vi phạm.");
    }

    @Test
    void movesASentenceBackAcrossTheFootnoteBlockThatCutIt() {
        String raw = "Đang quản lý 1.926 doanh nghiệp31; duy tu đèn thường xuyên32.\n"
                + "Tạm giữ 403 phương tiện, ban hành quyết định\n\n\n"
                + "31 số DN giải thể 05 ĐV; tạm ngưng 31 ĐV\n\tthuế\n\tGTGT\n"
                + "32 Thay mới 102 bóng đèn.\nPhạm Hùng; Trần Chiên; Mai Chí Thọ.\n"
                + "xử lý vi phạm hành chính 538 trường hợp với số tiền 844,31 triệu đồng.";
        NormalisedText n = normaliser.normalise(raw);
        assertThat(n.text()).startsWith("Đang quản lý 1.926 doanh nghiệp; duy tu đèn thường xuyên.\n"
                + "Tạm giữ 403 phương tiện, ban hành quyết định xử lý vi phạm hành chính 538 trường hợp");
        Footnote f32 = n.footnotes().stream().filter(f -> f.number() == 32).findFirst().orElseThrow();
        assertThat(n.text().substring(f32.start(), f32.end())).isEqualTo("Thay mới 102 bóng đèn. Phạm Hùng; Trần Chiên; Mai Chí Thọ.");
    }

    @Test
    void closesAParenthesisLeftOpenBeforeTheFootnotes() {
        String raw = "Tổ chức hoạt động chính sách)52 với tổng kinh phí 11 tỷ đồng.\n"
                + "Trong quý phát hiện 98 vụ 362 đối tượng (so với cùng kỳ tăng\n\n52 - Công trình do Ban chủ trì:\n· Công trình phúc lợi.\n"
                + "26 vụ và 113 đối tượng), trong đó tội phạm.";
        NormalisedText n = normaliser.normalise(raw);
        assertThat(n.text()).contains("\nTrong quý phát hiện 98 vụ 362 đối tượng (so với cùng kỳ tăng 26 vụ và 113 đối tượng), trong đó tội phạm.");
        assertThat(n.footnotes()).extracting(Footnote::number).containsExactly(52);
    }

    @Test
    void foldsToneMarksToOneStyleAndKeepsOffsets() {
        String raw = "Nuôi trồng thuỷ sản, hoà giải thành, tuỳ theo, khoẻ mạnh; giữ nguyên quý, hoàng, khoảng.";
        NormalisedText n = normaliser.normalise(raw);
        assertThat(n.text()).isEqualTo("Nuôi trồng thủy sản, hòa giải thành, tùy theo, khỏe mạnh; giữ nguyên quý, hoàng, khoảng.");
        assertThat(n.text()).hasSize(raw.length());
    }

    @Test
    void dropsMarkdownTablePipes() {
        NormalisedText n = normaliser.normalise("| Chỉ tiêu | ĐVT |\n| Thu ngân sách | tỷ đồng |");
        assertThat(n.text()).isEqualTo("Chỉ tiêu ĐVT\nThu ngân sách tỷ đồng");
    }

    @Test
    void separatesAWordRunIntoItsFigure() {
        NormalisedText n = normaliser.normalise("Doanh thu tăng1,36% so cùng kỳ, đạt12 tỷ đồng; diện tích 44 m2, khí CO2.");
        assertThat(n.text()).isEqualTo("Doanh thu tăng 1,36% so cùng kỳ, đạt 12 tỷ đồng; diện tích 44 m2, khí CO2.");
        int at = n.text().indexOf("1,36");
        assertThat(n.originalStart(at)).isEqualTo("Doanh thu tăng1,36%".indexOf("1,36"));
    }
}
