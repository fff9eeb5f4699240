package vn.baocao.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconGroupTest {

    private static List<String> shown(List<? extends PhraseIndex.Hit<?>> hits) {
        return hits.stream().map(h -> h.start() + "-" + h.end() + " " + h.value()).toList();
    }

    @Test
    void eachMemberGetsWhatItsOwnFindGivesSpanAfterSpan() {
        Lexicon<String> plain = new Lexicon<>();
        plain.add("thu ngân sách", "budget_revenue");
        plain.add("thu", "revenue_word");
        plain.add("thu ngân sách", "second_reading");
        plain.add("ngân sách", "budget");
        Lexicon<String> gapped = new Lexicon<>();
        gapped.add("tổng vốn ... toàn xã hội", "investment_total");
        gapped.add("ngân sách", "budget_part");
        Tokens t = new Tokenizer().tokenize(Fold.rule("Tổng thu ngân sách tăng. Tổng vốn đầu tư | toàn xã hội thu ngân sách"));
        int bar = 0;
        while (!t.is(bar, '|')) {
            bar++;
        }
        TokenSpans spans = new TokenSpans();
        spans.add(0, bar);
        spans.add(bar + 1, t.size());

        List<List<PhraseIndex.Hit<?>>> found = new LexiconGroup(List.of(plain, gapped)).find(t, spans);

        for (int m = 0; m < 2; m++) {
            Lexicon<String> member = m == 0 ? plain : gapped;
            List<PhraseIndex.Hit<String>> expected = new ArrayList<>();
            for (int s = 0; s < spans.size(); s++) {
                expected.addAll(member.find(t, spans.from(s), spans.to(s)));
            }
            assertThat(shown(found.get(m))).containsExactlyElementsOf(shown(expected));
        }
        // a phrase with a gap is not joined across two spans (two paragraphs)
        assertThat(shown(found.get(1))).noneMatch(h -> h.endsWith("investment_total"));
        assertThat(shown(found.get(0))).startsWith("1-4 budget_revenue", "1-4 second_reading", "1-2 revenue_word", "2-4 budget");
    }
}
