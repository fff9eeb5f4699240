package vn.baocao.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Folders the commands make and remove whole: the start-up cache, the benchmark's inbox and warehouses. */
final class FileTrees {

    private FileTrees() {
    }

    /** Deletes a folder and everything in it, deepest first; nothing if it is not there. */
    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
