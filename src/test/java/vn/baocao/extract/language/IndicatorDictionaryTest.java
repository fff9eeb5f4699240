package vn.baocao.extract.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.extract.text.PhraseIndex;
import vn.baocao.support.Rules;

class IndicatorDictionaryTest {

    private static final String HEADER = "code,family,unit,kind,name_vi,name_en,phrases,context,exclude,pair_whole,growth_of,rate_of,example,expect\n";

    @TempDir
    Path dir;

    private IndicatorDictionary load(String rows) throws IOException {
        Files.writeString(dir.resolve("indicators.csv"), HEADER + rows);
        return IndicatorDictionary.load(dir.resolve("indicators.csv"));
    }

    private static List<String> find(IndicatorDictionary d, String text) {
        var t = Rules.doc(text).tokens();
        return d.find(t, 0, t.size(), false).stream().map(PhraseIndex.Hit::value).map(p -> p.indicator().code()).toList();
    }

    @Test
    void theProjectDictionaryCoversTheSharedCatalogWithTheSameMeanings() throws IOException {
        Path catalog = Path.of("..", "shared", "catalog", "indicators.csv");
        Assumptions.assumeTrue(Files.isRegularFile(catalog), "../shared/catalog/indicators.csv is not beside the project");
        IndicatorDictionary d = Rules.RULES.dictionary();
        try (Reader r = Files.newBufferedReader(catalog, StandardCharsets.UTF_8)) {
            for (var rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                Indicator i = d.get(rec.get("code"));
                assertThat(i).as(rec.get("code")).isNotNull();
                assertThat(i.family()).as(rec.get("code")).isEqualTo(rec.get("family"));
                assertThat(i.unit().code()).as(rec.get("code")).isEqualTo(rec.get("unit"));
            }
        }
    }

    @Test
    void theBundledCopyIsTheProjectsDictionary() throws IOException {
        Set<String> bundled = IndicatorDictionary.loadBundled().indicators().stream().map(Indicator::code).collect(Collectors.toSet());
        assertThat(bundled).isEqualTo(Rules.RULES.dictionary().indicators().stream().map(Indicator::code).collect(Collectors.toSet()));
    }

    @Test
    void phrasesMatchWholeWordsWithGapsAndJoiners() throws IOException {
        IndicatorDictionary d = load("a,x,case,level,A,A,vi phạm pháp luật,,,,,,e,none\n"
                + "b,x,person,level,B,B,đối tượng vi phạm pháp luật,,,,,,e,none\n"
                + "e,x,VND,level,E,E,tổng vốn đầu tư ... toàn xã hội,,,,,,e,none\n"
                + "f,x,VND,level,F,F,\"nông, lâm nghiệp và thủy sản\",,,,,,e,none\n");
        assertThat(find(d, "phát hiện 98 vụ 362 đối tượng vi phạm pháp luật")).containsExactlyInAnyOrder("a", "b");
        assertThat(find(d, "tổng vốn đầu tư thực hiện toàn xã hội đạt")).containsExactly("e");
        assertThat(find(d, "khu vực nông - lâm nghiệp - thủy sản")).containsExactly("f");
        assertThat(find(d, "vi phạm pháp luậtt")).isEmpty();
    }

    @Test
    void aTopicWordSeveralIndicatorsNameIsFoundOnceWhereItStands() throws IOException {
        IndicatorDictionary d = load("a,x,case,level,A,A,vụ,ma túy,,,,,e,none\n"
                + "b,x,person,level,B,B,đối tượng,ma túy & hình sự,giao thông,,,,e,none\n"
                + "c,x,case,level,C,C,vụ tai nạn,giao thông,ma túy,,,,e,none\n");
        var t = Rules.doc("bắt 12 vụ ma túy, 20 đối tượng; tai nạn giao thông giảm").tokens();
        vn.baocao.extract.text.TokenSpans all = new vn.baocao.extract.text.TokenSpans();
        all.add(0, t.size());
        DocumentLexicons.Found found = d.lexicons(Rules.RULES.language()).find(t, all, false);

        assertThat(found.topics().stream().map(PhraseIndex.Hit::value).toList()).containsExactly("ma túy", "giao thông");
    }

    @Test
    void theRateAndGrowthRateOfAnIndicatorAreTheFirstTheFileNames() throws IOException {
        IndicatorDictionary d = load("a,x,case,level,A,A,vụ,,,,,,e,none\n"
                + "r1,x,percent,rate,R1,R1,tỷ lệ giải quyết,,,,,a,e,none\n"
                + "r2,x,percent,rate,R2,R2,tỷ lệ xử lý,,,,,a,e,none\n"
                + "g,x,percent,growth,G,G,tốc độ tăng,,,,a,,e,none\n");

        assertThat(d.rateOf("a")).map(Indicator::code).contains("r1");
        assertThat(d.growthRateOf("a")).map(Indicator::code).contains("g");
        assertThat(d.rateOf("g")).isEmpty();
        assertThat(d.growthRateOf("r1")).isEmpty();
    }

    @Test
    void phraseSetsAreSharedByTheIndicatorsThatNameThem() throws IOException {
        Files.writeString(dir.resolve(IndicatorDictionary.PHRASE_SETS),
                "set,phrases,example,expect\nagri,\"nông, lâm, thủy sản|khu vực I\",e,none\n");
        IndicatorDictionary d = load("g,x,percent,growth,G,G,@agri,,,,,,e,none\nv,x,VND,level,V,V,giá trị sản xuất @agri,,,,,,e,none\n");
        assertThat(find(d, "khu vực I tăng 3%")).containsExactly("g");
        assertThat(find(d, "giá trị sản xuất nông, lâm, thủy sản")).contains("v", "g");
        assertThatThrownBy(() -> load("h,x,percent,growth,H,H,@nowhere,,,,,,e,none\n"))
                .hasMessageContaining("indicators.csv line 2").hasMessageContaining("'nowhere'");
    }

    @Test
    void badDictionariesSayWhereAndWhatIsWrong() {
        assertThatThrownBy(() -> load("x,f,furlong,level,X,X,p,,,,,,e,none\n"))
                .hasMessageContaining("indicators.csv line 2").hasMessageContaining("furlong");
        assertThatThrownBy(() -> load("x,f,case,level,X,X,p,,,,,,e,none\nx,f,case,level,X,X,q,,,,,,e,none\n"))
                .hasMessageContaining("'x' appears twice");
        assertThatThrownBy(() -> load("x,f,case,level,X,X,p,,,nowhere,,,e,none\n")).hasMessageContaining("refers to 'nowhere'");
        assertThatThrownBy(() -> load("x,f,case,level,X,X,p,,,,,,,\n")).hasMessageContaining("example");
    }
}
