package vn.baocao.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.baocao.extract.text.PhraseIndex;

class TopicWordsTest {

    @Test
    void findsEachWordNearestTheFigureAmongItsPlaces() {
        List<PhraseIndex.Hit<String>> topics = List.of(
                new PhraseIndex.Hit<>(3, 5, "ma túy"), new PhraseIndex.Hit<>(8, 9, "cháy"),
                new PhraseIndex.Hit<>(12, 14, "ma túy"), new PhraseIndex.Hit<>(30, 32, "ma túy"));
        TopicWords words = new TopicWords(topics);

        // the last place before the figure, else the first after it
        assertThat(words.of("ma túy").nearest(0, 40, 20)).isEqualTo(2_000_000_000L + 12);
        assertThat(words.of("ma túy").nearest(15, 40, 20)).isEqualTo(1_000_000_000L - 10);
        assertThat(words.of("cháy").nearest(10, 40, 20)).isEqualTo(Long.MIN_VALUE);
        assertThat(words.of("thuế")).isNull();
    }

    @Test
    void aWordIsFoundByItsSpellingNotByTheStringItCameAs() {
        // context words come from the dictionary, topic hits from the lexicon: equal strings, not always the same one
        String word = new String("sốt xuất huyết");
        TopicWords words = new TopicWords(List.of(new PhraseIndex.Hit<>(2, 5, word)));

        assertThat(words.of("sốt xuất huyết")).isNotNull();
        assertThat(words.of("sốt xuất huyết").nearest(0, 10, 6)).isEqualTo(2_000_000_000L + 2);
    }

    @Test
    void keepsEveryWordOfAReportWithManyMoreThanTheTableFirstHolds() {
        List<PhraseIndex.Hit<String>> topics = new ArrayList<>();
        for (int k = 0; k < 1_000; k++) {
            topics.add(new PhraseIndex.Hit<>(2 * k, 2 * k + 1, "từ " + (k % 400)));
        }
        TopicWords words = new TopicWords(topics);

        for (int k = 0; k < 400; k++) {
            // its places are k, k + 400 and k + 800 (times two): the last before token 2000 is the one of k + 800
            long expected = 2_000_000_000L + 2L * (k + 800 < 1_000 ? k + 800 : k + 400);
            assertThat(words.of("từ " + k).nearest(0, 2_000, 2_000)).as("từ " + k).isEqualTo(expected);
        }
        assertThat(words.of("từ 400")).isNull();
    }
}
