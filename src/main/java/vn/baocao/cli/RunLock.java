package vn.baocao.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One ingest at a time per warehouse. The lock is an operating-system lock on
 * a file beside the warehouse: it is released when the process ends however it
 * ends, so a killed run never leaves a stale lock behind.
 */
public final class RunLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static Path lockFileFor(Path warehouse) {
        Path abs = warehouse.toAbsolutePath();
        return abs.resolveSibling(abs.getFileName() + ".ingest.lock");
    }

    /** The lock, or empty if another process holds it. */
    public static Optional<RunLock> tryAcquire(Path warehouse) throws IOException {
        Path file = lockFileFor(warehouse);
        Files.createDirectories(file.getParent());
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
        FileLock l;
        try {
            l = ch.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            l = null; // held by this very process (another run in the same JVM)
        }
        if (l == null) {
            ch.close();
            return Optional.empty();
        }
        ch.truncate(0);
        ch.write(java.nio.ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)));
        return Optional.of(new RunLock(ch, l));
    }

    /** The process id written by the holder, for the message to the operator. */
    public static String holder(Path warehouse) {
        try {
            return Files.readString(lockFileFor(warehouse)).strip();
        } catch (IOException e) {
            return "?";
        }
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
