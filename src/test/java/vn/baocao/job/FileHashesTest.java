package vn.baocao.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.read.ContentHash;
import vn.baocao.read.SourceFile;
import vn.baocao.warehouse.Warehouse;

class FileHashesTest {

    @TempDir
    Path dir;

    @Test
    void givesEveryFileTheHashTheRegisterKeeps() throws Exception {
        List<SourceFile> files = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            files.add(write("report-" + i + ".txt", "Báo cáo số " + i + ": thu ngân sách ước đạt " + (i * 37) + " tỷ đồng.\n".repeat(i % 7 + 1)));
        }
        files.add(write("empty.txt", ""));
        Map<SourceFile, Object> hashes = hash(files, 2);
        assertThat(hashes).hasSize(files.size());
        for (SourceFile f : files) {
            assertThat(hashes.get(f)).as(f.path().toString()).isEqualTo(ContentHash.sha256(f.path()));
        }
    }

    @Test
    void aNameThatLooksLikeAPatternIsHashedAsTheFileItNames() throws Exception {
        // DuckDB reads file names as glob patterns ('a*.txt' would also match 'ab.txt'): such names are hashed in Java
        SourceFile star = write("a*.txt", "the star");
        SourceFile other = write("ab.txt", "another file");
        SourceFile brackets = write("bao cao [1].txt", "brackets");
        SourceFile set = write("1.txt", "what [1] would match as a pattern");
        List<SourceFile> files = List.of(star, other, brackets, set);
        Map<SourceFile, Object> hashes = hash(files, 1);
        for (SourceFile f : files) {
            assertThat(hashes.get(f)).as(f.path().toString()).isEqualTo(ContentHash.sha256(f.path()));
        }
    }

    @Test
    void aFileThatCannotBeReadGetsItsReasonAndTheOthersTheirHashes() throws Exception {
        SourceFile good = write("good.txt", "a report");
        SourceFile gone = new SourceFile(dir.resolve("gone.txt"), 10, java.time.Instant.now());
        Map<SourceFile, Object> hashes = hash(List.of(good, gone), 2);
        assertThat(hashes.get(good)).isEqualTo(ContentHash.sha256(good.path()));
        assertThat(hashes.get(gone)).isInstanceOf(IOException.class);
        assertThat(((IOException) hashes.get(gone)).getMessage()).contains("gone.txt");
    }

    private Map<SourceFile, Object> hash(List<SourceFile> files, int threads) throws Exception {
        try (Connection c = Warehouse.openForWriting(dir.resolve("w.duckdb"))) {
            return new FileHashes(c, threads).of(files);
        }
    }

    private SourceFile write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return new SourceFile(p, Files.size(p), Files.getLastModifiedTime(p).toInstant());
    }
}
