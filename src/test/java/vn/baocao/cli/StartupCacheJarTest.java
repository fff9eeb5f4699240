package vn.baocao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.support.SampleReports;
import vn.baocao.support.WarehouseSnapshot;

/**
 * {@code java -jar baocao.jar ingest} as an operator runs it, on a copy of the jar {@code mvn package} built: the job
 * starts from the jar's start-up cache and loads exactly what it loads started from the jar; a damaged or unwritable
 * cache changes nothing but one line on standard error.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StartupCacheJarTest {

    private static final Path BUILT = Path.of("target", "baocao.jar");

    @TempDir
    static Path tmp;

    private Path jar;
    private Path inbox;
    private List<String> fromTheJar;

    private record Run(int exit, String out, String err, List<String> warehouse) {
    }

    @BeforeAll
    void aJarAndWhatItsJobLoadsStartedFromIt() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(BUILT), "no target/baocao.jar: run 'mvn package' to test the start-up cache on a real jar");
        jar = Files.createDirectories(tmp.resolve("opt")).resolve("baocao.jar");
        Files.copy(BUILT, jar);
        inbox = SampleReports.copyTo(tmp.resolve("inbox"));
        // BAOCAO_JAVA_OPTIONS starts the job from the jar, as before the cache.
        Run plain = ingest(List.of(), String.join(" ", JobJvm.OPTIONS));
        assertThat(plain.exit()).as(plain.out() + plain.err()).isZero();
        assertThat(jar.resolveSibling(StartupCache.FOLDER)).doesNotExist();
        fromTheJar = plain.warehouse();
        assertThat(fromTheJar).hasSizeGreaterThan(10);
    }

    @BeforeEach
    void noCacheYet() throws IOException {
        FileTrees.delete(jar.resolveSibling(StartupCache.FOLDER));
    }

    private Run ingest(List<String> jvmOptions, String javaOptions) throws Exception {
        Path warehouse = Files.createTempDirectory(tmp, "w").resolve("w.duckdb");
        List<String> command = new ArrayList<>(List.of(JobJvm.javaLauncher()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(), "ingest", "--input", inbox.toString(), "--warehouse", warehouse.toString(),
                "--no-review", "--no-progress"));
        return run(new ProcessBuilder(command), javaOptions, warehouse);
    }

    private Run run(ProcessBuilder b, String javaOptions, Path warehouse) throws Exception {
        b.environment().remove(JobJvm.ENVIRONMENT);
        if (javaOptions != null) {
            b.environment().put(JobJvm.ENVIRONMENT, javaOptions);
        }
        Path err = Files.createTempFile(tmp, "err", ".txt");
        Process p = b.redirectError(err.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        return new Run(exit, out, Files.readString(err), exit == 0 ? WarehouseSnapshot.everything(warehouse) : List.of());
    }

    private Path cacheOfThisJar() throws IOException {
        try (Stream<Path> homes = Files.list(jar.resolveSibling(StartupCache.FOLDER))) {
            Path home = homes.findFirst().orElseThrow();
            try (Stream<Path> caches = Files.list(home)) {
                return caches.filter(p -> !p.getFileName().toString().startsWith(".")).findFirst().orElseThrow();
            }
        }
    }

    @Test
    void theJobStartsFromTheCacheItsFirstRunMakesAndLoadsTheSame() throws Exception {
        Run first = ingest(List.of(), null);
        assertThat(first.exit()).as(first.out() + first.err()).isZero();
        assertThat(first.err()).isEmpty();
        assertThat(first.out()).contains("loaded                    4").doesNotContain("[warning]", "[cds");
        assertThat(first.warehouse()).isEqualTo(fromTheJar);
        Path cache = cacheOfThisJar();
        Path archive = ClassArchive.find(cache).orElseThrow();

        // The next run maps the archive: with -Xshare:on a JVM that cannot map it would refuse to start.
        List<String> options = new ArrayList<>(JobJvm.OPTIONS);
        options.addAll(List.of("-Xshare:on", "-Dbaocao.job-jvm=true"));
        Path warehouse = Files.createTempDirectory(tmp, "w").resolve("w.duckdb");
        CachedStart second = CachedStart.prepare(jar, StartupCache.root(jar), options,
                List.of("ingest", "--input", inbox.toString(), "--warehouse", warehouse.toString(), "--no-progress"), System.err).orElseThrow();
        assertThat(second.archiving()).isFalse();
        assertThat(second.command()).contains("-XX:SharedArchiveFile=" + archive);
        Run mapped = run(new ProcessBuilder(second.command()), null, warehouse);
        second.ended(mapped.exit());
        assertThat(mapped.exit()).as(mapped.out() + mapped.err()).isZero();
        assertThat(mapped.err()).isEmpty();
        assertThat(mapped.warehouse()).isEqualTo(fromTheJar);

        // A rebuilt jar gets a cache of its own, and the old one goes.
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
        Run rebuilt = ingest(List.of(), null);
        assertThat(rebuilt.exit()).isZero();
        assertThat(rebuilt.warehouse()).isEqualTo(fromTheJar);
        assertThat(cache).doesNotExist();
        assertThat(ClassArchive.find(cacheOfThisJar())).isPresent();
    }

    @Test
    void aDamagedCacheCostsOneLineAndTheJobLoadsTheSame() throws Exception {
        StartupCache.Prepared cache = StartupCache.prepare(jar, StartupCache.root(jar));
        Path lib = cache.classPath().get(cache.classPath().size() - 1);
        Files.write(lib, new byte[100]);

        Run damaged = ingest(List.of(), null);

        assertThat(damaged.exit()).as(damaged.out() + damaged.err()).isZero();
        assertThat(damaged.err()).startsWith("baocao: starting the job without its start-up cache (").contains("damaged").hasLineCount(1);
        assertThat(damaged.warehouse()).isEqualTo(fromTheJar);
        assertThat(cache.dir()).doesNotExist();
    }

    @Test
    void withNowhereToWriteTheCacheTheJobLoadsTheSame() throws Exception {
        Path elsewhere = Files.createDirectories(tmp.resolve("readonly")).resolve("baocao.jar");
        Files.copy(jar, elsewhere);
        Path blocked = tmp.resolve("not-a-folder");
        Files.writeString(blocked, "");
        Files.writeString(elsewhere.resolveSibling(StartupCache.FOLDER), ""); // no folder can be made beside the jar
        Path saved = jar;
        jar = elsewhere;
        try {
            Run nowhere = ingest(List.of("-Djava.io.tmpdir=" + blocked.resolve("tmp")), null);

            assertThat(nowhere.exit()).as(nowhere.out() + nowhere.err()).isZero();
            assertThat(nowhere.err()).startsWith("baocao: starting the job without its start-up cache (").hasLineCount(1);
            assertThat(nowhere.warehouse()).isEqualTo(fromTheJar);
        } finally {
            jar = saved;
        }
    }

    @Test
    void aDamagedClassArchiveIsMadeAgainWithoutAWord() throws Exception {
        StartupCache.Prepared cache = StartupCache.prepare(jar, StartupCache.root(jar));
        Path dumped = ClassArchive.dumpTarget(cache.dir());
        Files.write(dumped, new byte[4096]);
        ClassArchive.keep(dumped);
        Path made = ClassArchive.find(cache.dir()).orElseThrow();
        Files.write(made, new byte[10]); // mapped, a cut-short archive would crash the JVM

        Run run = ingest(List.of(), null);

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.warehouse()).isEqualTo(fromTheJar);
        assertThat(ClassArchive.find(cache.dir())).isPresent().get().isNotEqualTo(made);
    }
}
