package vn.baocao.extract.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.baocao.support.Rules;

/** The small pattern language of periods.csv and furniture.csv. */
class TokenPatternTest {

    private static TokenPattern.Match match(String pattern, String text) {
        Tokens t = Rules.doc(text).tokens();
        return TokenPattern.compile(pattern).match(t, 0, t.size());
    }

    @Test
    void wordsHolesAndOptionalParts() {
        TokenPattern.Match m = match("<N> tháng đầu năm [<Y>]", "6 tháng đầu năm 2024 tăng");
        assertThat(m).isNotNull();
        assertThat(m.value(Slot.MONTHS)).isEqualTo(6);
        assertThat(m.value(Slot.YEAR)).isEqualTo(2024);
        assertThat(match("<N> tháng đầu năm [<Y>]", "6 tháng đầu năm tăng").value(Slot.YEAR)).isNull();
    }

    @Test
    void alternativesAndSpellingVariants() {
        assertThat(match("quý|quí <Q>", "Quí III")).isNotNull();
        assertThat(match("quý|quí <Q>", "quý 4")).isNotNull();
        assertThat(match("quý|quí <Q>", "quý 5")).isNull();
        // tone marks placed the old way ('thuỷ') and the new ('thủy') are one word
        assertThat(match("thủy sản", "Thuỷ sản")).isNotNull();
    }

    @Test
    void theRestOfALine() {
        assertThat(match("ngày đăng *", "Ngày đăng 26/06/2018 | 11:09")).isNotNull();
        assertThat(match("lượt xem : <NUM>", "Lượt xem: 2.333")).isNotNull();
    }

    @Test
    void aBadPatternSaysWhatIsWrong() {
        assertThatThrownBy(() -> TokenPattern.compile("tháng <X>")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("<X>");
        assertThatThrownBy(() -> TokenPattern.compile("tháng [<M>")).isInstanceOf(IllegalArgumentException.class);
    }
}
