package vn.baocao.warehouse;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.SQLException;

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
     * Makes sure the working copy exists. The job goes on from the working copy only while the published file is the
     * one the copy last published: after a failed or killed run it is ahead of that file, and the next run finishes
     * its work. When the published file is another one (a backup restored, a file put in its place, the first run
     * after an upgrade) the next run starts from it; without a published file it starts empty (a person deleted
     * the warehouse to build it again, or no run ever finished). Starting from the published file is always safe:
     * the run reads again what that file does not know. One that another program has open for writing is not
     * copied, as it may be half written: the run goes on from its working copy and publishes over it, as ever.
     */
    public Path prepareWork() throws IOException {
        Path work = work();
        Files.createDirectories(work.getParent());
        if (!Files.exists(published) || !goesOnFrom(work)) {
            Files.deleteIfExists(work);
        }
        if (!Files.exists(work)) {
            // a log left without its file would be replayed onto the new one
            Files.deleteIfExists(work.resolveSibling(work.getFileName() + ".wal"));
            if (Files.isRegularFile(published)) {
                // copied beside it and renamed into place: a copy cut short by a crash is never taken for the warehouse
                Path copying = work.resolveSibling(work.getFileName() + ".copying");
                Files.copy(published, copying, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
                Files.move(copying, work, StandardCopyOption.ATOMIC_MOVE);
                remember(published);
            }
        }
        return work;
    }

    /**
     * Whether the run goes on from the working copy, the published file being there: it is the one the copy last
     * published, or it may be half written by a program that holds it (then the run publishes over it).
     */
    private boolean goesOnFrom(Path work) throws IOException {
        return stamp(published).equals(lastPublished()) || Files.exists(work) && openForWriting(published);
    }

    /**
     * Why DuckDB could not open the working copy, said of the warehouse the operator named: DuckDB's message names only
     * the copy (a file that is not a DuckDB database, one written by a newer DuckDB, one that cannot be read), which
     * is made from the published file. DuckDB's own exception is kept with it, suppressed rather than as the cause,
     * since an error's deepest cause is what the command line prints.
     */
    public SQLException notOpened(SQLException e) {
        SQLException named = new SQLException("the warehouse " + published + " cannot be opened: " + e.getMessage()
                + " (the job works on " + work() + ", its copy)", e.getSQLState());
        named.addSuppressed(e);
        return named;
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
        remember(published);
    }

    /** Where the working copy notes which published file it comes from (see {@link #stamp}). */
    private Path note() {
        Path work = work();
        return work.resolveSibling(work.getFileName() + ".published");
    }

    private String lastPublished() throws IOException {
        return Files.isRegularFile(note()) ? Files.readString(note(), StandardCharsets.UTF_8) : "";
    }

    /** Notes that the working copy and this published file hold the same warehouse; a crash before the note is safe. */
    private void remember(Path file) throws IOException {
        Path next = note().resolveSibling(note().getFileName() + ".next");
        Files.writeString(next, stamp(file), StandardCharsets.UTF_8);
        Files.move(next, note(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Whether another program holds the file as DuckDB holds a file it may write: with a lock no one may share. */
    private static boolean openForWriting(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ); FileLock lock = ch.tryLock(0, Long.MAX_VALUE, true)) {
            return lock == null;
        } catch (OverlappingFileLockException e) {
            return true; // this JVM holds it
        }
    }

    /**
     * A file as the file system knows it: which file (device and inode where it tells), its size and its time. A file
     * copied or moved in its place, or written to, has another stamp.
     */
    private static String stamp(Path file) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        return a.fileKey() + " " + a.size() + " " + a.lastModifiedTime().toInstant();
    }
}
