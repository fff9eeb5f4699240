package vn.baocao.cli;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The command that starts the job's JVM from the start-up cache of the jar this program runs from (see
 * {@link StartupCache}, {@link ClassArchive}), and what to keep of that run once it has ended.
 */
final class CachedStart {

    private final List<String> command;
    private final Path dumping;
    private final Closeable inUse;

    private CachedStart(List<String> command, Path dumping, Closeable inUse) {
        this.command = command;
        this.dumping = dumping;
        this.inUse = inUse;
    }

    /** The cached start of the job with {@code jvmOptions} and {@code args}, or empty (after one line on {@code err}) to start it from the jar. */
    static Optional<CachedStart> prepare(List<String> jvmOptions, List<String> args, PrintStream err) {
        Optional<Path> jar = JobJvm.thisJar();
        return jar.isEmpty() ? Optional.empty() : prepare(jar.get(), StartupCache.root(jar.get()), jvmOptions, args, err);
    }

    static Optional<CachedStart> prepare(Path jar, Path root, List<String> jvmOptions, List<String> args, PrintStream err) {
        StartupCache.Prepared cache = null;
        try {
            cache = StartupCache.prepare(jar, root);
            Optional<Path> archive = ClassArchive.find(cache.dir());
            // A cache someone else laid out, and this user cannot add to, is used without an archive.
            Path dumping = archive.isPresent() || !Files.isWritable(cache.dir()) ? null : ClassArchive.dumpTarget(cache.dir());
            List<String> command = new ArrayList<>();
            command.add(JobJvm.javaLauncher());
            command.addAll(jvmOptions);
            command.addAll(ClassArchive.options(archive, dumping));
            if (cache.nativeLibraries() != null) {
                String given = System.getProperty("java.library.path", "");
                command.add("-Djava.library.path=" + cache.nativeLibraries() + (given.isEmpty() ? "" : File.pathSeparator + given));
            }
            command.add("-cp");
            command.add(cache.classPath().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
            command.add(BaocaoApplication.class.getName());
            command.addAll(args);
            return Optional.of(new CachedStart(List.copyOf(command), dumping, cache.inUse()));
        } catch (IOException | RuntimeException e) {
            if (cache != null) {
                release(cache.inUse());
            }
            err.println("baocao: starting the job without its start-up cache (" + (e.getMessage() == null ? e : e.getMessage()) + ")");
            return Optional.empty();
        }
    }

    List<String> command() {
        return command;
    }

    /** True when this run writes the class archive (the first run on a new cache). */
    boolean archiving() {
        return dumping != null;
    }

    /** After the job's JVM ended with {@code exit}: the archive it wrote is kept if the run went through, else dropped. */
    void ended(int exit) {
        release(inUse);
        if (dumping == null) {
            return;
        }
        if (exit == ExitCode.OK || exit == ExitCode.REJECTED_FILES) {
            ClassArchive.keep(dumping);
        } else {
            try {
                Files.deleteIfExists(dumping);
            } catch (IOException ignored) {
                // a stray file, removed with the cache
            }
        }
    }

    private static void release(Closeable hold) {
        try {
            hold.close();
        } catch (IOException ignored) {
            // released when this JVM ends
        }
    }
}
