package vn.baocao.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Possible but pathological inputs, grown to any size from the real report text of the sample inbox: what a PDF
 * text layer without line breaks, an export that lost its full stops, a damaged file or a hostile one looks like.
 */
public final class PathologicalShapes {

    /** One shape: a name and how to make a text of about {@code bytes} bytes. */
    public record Shape(String name, Function<Integer, byte[]> make) {
        public Path write(Path dir, int bytes) {
            try {
                Files.createDirectories(dir);
                return Files.write(dir.resolve(name + ".txt"), make.apply(bytes));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private PathologicalShapes() {
    }

    public static List<Shape> all() {
        String report = sampleText();
        return List.of(
                new Shape("giant-sentence", n -> repeat(report.replaceAll("[.;:!?\\n]", " "), n)),
                new Shape("giant-paragraph", n -> repeat(report.replace('\n', ' '), n)),
                new Shape("many-lines", n -> repeat(String.join("\n", report.split(" ")), n)),
                new Shape("deep-parentheses", n -> repeat("Thu ngân sách " + "(".repeat(5000)
                        + "tăng 12,5% so cùng kỳ, đạt 5.453 tỷ đồng" + ")".repeat(5000) + ". ", n)),
                new Shape("huge-number", n -> repeat("Tổng thu ngân sách ước đạt " + digits(100_000) + " tỷ đồng, tăng 5%. ", n)),
                new Shape("combining-marks", n -> repeat(strayMarks(report), n)),
                new Shape("number-soup", n -> repeat(numberSoup(), n)),
                new Shape("unclosed-bookmarks", n -> repeat("[bookmark: thu ngân sách ước đạt 5.453 tỷ đồng, tăng 12,5% ", n)),
                new Shape("random-bytes", PathologicalShapes::randomBytes));
    }

    /** The text of every report of the sample inbox, one after another. */
    public static String sampleText() {
        try (Stream<Path> files = Files.walk(SampleReports.INBOX)) {
            StringBuilder s = new StringBuilder();
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                s.append(Files.readString(f, StandardCharsets.UTF_8)).append('\n');
            }
            return s.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] repeat(String unit, int bytes) {
        byte[] u = unit.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[bytes];
        for (int i = 0; i < bytes; i += u.length) {
            System.arraycopy(u, 0, out, i, Math.min(u.length, bytes - i));
        }
        // never end inside a character: cut back to the last whole one
        int end = bytes;
        while (end > 0 && (out[end - 1] & 0xC0) == 0x80) {
            end--;
        }
        if (end > 0 && (out[end - 1] & 0x80) != 0) {
            end--;
        }
        return Arrays.copyOf(out, end);
    }

    private static String digits(int n) {
        Random r = new Random(7);
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append((char) ('0' + r.nextInt(10)));
        }
        return s.toString();
    }

    private static String strayMarks(String text) {
        Random r = new Random(7);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (r.nextBoolean()) {
                s.append((char) (0x300 + r.nextInt(0x70)));
            }
            s.append(text.charAt(i));
        }
        return s.toString();
    }

    private static String numberSoup() {
        String[] words = {"12,5%", "5.453", "tỷ đồng", "tăng", "giảm", "so cùng kỳ", "(", ")", "đạt", "1.234,56", "ha", "năm 2024"};
        Random r = new Random(7);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            s.append(words[r.nextInt(words.length)]).append(' ');
        }
        return s.toString();
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        new Random(7).nextBytes(b);
        return b;
    }
}
