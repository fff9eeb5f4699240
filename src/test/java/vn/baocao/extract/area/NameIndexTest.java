package vn.baocao.extract.area;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.baocao.extract.text.Tokenizer;
import vn.baocao.extract.text.Tokens;
import vn.baocao.support.Rules;

/** The names of the gazetteer as a document's words find them. */
class NameIndexTest {

    private static final Gazetteer GAZETTEER = Rules.RULES.gazetteer();

    @Test
    void onlyTheFirstWordOfAProvincesNameMayStartOne() {
        Tokens t = new Tokenizer().tokenize("Trong tháng, Nghệ An và Thừa Thiên Huế cùng Tân Hòa");
        NameIndex.Reader names = GAZETTEER.names(t);
        assertThat(names.mayStartProvince(0)).as("Trong").isFalse();
        assertThat(names.mayStartProvince(3)).as("Nghệ").isTrue();
        assertThat(names.mayStartProvince(4)).as("An, the first word of An Giang").isTrue();
        assertThat(names.mayStartProvince(6)).as("Thừa").isTrue();
        assertThat(names.mayStartProvince(7)).as("Thiên, inside a name only").isFalse();
        assertThat(names.mayStartProvince(10)).as("Tân, which starts communes' names only").isFalse();
    }

    @Test
    void aProvinceIsFoundFromTheWordThatMayStartIt() {
        Tokens t = new Tokenizer().tokenize("Thừa Thiên Huế");
        NameIndex.Reader names = GAZETTEER.names(t);
        assertThat(names.mayStartProvince(0)).isTrue();
        assertThat(names.longest(0, t.size())).isEqualTo(3);
        assertThat(GAZETTEER.provincesByNameKey(names.key())).isNotEmpty();
    }
}
