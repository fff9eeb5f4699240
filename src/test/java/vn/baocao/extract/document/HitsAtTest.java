package vn.baocao.extract.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.baocao.extract.text.PhraseIndex;

class HitsAtTest {

    private static PhraseIndex.Hit<String> hit(int start, int end, String value) {
        return new PhraseIndex.Hit<>(start, end, value);
    }

    @Test
    void hitsInOrderOfStartAreOrderedByEndKeepingTiesInTheirOrder() {
        List<PhraseIndex.Hit<String>> byStart = List.of(hit(0, 3, "a"), hit(0, 1, "b"), hit(1, 3, "c"), hit(2, 3, "d"),
                hit(2, 4, "e"), hit(3, 4, "f"));

        assertThat(HitsAt.ordered(byStart, 5, true)).extracting(PhraseIndex.Hit::value)
                .containsExactly("b", "a", "c", "d", "e", "f");
    }

    @Test
    void hitsInNoUsefulOrderAreOrderedAllTheSame() {
        List<PhraseIndex.Hit<String>> hits = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            hits.add(hit(200 - i, 201 - i, "h" + (200 - i))); // every hit moves past all before it
        }
        hits.add(hit(5, 6, "again5"));

        List<PhraseIndex.Hit<String>> ordered = HitsAt.ordered(hits, 202, false);

        assertThat(ordered).extracting(PhraseIndex.Hit::start).isSorted();
        assertThat(ordered.subList(4, 6)).extracting(PhraseIndex.Hit::value).containsExactly("h5", "again5");
    }

    @Test
    void theHitsAtATokenAreFoundWithoutAPassOverEveryToken() {
        HitsAt<String> at = new HitsAt<>(List.of(hit(2, 4, "a"), hit(0, 1, "b"), hit(2, 3, "c")), 5);

        assertThat(at.at(2)).extracting(PhraseIndex.Hit::value).containsExactly("a", "c");
        assertThat(at.at(0)).extracting(PhraseIndex.Hit::value).containsExactly("b");
        assertThat(at.at(1)).isEmpty();
        assertThat(at.at(7)).isEmpty();
        assertThat(at.first(3)).isEqualTo(-1);
    }
}
