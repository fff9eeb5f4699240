package vn.baocao.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The sample inbox bundled under jobs/samples, copied where a test may change it. */
public final class SampleReports {

    public static final Path INBOX = Path.of("jobs", "samples", "inbox");

    private SampleReports() {
    }

    public static Path copyTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.walk(INBOX)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Path target = dir.resolve(INBOX.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
        return dir;
    }

    /** A short district report for a quarter, with figures that vary with {@code seed}. */
    public static String quarterlyReport(String district, int quarter, int year, int seed) {
        String roman = switch (quarter) {
            case 1 -> "I";
            case 2 -> "II";
            case 3 -> "III";
            default -> "IV";
        };
        return """
                ỦY BAN NHÂN DÂN
                HUYỆN %1$s

                BÁO CÁO
                Tình hình kinh tế - xã hội quý %2$s/%3$d

                Trong quý %2$s/%3$d, tình hình kinh tế - xã hội của huyện %1$s ổn định.
                - Tổng giá trị sản xuất các khu vực ước đạt %4$d tỷ đồng, tăng %5$d,5%% so với cùng kỳ.
                - Tổng thu ngân sách nhà nước trên địa bàn đạt %6$d.%7$03d/%8$d.000 triệu đồng, đạt %9$d%% dự toán.
                - Khám bệnh cho %10$d lượt người (tăng %11$d lượt so cùng kỳ).
                - Phát hiện %12$d vụ %13$d đối tượng vi phạm pháp luật. Cháy, nổ: không xảy ra.
                """.formatted(district, roman, year, 4000 + seed, 5 + seed % 7, 80 + seed % 50, seed % 1000,
                300 + seed % 40, 20 + seed % 15, 40000 + seed * 7, 100 + seed % 900, 30 + seed % 20, 70 + seed % 30);
    }

    public static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
