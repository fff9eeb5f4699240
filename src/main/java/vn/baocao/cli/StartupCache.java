package vn.baocao.cli;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.LinkOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What the job's JVM starts from instead of the executable jar, laid out once per jar (see {@link FatJarUnpacker}):
 * a folder named after the jar's size and modification time, so a rebuilt jar gets a fresh one and the old one is
 * removed. It is built in a temporary folder and renamed into place, so two runs that race both end up using one
 * whole copy, and a run stopped half-way leaves nothing that looks usable.
 *
 * <p>Its place: {@code .baocao-jvm/} beside the jar, else {@code baocao-jvm-USER/} in the temporary folder.
 */
final class StartupCache {

    static final String FOLDER = ".baocao-jvm";
    private static final String CONTENTS = "contents";
    private static final String HEADER = "baocao start-up cache 1";
    private static final String PART = ".part-";
    private static final Duration ABANDONED = Duration.ofHours(1);

    /**
     * A cache in place: the folder, the class path in order, the folder of native libraries (or null), and the hold
     * that keeps another run from removing it as stale while this one's job runs from it (closed when the job ends).
     */
    record Prepared(Path dir, List<Path> classPath, Path nativeLibraries, Closeable inUse) {
    }

    private StartupCache() {
    }

    /** The folder that holds the caches of {@code jar}: beside it if that can be written, else in the temporary folder. */
    static Path root(Path jar) {
        Path beside = jar.toAbsolutePath().getParent().resolve(FOLDER);
        if (Files.isDirectory(beside) ? Files.isWritable(beside) : !Files.exists(beside) && Files.isWritable(beside.getParent())) {
            return beside;
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "baocao-jvm-" + System.getProperty("user.name", "user"));
    }

