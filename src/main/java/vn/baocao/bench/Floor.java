package vn.baocao.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The floor a throughput is measured against: one thread reading every file of an inbox and finding every number
 * in it with one regular expression. Nothing the job does can be cheaper than reading its input once.
 */
public final class Floor {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");

    private Floor() {
    }

    /** What the floor found: files, bytes and numbers. */
    public record Scan(int files, long bytes, long numbers) {
    }

    public static Scan scan(Path inbox) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(inbox)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        long bytes = 0;
        long numbers = 0;
        for (Path f : files) {
            byte[] data = Files.readAllBytes(f);
            bytes += data.length;
            Matcher m = NUMBER.matcher(new String(data, StandardCharsets.UTF_8));
            while (m.find()) {
                numbers++;
            }
        }
        return new Scan(files.size(), bytes, numbers);
    }
}
