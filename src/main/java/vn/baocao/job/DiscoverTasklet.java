package vn.baocao.job;

import java.io.IOException;
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
 * skipped without being hashed; otherwise its SHA-256 ({@link FileHashes}) decides.
 */
public final class DiscoverTasklet implements Tasklet {

    private final IngestSettings settings;
    private final StagingRepository staging;
    private final DocumentRegister register;
    private final FileHashes hashes;
    private final String runId;

    public DiscoverTasklet(IngestSettings settings, StagingRepository staging, DocumentRegister register, FileHashes hashes,
                           String runId) {
        this.settings = settings;
        this.staging = staging;
        this.register = register;
        this.hashes = hashes;
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
        Map<SourceFile, Object> hashed = hashes.of(toHash);
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
                sha = hashOf(hashed.get(f));
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

}
