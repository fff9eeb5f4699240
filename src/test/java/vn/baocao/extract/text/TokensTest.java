package vn.baocao.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.baocao.read.TextChars;

class TokensTest {

    private static List<String> described(Tokens t) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            out.add(t.folded(i) + "@" + t.start(i) + "-" + t.end(i) + (t.spaceBefore(i) ? "" : "^") + t.firstChar(i));
        }
        return out;
    }

    @Test
    void spansGrowIntoTheirWordsWithTheSpanOfWhatTheyReplace() {
        String text = "Thực hiện KH năm, đạt NLTS cao";
        Tokens t = new Tokenizer().tokenize(text);

        Tokens out = t.replace(List.of(new int[] {2, 3}, new int[] {6, 7}),
                List.of(List.of("kế", "hoạch"), List.of("nông", ",", "lâm", "nghiệp")));

        assertThat(described(out)).containsExactly("thực@0-4T", "hiện@5-9h", "kế@10-12K", "hoạch@10-12K",
                "năm@13-16n", ",@16-17^,", "đạt@18-21đ", "nông@22-26N", ",@22-26N", "lâm@22-26N", "nghiệp@22-26N",
                "cao@27-30c");
        assertThat(out.isPunct(8)).isTrue();
        assertThat(out.joiner(8)).isTrue();
        assertThat(out.joiner(5)).isTrue();
        assertThat(out.joiner(6)).isFalse();
        assertThat(out.capital(7)).isTrue(); // 'nông' stands where 'NLTS' is written
        assertThat(out.capital(6)).isFalse();
    }

    @Test
    void shapesAreThoseOfEachTokenAsWritten() {
        Tokens t = new Tokenizer().tokenize("Đạt KH và tăng, TỈNH Ⓐ đã Và 12");

        List<String> shapes = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            shapes.add(t.folded(i) + (t.capital(i) ? " capital" : "") + (t.upper(i) ? " upper" : "")
                    + (t.joiner(i) ? " joiner" : ""));
        }

        assertThat(shapes).containsExactly("đạt capital", "kh capital upper", "và joiner", "tăng", ", joiner",
                "tỉnh capital upper", "Ⓐ capital", "đã", "và capital joiner", "12");
    }

    @Test
    void aSpanMayShrinkBeforeOthersGrow() {
        String text = "CN - XD và A B C";
        Tokens t = new Tokenizer().tokenize(text);

        Tokens out = t.replace(List.of(new int[] {0, 3}, new int[] {4, 5}, new int[] {6, 7}),
                List.of(List.of("công"), List.of("an", "bê", "xê"), List.of("xê", "đê")));

        assertThat(described(out)).containsExactly("công@0-7C", "và@8-10v", "an@11-12A", "bê@11-12A", "xê@11-12A",
                "b@13-14B", "xê@15-16C", "đê@15-16C");
    }

    @Test
    void wordsWithoutAVowelAreCountedAsTheyAreCutAndReplaced() {
        // 'tnh', 'vc' lost their toned vowels; 'Tnh' starts with a capital, 'x' is one letter, '12' no word
        Tokens t = new Tokenizer().tokenize("tnh Tnh khu vc x 12 tnh, KH");

        assertThat(t.wordTokens()).isEqualTo(7);
        assertThat(t.vowellessWords()).isEqualTo(3);

        Tokens out = t.replace(List.of(new int[] {0, 1}, new int[] {8, 9}), List.of(List.of("tỉnh"), List.of("kh", "vc")));

        assertThat(out.wordTokens()).isEqualTo(8);
        assertThat(out.vowellessWords()).isEqualTo(2); // 'kh', 'vc' stand where 'KH' is written, with its capital
    }

    @Test
    void aRangeOfATextIsCutWhereItStandsAndNoFurther() {
        String text = "xx Thu 12,5 tỷ, thu 12,5";
        TextChars chars = new TextChars((text + "0 tấn").toCharArray(), text.length());
        Tokens t = new Tokenizer().tokenize(chars, 3, text.length());
        assertThat(described(t)).containsExactly("thu@3-6T", "12,5@7-111", "tỷ@12-14t", ",@14-15^,", "thu@16-19t", "12,5@20-241");
        assertThat(t.raw(0)).isEqualTo("Thu");
        assertThat(t.span(1, 3)).isEqualTo("12,5 tỷ");
        assertThat(t.wordId(0)).isEqualTo(t.wordId(4));
        assertThat(t.text()).isSameAs(chars);
    }
}
