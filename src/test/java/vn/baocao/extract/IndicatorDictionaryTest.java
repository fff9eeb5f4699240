package vn.baocao.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class IndicatorDictionaryTest {

    private static final String HEADER = "code,family,unit,name_vi,name_en,phrases,context,exclude\n";

    @Test
    void theProjectDictionaryCoversTheSharedCatalogWithTheSameMeanings() throws IOException {
        Path catalog = Path.of("..", "shared", "catalog", "indicators.csv");
        Assumptions.assumeTrue(Files.isRegularFile(catalog), "../shared/catalog/indicators.csv is not beside the project");
        IndicatorDictionary d = IndicatorDictionary.load(Path.of("jobs/dictionary/indicators.csv"));
        try (Reader r = Files.newBufferedReader(catalog, StandardCharsets.UTF_8)) {
            for (var rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                Indicator i = d.get(rec.get("code"));
                assertThat(i).as(rec.get("code")).isNotNull();
                assertThat(i.family()).as(rec.get("code")).isEqualTo(rec.get("family"));
                assertThat(i.unit().code()).as(rec.get("code")).isEqualTo(rec.get("unit"));
                assertThat(i.phrases()).as(rec.get("code") + " has phrases").isNotEmpty();
            }
        }
    }

    @Test
    void everyIndicatorHasPhrasesAndTheBundledCopyIsTheSame() throws IOException {
        IndicatorDictionary d = IndicatorDictionary.load(Path.of("jobs/dictionary/indicators.csv"));
        assertThat(d.indicators()).allSatisfy(i -> assertThat(i.phrases()).as(i.code()).isNotEmpty());
        Set<String> bundled = IndicatorDictionary.loadBundled().indicators().stream().map(Indicator::code).collect(Collectors.toSet());
        assertThat(bundled).isEqualTo(d.indicators().stream().map(Indicator::code).collect(Collectors.toSet()));
    }

    @Test
    void findsPhrasesAtWordBoundariesWithGapsAndPrefersTheLongerOne() throws IOException {
        IndicatorDictionary d = IndicatorDictionary.read(new StringReader(HEADER
                + "a,x,case,A,A,vi phạm pháp luật,,\n"
                + "b,x,person,B,B,đối tượng vi phạm pháp luật,,\n"
                + "c,x,case,C,C,khởi tố,,\n"
                + "d,x,case,D,D,tin báo về tội phạm và kiến nghị khởi tố,,\n"
                + "e,x,VND,E,E,tổng vốn đầu tư ... toàn xã hội,,\n"), "test");
        List<String> hits = d.find("phát hiện 98 vụ 362 đối tượng vi phạm pháp luật").stream().map(h -> h.indicator().code()).toList();
        assertThat(hits).containsExactlyInAnyOrder("a", "b");
        assertThat(d.find("kiểm sát 82 tin báo về tội phạm và kiến nghị khởi tố")).extracting(h -> h.indicator().code()).containsExactly("d");
        assertThat(d.find("tổng vốn đầu tư thực hiện toàn xã hội đạt")).extracting(h -> h.indicator().code()).containsExactly("e");
        assertThat(d.find("quan khởi tốt")).isEmpty();
    }

    @Test
    void badDictionariesSayWhatIsWrong() {
        assertThatThrownBy(() -> IndicatorDictionary.read(new StringReader("code,unit\nx,case\n"), "d.csv"))
                .hasMessageContaining("d.csv: missing column 'family'");
        assertThatThrownBy(() -> IndicatorDictionary.read(new StringReader(HEADER + "x,f,furlong,X,X,p,,\n"), "d.csv"))
                .hasMessageContaining("d.csv line 1: unknown unit code 'furlong'");
        assertThatThrownBy(() -> IndicatorDictionary.read(new StringReader(HEADER + "x,f,case,X,X,p,,\nx,f,case,X,X,q,,\n"), "d.csv"))
                .hasMessageContaining("'x' appears twice");
        assertThatThrownBy(() -> IndicatorDictionary.read(new StringReader(
                "code,family,unit,name_vi,name_en,phrases,context,exclude,pair_whole\nx,f,case,X,X,p,,,nowhere\n"), "d.csv"))
                .hasMessageContaining("refers to 'nowhere'");
    }
}
