package vn.baocao.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SlotTest {

    private static Tokens tokens(String text) {
        return new Tokenizer().tokenize(Fold.rule(text));
    }

    @Test
    void aSlotReadsAWordExactlyWhenItIsAmongTheWordsItSaysItReads() {
        Tokens t = tokens("năm chạp ii mười tháng quý 5 13 2021 / hà");
        for (Slot s : Slot.values()) {
            Set<String> words = s.wordsRead();
            for (int i = 0; i < t.size(); i++) {
                if (!t.isNumber(i)) {
                    boolean said = words == null ? t.isWord(i) : words.contains(t.folded(i));
                    assertThat(s.mayReadAt(t, i)).as(s + " at '" + t.folded(i) + "'").isEqualTo(said)
                            .isEqualTo(s.read(t, i, i + 1) != null);
                }
            }
        }
        assertThat(Slot.MONTH.wordsRead()).contains("năm", "chạp", "giêng");
        assertThat(Slot.QUARTER.wordsRead()).containsExactlyInAnyOrder("i", "ii", "iii", "iv");
        assertThat(Slot.YEAR.wordsRead()).isEmpty();
        assertThat(Slot.WORD.wordsRead()).isNull();
    }

    @Test
    void aNumberIsJudgedByItsValueAsTheSlotReadsIt() {
        Tokens t = tokens("5 13 4 2021 31 32 1944");
        for (Slot s : Slot.values()) {
            for (int i = 0; i < t.size(); i++) {
                boolean reads = s == Slot.DATE || s.read(t, i, i + 1) != null;
                assertThat(s.mayReadAt(t, i)).as(s + " at " + t.folded(i)).isEqualTo(reads);
            }
        }
        assertThat(Slot.MONTHS.read(t, 0, 1).value()).isEqualTo(5);
        assertThat(Slot.QUARTER.read(t, 2, 3).value()).isEqualTo(4);
        assertThat(Slot.YEAR.read(t, 3, 4).value()).isEqualTo(2021);
        assertThat(Slot.DAY.read(t, 5, 6)).isNull();
        assertThat(Slot.YEAR.read(t, 6, 7)).isNull();
    }
}
