package vn.baocao.warehouse;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The two files behind one warehouse. Statisticians open the published file
 * (the one named by --warehouse); the nightly job never opens it. The job
 * writes a private working copy beside it (.baocao-work/NAME) and, after each
 * successful run, publishes it by copying it next to the published file and
 * renaming it over, atomically. A session that has the published file open
 * keeps reading the version it opened, and never blocks the next run.
 */
public final class PublishedWarehouse {

    private static final String WORK_DIR = ".baocao-work";

    private final Path published;

    public PublishedWarehouse(Path published) {
        this.published = published.toAbsolutePath().normalize();
    }

    public Path published() {
        return published;
    }

    public Path work() {
        return published.resolveSibling(WORK_DIR).resolve(published.getFileName());
    }

    /**
     * Makes sure the working copy exists; the first run after an upgrade starts from the published file. Without a
     * published file the working copy is dropped: either a person deleted the warehouse to build it again, or no run
     * ever finished, and in both cases starting empty gives what one clean run gives.
     */
    public Path prepareWork() throws IOException {
        Path work = work();
        Files.createDirectories(work.getParent());
        if (!Files.exists(published)) {
            Files.deleteIfExists(work);
            Files.deleteIfExists(work.resolveSibling(work.getFileName() + ".wal"));
        }
        if (!Files.exists(work) && Files.isRegularFile(published)) {
            Files.copy(published, work, StandardCopyOption.COPY_ATTRIBUTES);
        }
        return work;
    }

    /** Replaces the published file with the (closed) working copy in one atomic rename. */
    public void publish() throws IOException {
        Path work = work();
        Path staging = published.resolveSibling("." + published.getFileName() + ".publishing-" + ProcessHandle.current().pid());
        Files.copy(work, staging, StandardCopyOption.REPLACE_EXISTING);
        try (FileChannel ch = FileChannel.open(staging, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        Files.move(staging, published, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
