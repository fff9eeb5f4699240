package vn.baocao.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconTest {

    private static List<String> found(Lexicon<String> lexicon, String text) {
        Tokens t = new Tokenizer().tokenize(Fold.rule(text));
        return lexicon.find(t, 0, t.size()).stream().map(h -> h.start() + "-" + h.end() + " " + h.value()).toList();
    }

    @Test
    void longerPhrasesFirstAtEachStartAndSameSpansInTheOrderAdded() {
        Lexicon<String> lexicon = new Lexicon<>();
        lexicon.add("thu ngân sách", "budget_revenue");
        lexicon.add("thu", "revenue_word");
        lexicon.add("thu ngân sách", "second_reading");
        lexicon.add("ngân sách", "budget");

        assertThat(found(lexicon, "Tổng thu ngân sách tăng"))
                .containsExactly("1-4 budget_revenue", "1-4 second_reading", "1-2 revenue_word", "2-4 budget");
    }

    @Test
    void aPhraseWithAGapSpansTheWordsBetween() {
        Lexicon<String> lexicon = new Lexicon<>();
        lexicon.add("tổng vốn đầu tư ... toàn xã hội", "investment_total");

        assertThat(found(lexicon, "tổng vốn đầu tư thực hiện toàn xã hội")).containsExactly("0-9 investment_total");
        assertThat(found(lexicon, "tổng vốn đầu tư của doanh nghiệp nhà nước trên địa bàn toàn xã hội")).isEmpty();
    }
}
