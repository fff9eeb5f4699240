package vn.baocao.read;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A file found in the inbox.
 *
 * @param path      absolute, normalised path
 * @param size      size in bytes
 * @param modified  last modification time
 */
public record SourceFile(Path path, long size, Instant modified) {

    public String baseName() {
        return path.getFileName().toString();
    }

    public String extension() {
        String name = baseName();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
