package vn.baocao.review;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The style sheet, the script and the chart library, copied into the site's assets/ from the class path (the
 * library from its WebJar), so the pages need nothing from the network.
 */
final class Assets {

    static final String ECHARTS = "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";

    private Assets() {
    }

    static void write(Path site) throws IOException {
        Path assets = Files.createDirectories(site.resolve("assets"));
        copy("review/review.css", assets.resolve("review.css"));
        copy("review/review.js", assets.resolve("review.js"));
        copy(ECHARTS, assets.resolve("echarts.min.js"));
    }

    private static void copy(String resource, Path target) throws IOException {
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing from the jar: " + resource);
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
