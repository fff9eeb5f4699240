package vn.baocao.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.baocao.extract.document.DocumentText;
import vn.baocao.extract.language.IndicatorPhrase;
import vn.baocao.extract.text.PhraseIndex;
import vn.baocao.support.Rules;

class NamedPhrasesTest {

    @Test
    void aSpanGivesItsOwnPhrasesAndTheShorterOnesInsideItWhenFirstAsked() {
        DocumentText doc = Rules.doc("Phát hiện 98 đối tượng vi phạm pháp luật.");
        PhraseSpans spans = new PhraseSpans(doc, new Gaps(new vn.baocao.extract.number.TokenCues(doc), new boolean[doc.tokens().size()]));
        List<PhraseIndex.Hit<IndicatorPhrase>> all = doc.phrases();
        PhraseIndex.Hit<IndicatorPhrase> longest = all.stream().max((a, b) -> (a.end() - a.start()) - (b.end() - b.start())).orElseThrow();
        List<PhraseIndex.Hit<IndicatorPhrase>> span = all.stream()
                .filter(h -> h.start() == longest.start() && h.end() == longest.end()).toList();

        NamedPhrases named = NamedPhrases.withNested(span, spans);

        assertThat(named.isEmpty()).isFalse();
        assertThat(named.all()).isEqualTo(spans.withNested(span));
        assertThat(named.all()).containsAll(span);
        assertThat(named.all()).anyMatch(h -> h.end() - h.start() < longest.end() - longest.start()); // 'vi phạm pháp luật'
    }

    @Test
    void phrasesGivenAsTheyAreStayAsTheyAre() {
        assertThat(NamedPhrases.of(List.of()).isEmpty()).isTrue();
        assertThat(NamedPhrases.of(List.of()).all()).isEmpty();
        List<PhraseIndex.Hit<IndicatorPhrase>> one = List.of(new PhraseIndex.Hit<>(2, 4, null));
        assertThat(NamedPhrases.of(one).all()).isSameAs(one);
    }
}
