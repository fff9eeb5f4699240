package vn.baocao.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import vn.baocao.load.DocumentRegister;
import vn.baocao.load.RegisteredFile;
import vn.baocao.read.InboxScanner;
import vn.baocao.read.RejectedDocumentException;
import vn.baocao.read.SourceFile;
import vn.baocao.stage.FileDecision;
import vn.baocao.stage.StagingRepository;

/**
 * First step: empty staging, scan the inbox and decide for every file whether
 * it needs reading. A file whose path, size and time match the register is
 * skipped without being hashed; otherwise its SHA-256 decides.
 */
public final class DiscoverTasklet implements Tasklet {

    private final IngestSettings settings;
    private final StagingRepository staging;
    private final DocumentRegister register;
    private final String runId;

    public DiscoverTasklet(IngestSettings settings, StagingRepository staging, DocumentRegister register, String runId) {
        this.settings = settings;
        this.staging = staging;
        this.register = register;
        this.runId = runId;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        staging.clear();
        InboxScanner.Scan scan = new InboxScanner().scan(settings.inputs());
        Map<String, RegisteredFile> known = register.byPath();
        Map<String, String> loadedContent = new HashMap<>();
        known.values().forEach(r -> {
            if (r.loadedSha256() != null) {
                loadedContent.put(r.loadedSha256(), r.path());
            }
        });
        Map<String, String> seenThisRun = new HashMap<>();
        List<FileDecision> decisions = new ArrayList<>();
        List<SourceFile> toHash = scan.files().stream().filter(f -> !unchanged(f, known.get(f.path().toString()))).toList();
        Map<SourceFile, Object> hashes = hashAll(toHash);
        for (SourceFile f : scan.files()) {
            String path = f.path().toString();
            RegisteredFile reg = known.get(path);
            if (unchanged(f, reg)) {
                decisions.add(new FileDecision(path, reg.sha256(), f.size(), f.modified(), FileDecision.UNCHANGED,
                        "rejected".equals(reg.status()) ? "unchanged since it was rejected" : "unchanged"));
                continue;
            }
            String sha;
            try {
                sha = hashOf(hashes.get(f));
            } catch (IOException e) {
                decisions.add(new FileDecision(path, null, f.size(), f.modified(), FileDecision.PROCESS,
                        RejectedDocumentException.unreadable(e).getMessage()));
                continue;
            }
            String twin = seenThisRun.putIfAbsent(sha, path);
            String owner = loadedContent.get(sha);
            if (twin != null) {
                decisions.add(new FileDecision(path, sha, f.size(), f.modified(), FileDecision.DUPLICATE, "same content as " + twin));
            } else if (!settings.force() && reg != null && sha.equals(reg.sha256())) {
                decisions.add(new FileDecision(path, sha, f.size(), f.modified(), FileDecision.UNCHANGED, "content unchanged"));
            } else if (!settings.force() && owner != null && !owner.equals(path)) {
                decisions.add(new FileDecision(path, sha, f.size(), f.modified(), FileDecision.DUPLICATE, "same content as " + owner + ", already loaded"));
            } else {
                decisions.add(new FileDecision(path, sha, f.size(), f.modified(), FileDecision.PROCESS, null));
            }
        }
        scan.problems().forEach((p, why) -> decisions.add(new FileDecision(p.toString(), null, 0, null, FileDecision.PROCESS, why)));
        staging.recordDecisions(runId, decisions);
        contribution.incrementReadCount();
        return RepeatStatus.FINISHED;
    }

    /** Same size and modification time as registered: not read again (unless the run is forced). */
    private boolean unchanged(SourceFile f, RegisteredFile reg) {
        return !settings.force() && reg != null && reg.size() == f.size() && sameTime(f.modified(), reg.modified());
    }

    /**
     * The SHA-256 of each file, or the IOException that stopped it, computed on the job's threads: hashing is the
     * discover step's only real work, and on new files it is all of it.
     */
    private Map<SourceFile, Object> hashAll(List<SourceFile> files) throws InterruptedException {
        Map<SourceFile, Object> out = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(Math.max(1, settings.threads()));
        try {
            for (SourceFile f : files) {
                pool.execute(() -> {
                    try {
                        out.put(f, sha256(f.path()));
                    } catch (IOException e) {
                        out.put(f, e);
                    } catch (RuntimeException e) {
                        out.put(f, new IOException(e.getMessage(), e));
                    }
                });
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(Long.MAX_VALUE, java.util.concurrent.TimeUnit.DAYS);
        }
        return out;
    }

    private static String hashOf(Object hashed) throws IOException {
        if (hashed instanceof IOException e) {
            throw e;
        }
        return (String) hashed;
    }

    /**
     * File systems keep modification times to the nanosecond, the register (a DuckDB TIMESTAMP) to the microsecond:
     * compared at the register's precision, or every unchanged file would be hashed again.
     */
    static boolean sameTime(java.time.Instant onDisk, java.time.Instant registered) {
        return registered != null && onDisk.truncatedTo(java.time.temporal.ChronoUnit.MICROS)
                .equals(registered.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
    }

    static String sha256(Path file) throws IOException {
        return vn.baocao.read.ContentHash.sha256(file);
    }
}
