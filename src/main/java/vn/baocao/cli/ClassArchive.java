package vn.baocao.cli;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The class data sharing archive of a start-up cache: the classes the job loads, already parsed and verified, mapped
 * into the job's JVM instead of being read from the jars again. The first run that finds none writes one as it exits
 * ({@code -XX:ArchiveClassesAtExit}), so it holds what a real night loads; this class gives it its place once the run
 * has ended well.
 *
 * <p>A damaged archive crashes the JVM that maps it, so an archive's name carries its checksum and is checked before
 * every use; its name also carries the JVM it was made by, which is the only one that can use it.
 */
final class ClassArchive {

    private static final String PREFIX = "classes-";
    private static final String SUFFIX = ".jsa";

    private ClassArchive() {
    }

    /** The sound archive for this JVM in {@code dir}; damaged ones are removed. */
    static Optional<Path> find(Path dir) throws IOException {
        String mine = PREFIX + jvm() + "-";
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith(mine) && p.toString().endsWith(SUFFIX)).sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.substring(mine.length(), name.length() - SUFFIX.length()).equals(checksum(p))) {
                    return Optional.of(p);
                }
                Files.deleteIfExists(p);
            }
        }
        return Optional.empty();
    }

    /** Where a run writes the archive it makes, a name of its own so that two runs never write one file. */
    static Path dumpTarget(Path dir) {
        return dir.resolve(".dump-" + ProcessHandle.current().pid() + SUFFIX);
    }

    /** Keeps the archive a run wrote at {@code dumped}, under its checksum, unless another run's is in place already. */
    static void keep(Path dumped) {
        try {
            if (Files.isRegularFile(dumped) && Files.size(dumped) > 0 && find(dumped.getParent()).isEmpty()) {
                Path target = dumped.resolveSibling(PREFIX + jvm() + "-" + checksum(dumped) + SUFFIX);
                Files.move(dumped, target, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (FileAlreadyExistsException sameArchive) {
            // another run kept the same bytes
        } catch (IOException | RuntimeException e) {
            // no archive this time: the next run makes one
        } finally {
            try {
                Files.deleteIfExists(dumped);
            } catch (IOException ignored) {
                // a stray file, removed with the cache
            }
        }
    }

    /** The JVM options that make the job's JVM map the archive, or write one when there is none. */
    static List<String> options(Optional<Path> archive, Path dumpTarget) {
        // -Xlog:cds*=off: an archive this JVM cannot use is passed over without a word, as are the classes it cannot hold.
        if (archive.isPresent()) {
            return List.of("-XX:SharedArchiveFile=" + archive.get(), "-Xlog:cds*=off");
        }
        return dumpTarget == null ? List.of() : List.of("-XX:ArchiveClassesAtExit=" + dumpTarget, "-Xlog:cds*=off");
    }

    private static String jvm() {
        return Integer.toHexString((System.getProperty("java.home") + "|" + System.getProperty("java.vm.version")).hashCode());
    }

    private static String checksum(Path file) throws IOException {
        CRC32 crc = new CRC32();
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = c.size();
            for (long at = 0; at < size; at += Integer.MAX_VALUE) {
                MappedByteBuffer b = c.map(FileChannel.MapMode.READ_ONLY, at, Math.min(Integer.MAX_VALUE, size - at));
                crc.update(b);
            }
        }
        return Long.toHexString(crc.getValue());
    }
}
