package vn.baocao.job;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.duckdb.DuckDBConnection;
import vn.baocao.read.ContentHash;
import vn.baocao.read.SourceFile;

/**
 * The SHA-256 of many files at once, as {@link ContentHash} gives it for one. DuckDB reads and hashes them
 * ({@code read_blob}, {@code sha256}) on all cores in native code: the job's JVM runs the quick compiler only, which
 * has no SHA intrinsic, and hashing 2,000 new reports in Java took longer than reading them twice. Whatever DuckDB
 * does not give back as asked for (a file that vanished or cannot be read), and what it is not asked for (a name
 * it would take for a pattern, a file larger than a batch), is hashed in Java, which also gives the reason a file
 * cannot be read.
 */
final class FileHashes {

    /** Bytes read into DuckDB at once, at most: its blobs are held whole while hashed. */
    private static final long BATCH_BYTES = 64L << 20;
    /** Files per query, at most (one DuckDB vector). */
    private static final int BATCH_FILES = 2048;

    private final Connection connection;
    private final int threads;

    FileHashes(Connection connection, int threads) {
        this.connection = connection;
        this.threads = Math.max(1, threads);
    }

    /** Each file's lower-case hex SHA-256, or the IOException that stopped reading it. */
    Map<SourceFile, Object> of(List<SourceFile> files) throws InterruptedException {
        List<List<SourceFile>> batches = batches(files);
        Map<SourceFile, Object> out = new ConcurrentHashMap<>();
        // One query reads its files one after another: a batch per thread, each on a connection of its own.
        onThreads(batches, batch -> out.putAll(hashInDuckDb(batch)));
        List<SourceFile> rest = files.stream().filter(f -> !out.containsKey(f)).toList();
        onThreads(rest, f -> out.put(f, hashInJava(f)));
        return out;
    }

    /**
     * The files DuckDB hashes, in batches that keep every thread busy. Left out: a file too large for a batch, and one
     * whose name DuckDB would read as a glob pattern, which could match any number of other files, of any size.
     */
    private List<List<SourceFile>> batches(List<SourceFile> files) {
        int perThread = (files.size() + threads - 1) / threads;
        List<List<SourceFile>> batches = new ArrayList<>();
        List<SourceFile> batch = new ArrayList<>();
        long bytes = 0;
        for (SourceFile f : files) {
            if (f.size() > BATCH_BYTES || looksLikeAPattern(f)) {
                continue;
            }
            if (!batch.isEmpty() && (bytes + f.size() > BATCH_BYTES || batch.size() == Math.min(BATCH_FILES, perThread))) {
                batches.add(batch);
                batch = new ArrayList<>();
                bytes = 0;
            }
            batch.add(f);
            bytes += f.size();
        }
        if (!batch.isEmpty()) {
            batches.add(batch);
        }
        return batches;
    }

    private static boolean looksLikeAPattern(SourceFile f) {
        String name = f.path().toString();
        return name.indexOf('*') >= 0 || name.indexOf('?') >= 0 || name.indexOf('[') >= 0 || name.indexOf('{') >= 0;
    }

    /** The hashes DuckDB gave for the files of {@code batch} as they were named; none if it failed on any. */
    private Map<SourceFile, Object> hashInDuckDb(List<SourceFile> batch) {
        Map<String, SourceFile> byName = new HashMap<>();
        batch.forEach(f -> byName.put(f.path().toString(), f));
        Map<SourceFile, Object> found = new HashMap<>();
        try (Connection own = connection.unwrap(DuckDBConnection.class).duplicate();
             PreparedStatement ps = own.prepareStatement("SELECT filename, sha256(content) FROM read_blob(?::VARCHAR[])")) {
            ps.setArray(1, own.createArrayOf("VARCHAR", byName.keySet().toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    SourceFile f = byName.get(rs.getString(1));
                    if (f != null) {
                        found.put(f, rs.getString(2));
                    }
                }
            }
        } catch (SQLException e) {
            found.clear(); // a file DuckDB could not read fails its batch: Java says which and why
        }
        return found;
    }

    private static Object hashInJava(SourceFile f) {
        try {
            return ContentHash.sha256(f.path());
        } catch (IOException e) {
            return e;
        } catch (RuntimeException e) {
            return new IOException(e.getMessage(), e);
        }
    }

    private <T> void onThreads(List<T> work, java.util.function.Consumer<T> each) throws InterruptedException {
        if (work.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, work.size()));
        try {
            work.forEach(w -> pool.execute(() -> each.accept(w)));
        } finally {
            pool.shutdown();
            pool.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
        }
    }
}
