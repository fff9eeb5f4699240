package vn.baocao.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.baocao.bench.BenchmarkCorpus;
import vn.baocao.bench.Floor;

/**
 * {@code baocao benchmark}: how fast the nightly job is on this machine, against what reading the same files costs.
 * It makes an inbox of realistic reports from a corpus of real ones, times the floor (one JVM, one thread, reading
 * every file and finding every number with one regular expression) and the whole {@code ingest} (a JVM of its own,
 * start included), then an unchanged rerun, each as the separate process an operator would run.
 */
public final class BenchmarkCommand implements Command {

    private static final Pattern OBSERVATIONS = Pattern.compile("observations loaded\\s+(\\d+)");
    private static final Pattern PEAK = Pattern.compile("peak heap\\s+(\\d+) MB");
    private static final int TRAINING_REPORTS = 20;
    private static final int DEFAULT_ROUNDS = 3;

    @Override
    public String name() {
        return "benchmark";
    }

    @Override
    public String summary() {
        return "measure ingest throughput on generated realistic reports";
    }

    @Override
    public String help() {
        return """
                Usage: java -jar target/baocao.jar benchmark [--reports N] [--rounds N] [--corpus DIR] [--work DIR] [--threads N] [--keep]

                Makes an inbox of N reports from the real texts of a corpus (a whole report from
                its seeds/ folder followed by an excerpt from its dev/ folder, digits changed at
                random so every file is new), then measures, each in a JVM of its own, start
                included:
                  floor     one thread reading every file and finding every number with one
                            regular expression: what reading the input costs;
                  ingest    the whole nightly job into a new warehouse;
                  rerun     ingest again with nothing changed.
                The floor and the ingest are timed in rounds, one after the other, each ingest
                into a new warehouse; the figures are the rounds' medians and the ratio the
                median of the rounds' ratios (the speed of a shared machine drifts).
                Before timing, it prepares the job's start-up cache (see README, 'The job's own
                JVM') as the first night does, and says what that cost.
                Prints documents/s, MB/s, observations/s, peak heap of the job, the rerun's time
                and the ratio of the job's time to the floor's. Nothing is asserted: the figures
                are for people.

                Options:
                  --reports N    documents to generate (default 2000; 10000 and 50000 work)
                  --rounds N     rounds of floor and ingest (default 3)
                  --corpus DIR   the real texts (default ../shared/corpus)
                  --work DIR     where the inbox and warehouse go (default: a temporary folder, removed)
                  --threads N    ingest threads (default: the ingest default, one per core)
                  --keep         keep the work folder
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options o = Options.parse(args, Set.of("reports", "corpus", "work", "threads", "floor", "rounds"), Set.of("keep"));
        if (o.value("floor") != null) {
            return floorOnly(Path.of(o.value("floor")), out); // the child that measures the floor
        }
        int reports = o.value("reports") == null ? 2000 : Integer.parseInt(o.value("reports"));
        int rounds = o.value("rounds") == null ? DEFAULT_ROUNDS : Integer.parseInt(o.value("rounds"));
        if (rounds < 1) {
            throw new UsageException("--rounds must be at least 1");
        }
        Path corpus = Path.of(o.value("corpus") == null ? "../shared/corpus" : o.value("corpus"));
        if (!Files.isDirectory(corpus)) {
            throw new UsageException("corpus folder not found: " + corpus.toAbsolutePath() + " (give one with --corpus DIR)");
        }
        Path work = o.value("work") == null ? Files.createTempDirectory("baocao-bench") : Path.of(o.value("work"));
        Path inbox = work.resolve("inbox");
        // Every round ingests into a warehouse of its own, made anew: one left by an earlier run would make it a rerun.
        Path warehouse = work.resolve("warehouse").resolve("bench.duckdb");
        try {
            out.printf("generating %d reports from %s ...%n", reports, corpus);
            FileTrees.delete(inbox); // what an earlier run generated there, of another size, would be read too
            long bytes = BenchmarkCorpus.of(corpus).write(inbox, reports, 20261123L);
            double mb = bytes / 1e6;
            out.printf("inbox     %d reports, %.1f MB, %s%n", reports, mb, inbox);

            out.println(prepareStartupCache(inbox, work, err));

            // The job alone is timed: the review site is a separate step ('review').
            List<String> options = new ArrayList<>(List.of("--no-review"));
            if (o.value("threads") != null) {
                options.addAll(List.of("--threads", o.value("threads")));
            }
            // The machine's speed drifts between runs (by a third within minutes on the build machine): each round
            // times the floor and then the job, side by side in time, and the figures are the rounds' medians.
            List<Round> done = new ArrayList<>();
            Timed first = null;
            for (int r = 1; r <= rounds; r++) {
                FileTrees.delete(warehouse.getParent());
                Files.createDirectories(warehouse.getParent());
                Timed floor = child(List.of("benchmark", "--floor", inbox.toString()));
                first = child(ingest(inbox, warehouse, options));
                done.add(new Round(floor, first));
                if (rounds > 1) {
                    out.printf("round %-3d floor %6.2f s, ingest %6.2f s, ratio %4.1f, exit %d%n", r, floor.seconds(), first.seconds(),
                            first.seconds() / floor.seconds(), first.exit());
                }
                if (!succeeded(first)) {
                    break;
                }
            }
            String of = done.size() > 1 ? "  (median of " + done.size() + " rounds)" : "";
            double floorSeconds = median(done.stream().mapToDouble(d -> d.floor().seconds()).toArray());
            double ingestSeconds = median(done.stream().mapToDouble(d -> d.ingest().seconds()).toArray());
            long peak = done.stream().mapToLong(d -> find(PEAK, d.ingest().output())).max().orElse(-1);
            long observations = find(OBSERVATIONS, first.output());
            out.printf("floor     %6.2f s  (%.1f MB/s)  %s%s%n", floorSeconds, mb / floorSeconds, done.get(0).floor().output().strip(), of);
            out.printf("ingest    %6.2f s  %.0f documents/s, %.1f MB/s, %.0f observations/s, peak heap %d MB, exit %d%s%n",
                    ingestSeconds, reports / ingestSeconds, mb / ingestSeconds, observations / ingestSeconds, peak, first.exit(), of);
            if (succeeded(first)) {
                Timed rerun = child(ingest(inbox, warehouse, options));
                out.printf("rerun     %6.2f s  (nothing changed, exit %d)%n", rerun.seconds(), rerun.exit());
            }
            out.printf("ratio     %6.1f   (ingest time / floor time%s)%n",
                    median(done.stream().mapToDouble(d -> d.ingest().seconds() / d.floor().seconds()).toArray()),
                    done.size() > 1 ? ", the median of the rounds' ratios" : "");
            return succeeded(first) ? ExitCode.OK : ExitCode.FAILED;
        } finally {
            if (!o.flag("keep") && o.value("work") == null) {
                FileTrees.delete(work);
            } else {
                out.println("kept      " + work);
            }
        }
    }

    /**
     * Prepares the job's start-up cache (see {@link StartupCache}) before anything is timed, as every night but the
     * first finds it: lays it out and lets a short ingest of a few of the reports write its class archive. The line
     * that says so, and what preparing cost.
     */
    private static String prepareStartupCache(Path inbox, Path work, PrintStream err) throws IOException, InterruptedException {
        String prefix = "start-up  ";
        if (JobJvm.thisJar().isEmpty() || System.getenv(JobJvm.ENVIRONMENT) != null) {
            return prefix + "no cache: the job starts from " + (JobJvm.thisJar().isEmpty() ? "the class path" : JobJvm.ENVIRONMENT);
        }
        long t0 = System.nanoTime();
        Optional<CachedStart> start = CachedStart.prepare(JobJvm.OPTIONS, List.of("ingest"), err);
        if (start.isEmpty()) {
            return prefix + "no cache: the job starts from the jar";
        }
        if (!start.get().archiving()) {
            return prefix + "cache of this jar ready from an earlier run: the timed runs start from it";
        }
        Path sample = work.resolve("prepare-inbox");
        int files = 0;
        try (Stream<Path> s = Files.walk(inbox)) {
            for (Path f : s.filter(Files::isRegularFile).sorted().limit(TRAINING_REPORTS).toList()) {
                Files.copy(f, Files.createDirectories(sample).resolve(inbox.relativize(f).toString().replace('/', '-')));
                files++;
            }
        }
        Timed training = child(List.of("ingest", "--input", sample.toString(), "--warehouse", work.resolve("prepare.duckdb").toString(),
                "--no-review", "--no-progress"));
        FileTrees.delete(sample);
        double seconds = (System.nanoTime() - t0) / 1e9;
        return String.format("%s%6.2f s  to prepare the job's start-up cache (class path laid out, classes archived by an ingest of"
                + " %d reports, exit %d), as the first night does; the timed runs start from it", prefix, seconds, files, training.exit());
    }

    private static int floorOnly(Path inbox, PrintStream out) throws IOException {
        Floor.Scan s = Floor.scan(inbox);
        out.printf("%d files, %d numbers%n", s.files(), s.numbers());
        return ExitCode.OK;
    }

    private record Timed(double seconds, int exit, String output) {
    }

    /** One round: the floor, then the job on a new warehouse. */
    private record Round(Timed floor, Timed ingest) {
    }

    private static List<String> ingest(Path inbox, Path warehouse, List<String> options) {
        List<String> command = new ArrayList<>(List.of("ingest", "--input", inbox.toString(), "--warehouse", warehouse.toString()));
        command.addAll(options);
        return command;
    }

    private static boolean succeeded(Timed ingest) {
        return ingest.exit() == ExitCode.OK || ingest.exit() == ExitCode.REJECTED_FILES;
    }

    /** The middle value, or the mean of the two middle ones. */
    static double median(double[] values) {
        double[] v = values.clone();
        java.util.Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    /** Runs this program again in a JVM of its own and times it, start to end. */
    private static Timed child(List<String> args) throws IOException, InterruptedException {
        List<String> command = JobJvm.thisProgram(List.of(), args);
        Path log = Files.createTempFile("baocao-bench", ".out");
        try {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            int exit = p.waitFor();
            double seconds = (System.nanoTime() - t0) / 1e9;
            return new Timed(seconds, exit, Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static long find(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }
}
