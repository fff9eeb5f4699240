package vn.baocao.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.baocao.extract.meta.DocumentMetadata;

/**
 * Runs the sentence corpus (src/test/resources/corpus/sentences.txt): each block
 * is a small document whose observations must be exactly the listed ones.
 */
class SentenceCorpusTest {

    private record Block(int line, String title, String text, List<String> expected) {
    }

    @TestFactory
    Stream<DynamicTest> corpus() throws IOException {
        return blocks().stream().map(b -> DynamicTest.dynamicTest("line " + b.line() + ": " + b.text().lines().reduce((a, c) -> c).orElse(""), () -> {
            String[] title = b.title().split(" của ", 2);
            String doc = (title.length > 1 ? title[1].toUpperCase(java.util.Locale.ROOT) + "\n" : "") + title[0].replaceFirst("^(BÁO CÁO|NGHỊ QUYẾT|KẾ HOẠCH)\\s+", "$1\n") + "\n" + b.text();
            DocumentExtraction.Result result = vn.baocao.support.Rules.extract(doc);
            DocumentMetadata meta = result.metadata();
            List<String> got = result.facts().stream().map(o -> describe(o, meta)).sorted().toList();
            assertThat(got).as("document:\n" + doc).isEqualTo(b.expected().stream().map(e -> normalise(e, meta)).sorted().toList());
        }));
    }

    private static String describe(Observation o, DocumentMetadata meta) {
        return o.indicator() + " " + o.measure() + " " + o.status() + " " + num(o.value())
                + (o.valueHigh() == null ? "" : " " + num(o.valueHigh())) + " " + o.period();
    }

    private static String normalise(String expected, DocumentMetadata meta) {
        String[] f = expected.trim().split("\\s+");
        StringBuilder s = new StringBuilder(f[0] + " " + f[1] + " " + f[2] + " " + num(Double.parseDouble(f[3])));
        String period = meta.period() == null ? "null" : meta.period().toString();
        for (int i = 4; i < f.length; i++) {
            if (f[i].contains("..")) {
                period = f[i];
            } else {
                s.append(' ').append(num(Double.parseDouble(f[i])));
            }
        }
        return s + " " + period;
    }

    private static String num(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static List<Block> blocks() throws IOException {
        List<Block> out = new ArrayList<>();
        try (InputStream in = SentenceCorpusTest.class.getResourceAsStream("/corpus/sentences.txt")) {
            String title = null;
            StringBuilder text = new StringBuilder();
            List<String> expected = new ArrayList<>();
            int start = 0;
            int n = 0;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                n++;
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (line.startsWith("@")) {
                    if (title != null) {
                        out.add(new Block(start, title, text.toString(), List.copyOf(expected)));
                    }
                    title = line.substring(1).trim();
                    text.setLength(0);
                    expected.clear();
                    start = n;
                } else if (line.startsWith(">")) {
                    text.append(line.substring(1).trim()).append('\n');
                } else {
                    expected.add(line.trim());
                }
            }
            if (title != null) {
                out.add(new Block(start, title, text.toString(), List.copyOf(expected)));
            }
        }
        return out;
    }
}