    /**
     * {@code root} made if missing; in a folder others can write to (the temporary folder), it must be this user's own
     * and closed to others, since whoever can write a cache chooses the code the job runs.
     */
    private static void ownFolder(Path root) throws IOException {
        if (root.getFileName().toString().equals(FOLDER) || !FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(root); // beside the jar: whoever can write there can replace the jar as well
            return;
        }
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(root.getParent());
            try {
                Files.createDirectory(root, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } catch (FileAlreadyExistsException madeMeanwhile) {
                // checked below like any other
            }
        }
        PosixFileAttributes a = Files.readAttributes(root, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        Set<PosixFilePermission> open = Set.of(PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);
        if (!a.isDirectory() || !a.owner().getName().equals(System.getProperty("user.name"))
                || a.permissions().stream().anyMatch(open::contains)) {
            throw new IOException(root + " is not this user's own folder");
        }
    }

    /** The cache of {@code jar} under {@code root}, laid out first if there is none yet; any problem is an IOException. */
    static Prepared prepare(Path jar, Path root) throws IOException {
        Path abs = jar.toAbsolutePath().normalize();
        Path home = root.resolve(abs.getFileName() + "-" + Integer.toHexString(abs.toString().hashCode()));
        String key = Files.size(abs) + "-" + Files.getLastModifiedTime(abs).toMillis();
        Path dir = home.resolve(key);
        ownFolder(root);
        if (!Files.isDirectory(dir)) {
            build(abs, home, dir);
        }
        Closeable inUse = use(dir);
        try {
            Prepared prepared = read(dir, inUse);
            removeStale(home, key);
            return prepared;
        } catch (IOException | RuntimeException e) {
            inUse.close();
            discard(dir); // the next run lays out a whole one
            throw e;
        }
    }

    /** A shared lock on the cache's contents list, held while a job runs from it; none if this JVM holds one already. */
    private static Closeable use(Path dir) throws IOException {
        Path contents = dir.resolve(CONTENTS);
        if (!Files.isRegularFile(contents)) {
            return () -> { };
        }
        FileChannel channel = FileChannel.open(contents, StandardOpenOption.READ);
        try {
            channel.lock(0, Long.MAX_VALUE, true);
            return channel;
        } catch (OverlappingFileLockException heldHere) {
            channel.close();
            return () -> { };
        } catch (IOException e) {
            channel.close();
            return () -> { }; // a file system without locks: stale caches may then go while in use, as without the lock
        }
    }

    /** True when no run holds {@code dir}'s contents list: it may be removed. */
    private static boolean unused(Path dir) {
        Path contents = dir.resolve(CONTENTS);
        if (!Files.isRegularFile(contents)) {
            return true;
        }
        try (FileChannel channel = FileChannel.open(contents, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                lock.release();
            }
            return lock != null;
        } catch (IOException | OverlappingFileLockException e) {
            return false;
        }
    }

    /** Removes a cache found damaged, as far as it can: the next run lays out a new one. */
    static void discard(Path dir) {
        try {
            FileTrees.delete(dir);
        } catch (IOException | RuntimeException ignored) {
            // left for the next run that finds it stale
        }
    }

    private static void build(Path jar, Path home, Path dir) throws IOException {
        Files.createDirectories(home);
        Path part = Files.createTempDirectory(home, PART);
        try {
            FatJarUnpacker.Layout layout = FatJarUnpacker.unpack(jar, part);
            List<String> lines = new ArrayList<>(List.of(HEADER));
            for (Path p : layout.classPath()) {
                lines.add("path " + Files.size(p) + " " + part.relativize(p));
            }
            if (layout.nativeLibraries() != null) {
                try (Stream<Path> s = Files.list(layout.nativeLibraries())) {
                    for (Path p : s.sorted().toList()) {
                        lines.add("native " + Files.size(p) + " " + part.relativize(p));
                    }
                }
            }
            Files.write(part.resolve(CONTENTS), lines, StandardCharsets.UTF_8); // last: a folder without it is not a cache
            try {
                Files.move(part, dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (!Files.isDirectory(dir)) {
                    throw e;
                }
                FileTrees.delete(part); // another run put its copy in place first (Linux says only "Directory not empty")
            }
        } catch (IOException | RuntimeException e) {
            discard(part);
            if (e instanceof AtomicMoveNotSupportedException) {
                throw new IOException("cannot rename folders atomically in " + home, e);
            }
            throw e;
        }
    }

    /** The cache in {@code dir}, checked against its contents list (every file there, at its size). */
    private static Prepared read(Path dir, Closeable inUse) throws IOException {
        Path contents = dir.resolve(CONTENTS);
        List<String> lines = Files.isRegularFile(contents) ? Files.readAllLines(contents, StandardCharsets.UTF_8) : List.of();
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            throw new IOException("start-up cache " + dir + " has no contents list");
        }
        List<Path> classPath = new ArrayList<>();
        Path nativeLibraries = null;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(" ", 3);
            Path file = f.length == 3 ? dir.resolve(f[2]).normalize() : null;
            if (file == null || !file.startsWith(dir) || !Files.isRegularFile(file) || Files.size(file) != Long.parseLong(f[1])) {
                throw new IOException("start-up cache " + dir + " is damaged (" + line + ")");
            }
            if (f[0].equals("path")) {
                classPath.add(file);
            } else {
                nativeLibraries = file.getParent();
            }
        }
        return new Prepared(dir, List.copyOf(classPath), nativeLibraries, inUse);
    }

    /** Other jars' caches under {@code home}, and builds abandoned long ago. */
    private static void removeStale(Path home, String key) {
        Instant abandoned = Instant.now().minus(ABANDONED);
        try (Stream<Path> s = Files.list(home)) {
            for (Path p : s.toList()) {
                String name = p.getFileName().toString();
                boolean building = name.startsWith(PART);
                if (!name.equals(key) && (building ? modified(p).toInstant().isBefore(abandoned) : unused(p))) {
                    discard(p);
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // stale folders only take room
        }
    }

    private static FileTime modified(Path p) throws IOException {
        return Files.getLastModifiedTime(p);
    }
}
