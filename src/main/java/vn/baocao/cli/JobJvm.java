package vn.baocao.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Runs {@code ingest} in a JVM of its own, started with the options the job is measured with: a 1 GB heap, which
 * it stays within whatever the inbox holds, with a young generation of a fixed 96 MB (a document's garbage dies
 * young; the collector's own sizing grew it to some 300 MB and ran the 2,000-report benchmark ~6 % slower, its
 * allocations spread over more memory than the caches hold), the quick (C1) compiler only, which on a two-core machine finishes a
 * night's run sooner than the optimising one (that spends a core compiling code a batch run does not keep long
 * enough to repay), and the serial collector: a batch job wants throughput, not short pauses, and every reference
 * the extraction stores costs G1 a write barrier several times the serial one's (4-5 % of the 2,000-report
 * benchmark's CPU, and of the pathological inbox's); and the job's own code compiled early (see {@link #OPTIONS}).
 * A scheduler then needs no JVM options in its command line.
 *
 * <p>Started from the executable jar with these options, the job's JVM starts from a {@link StartupCache} laid out
 * once per jar, with a {@link ClassArchive}: that saves it the nested-jar loader, verifying every class again and
 * unpacking DuckDB's native library, a second or so of every run. Anything wrong with the cache, and the job starts
 * from the jar as before, after one line on standard error.
 *
 * <p>{@code BAOCAO_JAVA_OPTIONS} replaces the options ({@code none}: run in the JVM as started) and starts the job from
 * the jar; so does giving the first JVM a heap, compiler or collector option of its own.
 */
final class JobJvm {

    static final List<String> OPTIONS = List.of("-Xmx1g", "-Xms256m", "-Xmn96m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            // The job's own code runs all night: compiled after a tenth of the calls and loop turns the JVM waits for
            // by default, the first documents are no longer read by the interpreter (the 2,000-report benchmark's
            // extraction, single-threaded from cold: 4.30-4.37 s of CPU instead of 4.46-4.53 s; the run 0.1 s
            // sooner). For every other library's code, Spring's start above all, the JVM's own thresholds stay.
            "-XX:CompileCommand=quiet", "-XX:CompileCommand=CompileThresholdScaling,vn.baocao.*::*,0.1");
    static final String ENVIRONMENT = "BAOCAO_JAVA_OPTIONS";
    private static final String CHILD = "baocao.job-jvm";

    private JobJvm() {
    }

    /** True in the job's own JVM, started by {@link #run}. */
    static boolean isJobJvm() {
        return Boolean.getBoolean(CHILD);
    }

    /** The exit code of the command run in a JVM of its own, or empty when it is to run here. */
    static Optional<Integer> run(String[] args) {
        if (Boolean.getBoolean(CHILD)) {
            exitWithParent(); // this is the job's JVM
            return Optional.empty();
        }
        List<String> options = args.length > 0 && args[0].equals("ingest") ? options() : null;
        if (options == null) {
            return Optional.empty();
        }
        List<String> jvm = new ArrayList<>(options);
        jvm.add("-D" + CHILD + "=true");
        // Whether a person is watching is this JVM's to say: the user started it (see ProgressLine).
        jvm.add("-D" + Terminal.PROPERTY + "=" + Terminal.attached());
        Optional<CachedStart> cached = options == OPTIONS ? CachedStart.prepare(jvm, Arrays.asList(args), System.err) : Optional.empty();
        List<String> command = cached.map(CachedStart::command).orElseGet(() -> thisProgram(jvm, Arrays.asList(args)));
        try {
            Process child = new ProcessBuilder(command).inheritIO().start();
            // Stopped (Ctrl-C, a scheduler's SIGTERM), the job stops with it, as it would in one JVM.
            Thread stop = new Thread(() -> {
                child.destroy();
                try {
                    child.waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            Runtime.getRuntime().addShutdownHook(stop);
            int exit = child.waitFor();
            Runtime.getRuntime().removeShutdownHook(stop);
            cached.ifPresent(c -> c.ended(exit));
            return Optional.of(exit);
        } catch (IOException e) {
            return Optional.empty(); // no java launcher to start: run here
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(ExitCode.FAILED);
        }
    }

    /** The command line that runs this program again, from its jar or its class path, in a JVM with {@code jvmOptions}. */
    static List<String> thisProgram(List<String> jvmOptions, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(javaLauncher());
        command.addAll(jvmOptions);
        Optional<Path> jar = thisJar();
        if (jar.isPresent()) {
            command.addAll(List.of("-jar", jar.get().toString()));
        } else {
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), BaocaoApplication.class.getName()));
        }
        command.addAll(args);
        return command;
    }

    static String javaLauncher() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The executable jar this program runs from, if it runs from one (java -jar). */
    static Optional<Path> thisJar() {
        String classPath = System.getProperty("java.class.path");
        boolean jar = classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator);
        return jar ? Optional.of(Path.of(classPath)) : Optional.empty();
    }

    /** The options to start the job's JVM with, or null to run in this one. */
    private static List<String> options() {
        return options(System.getenv(ENVIRONMENT), ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    /**
     * The options to start the job's JVM with, or null to run in this one, given {@code BAOCAO_JAVA_OPTIONS}
     * (null when unset) and the options this JVM was started with.
     */
    static List<String> options(String environment, List<String> given) {
        if (environment != null) {
            return environment.isBlank() || environment.strip().equals("none") ? null : List.of(environment.strip().split("\\s+"));
        }
        for (String option : given) {
            if (option.startsWith("-Xmx") || option.startsWith("-XX:TieredStopAtLevel") || option.startsWith("-XX:MaxRAM")
                    || option.matches("-XX:[+-]Use\\w+GC")) {
                return null; // whoever started this JVM chose its options
            }
        }
        return OPTIONS;
    }

    /** A job whose first JVM was killed outright stops as if it had been killed with it. */
    private static void exitWithParent() {
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> Runtime.getRuntime().halt(ExitCode.FAILED)));
    }
}
