package vn.baocao.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fingerprint each document page was written from (its figures, corrections, register row and the state of its
 * file): a page whose fingerprint is unchanged is not written again, so refreshing the site after a night that
 * loaded ten reports rewrites ten pages, not ten thousand.
 */
final class Manifest {

    static final String FILE = "manifest.tsv";

    private final Path file;
    private final Map<String, String> before;
    private final Map<String, String> now = new TreeMap<>();

    private Manifest(Path file, Map<String, String> before) {
        this.file = file;
        this.before = before;
    }

    static Manifest load(Path folder) throws IOException {
        Path file = folder.resolve(FILE);
        Map<String, String> before = new HashMap<>();
        if (Files.isRegularFile(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    before.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        }
        return new Manifest(file, before);
    }

    /** Records the page's fingerprint; true when it differs from the one it was last written with. */
    boolean changed(String key, String fingerprint) {
        now.put(key, fingerprint);
        return !fingerprint.equals(before.get(key));
    }

    /** Keys written before that are gone now: their pages are stale. */
    Iterable<String> removed() {
        return before.keySet().stream().filter(k -> !now.containsKey(k)).toList();
    }

    /** Written last and renamed into place, so a failed refresh leaves the old manifest and its pages are redone next time. */
    void save() throws IOException {
        StringBuilder s = new StringBuilder();
        now.forEach((k, v) -> s.append(k).append('\t').append(v).append('\n'));
        Path tmp = file.resolveSibling(FILE + ".tmp");
        Files.writeString(tmp, s, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
