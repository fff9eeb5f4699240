package vn.baocao.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * An inbox of realistic reports for measuring throughput, made from real texts: each document is a whole report
 * (from {@code seeds/}) followed by a portal excerpt (from {@code dev/}), so documents have the sizes and the
 * phrasing of real ones, with about one digit in seven changed at random so that every file is new to the job. The
 * same seed gives the same inbox.
 */
public final class BenchmarkCorpus {

    /** Files of a corpus folder that are not reports. */
    private static final List<String> NOT_REPORTS = List.of("MANIFEST.tsv", "README.md");
    private static final double CHANGED_DIGITS = 0.15;
    private static final int FOLDERS = 40;

    private final List<String> reports;
    private final List<String> excerpts;

    private BenchmarkCorpus(List<String> reports, List<String> excerpts) {
        this.reports = reports;
        this.excerpts = excerpts;
    }

    /** The texts of {@code corpus}: {@code seeds/} and {@code dev/} below it, or every text below it when it has neither. */
    public static BenchmarkCorpus of(Path corpus) throws IOException {
        List<String> seeds = texts(corpus.resolve("seeds"));
        List<String> dev = texts(corpus.resolve("dev"));
        if (seeds.isEmpty() && dev.isEmpty()) {
            seeds = texts(corpus);
        }
        if (seeds.isEmpty() && dev.isEmpty()) {
            throw new IOException("no .txt reports below " + corpus.toAbsolutePath());
        }
        return new BenchmarkCorpus(seeds.isEmpty() ? dev : seeds, dev);
    }

    private static List<String> texts(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".txt") && !NOT_REPORTS.contains(name)) {
                    out.add(Files.readString(f, StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }

    /** Writes {@code count} documents below {@code inbox}, spread over folders; returns their total size in bytes. */
    public long write(Path inbox, int count, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            String text = reports.get(i % reports.size());
            if (!excerpts.isEmpty() && excerpts != reports) {
                text = text + "\n\n" + excerpts.get(i % excerpts.size());
            }
            byte[] data = perturb(text, random).getBytes(StandardCharsets.UTF_8);
            Path file = inbox.resolve("d" + (i % FOLDERS)).resolve("r" + i + ".txt");
            Files.createDirectories(file.getParent());
            Files.write(file, data);
            bytes += data.length;
        }
        return bytes;
    }

    private static String perturb(String text, SplittableRandom random) {
        StringBuilder s = new StringBuilder(text);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '1' && c <= '9' && random.nextDouble() < CHANGED_DIGITS) {
                s.setCharAt(i, (char) ('1' + random.nextInt(9))); // never a new leading zero
            }
        }
        return s.toString();
    }
}
