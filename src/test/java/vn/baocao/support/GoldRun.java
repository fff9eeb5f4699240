package vn.baocao.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * A corpus of ../shared ingested by the real job and scored by the real evaluate command; skipped, with the
 * reason, when ../shared is not beside the project.
 */
public final class GoldRun {

    public static final Path SHARED = Path.of("..", "shared");

    private final String report;

    private GoldRun(String report) {
        this.report = report;
    }

    /** Ingests {@code corpus} into a warehouse under {@code tmp} and evaluates it against the gold (and meta gold) files. */
    public static GoldRun of(Path tmp, String corpus, String gold, String meta) {
        Path input = SHARED.resolve(corpus);
        Path goldFile = SHARED.resolve(gold);
        Assumptions.assumeTrue(Files.isDirectory(input) && Files.isRegularFile(goldFile),
                "../shared is not beside the project: this test needs ../shared/" + corpus + " and ../shared/" + gold);
        Path wh = tmp.resolve("gold.duckdb");
        Path inbox = reportsOf(input, tmp.resolve("inbox"));
        CliRun ingest = CliRun.of("ingest", "--input", inbox.toString(), "--warehouse", wh.toString());
        assertThat(ingest.exit()).as(ingest.toString()).isZero();
        CliRun eval = meta == null
                ? CliRun.of("evaluate", "--gold", goldFile.toString(), "--warehouse", wh.toString(), "--show")
                : CliRun.of("evaluate", "--gold", goldFile.toString(), "--meta", SHARED.resolve(meta).toString(), "--warehouse",
                        wh.toString(), "--show");
        assertThat(eval.exit()).as(eval.toString()).isZero();
        System.out.println(eval.out());
        return new GoldRun(eval.out());
    }

    /** The corpus's reports, without its MANIFEST.tsv and README.md, which are about the corpus and not reports. */
    private static Path reportsOf(Path corpus, Path inbox) {
        try (var files = Files.list(corpus)) {
            Files.createDirectories(inbox);
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (Files.isRegularFile(f) && !name.equals("MANIFEST.tsv") && !name.equalsIgnoreCase("README.md")) {
                    Files.copy(f, inbox.resolve(name));
                }
            }
            return inbox;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public String report() {
        return report;
    }

    /** The first number on the report line that starts with {@code name}. */
    public double score(String name) {
        return report.lines().filter(l -> l.startsWith(name + " ")).findFirst()
                .map(l -> Double.parseDouble(l.substring(name.length()).trim().split("\\s+")[0]))
                .orElseThrow(() -> new AssertionError("no '" + name + "' line in:\n" + report));
    }
}
