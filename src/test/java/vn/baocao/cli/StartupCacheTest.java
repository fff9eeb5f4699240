package vn.baocao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up cache laid out from an executable jar made here: made once, reused, made again for a new jar, checked. */
class StartupCacheTest {

    @TempDir
    Path tmp;

    private static final String NATIVE = FatJarUnpacker.duckDbResource();

    /** An executable jar shaped like Spring Boot's: classes, nested library jars, the class path index. */
    private Path fatJar(String version) throws IOException {
        Path jar = tmp.resolve("app").resolve("baocao.jar");
        Files.createDirectories(jar.getParent());
        Map<String, byte[]> duckdb = new java.util.LinkedHashMap<>();
        duckdb.put("org/duckdb/Driver.class", bytes("driver"));
        if (NATIVE != null) {
            duckdb.put(NATIVE, bytes("the native library"));
        }
        duckdb.put("libduckdb_java.so_other_platform", bytes("another platform's"));
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        entries.put("META-INF/MANIFEST.MF", bytes("Manifest-Version: 1.0\nMain-Class: Launcher\nImplementation-Version: " + version + "\n"));
        entries.put("BOOT-INF/classes/vn/App.class", bytes("app " + version));
        entries.put("BOOT-INF/classes/jobs/rules.csv", bytes("a,b"));
        entries.put("BOOT-INF/lib/one.jar", zip(Map.of("one.txt", bytes("one"))));
        entries.put("BOOT-INF/lib/two.jar", zip(Map.of("two.txt", bytes("two"))));
        entries.put("BOOT-INF/lib/duckdb_jdbc-1.0.jar", zip(duckdb));
        entries.put("BOOT-INF/classpath.idx", bytes("- \"BOOT-INF/lib/two.jar\"\n- \"BOOT-INF/lib/duckdb_jdbc-1.0.jar\"\n- \"BOOT-INF/lib/one.jar\"\n"));
        Files.write(jar, zip(entries));
        return jar;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(b)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return b.toByteArray();
    }

    private static List<String> names(Path jar) throws IOException {
        try (ZipFile z = new ZipFile(jar.toFile())) {
            return z.stream().map(ZipEntry::getName).toList();
        }
    }

    private Path root() {
        return tmp.resolve("app").resolve(StartupCache.FOLDER);
    }

    @Test
    void aJarIsLaidOutAsAPlainClassPathInTheLaunchersOrder() throws Exception {
        StartupCache.Prepared cache = StartupCache.prepare(fatJar("1"), root());

        assertThat(cache.classPath()).extracting(p -> cache.dir().relativize(p).toString())
                .containsExactly("app.jar", "lib/two.jar", "lib/duckdb_jdbc-1.0.jar", "lib/one.jar");
        assertThat(names(cache.classPath().get(0))).contains("vn/App.class", "jobs/rules.csv").noneMatch(n -> n.startsWith("BOOT-INF"));
        try (ZipFile app = new ZipFile(cache.classPath().get(0).toFile())) {
            assertThat(new String(app.getInputStream(app.getEntry("vn/App.class")).readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("app 1");
        }
        assertThat(cache.dir()).startsWith(root());
    }

    @Test
    void duckDbsNativeLibraryIsUnpackedOnceAndTakenOutOfTheDriversJar() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(NATIVE != null, "DuckDB has no native library for this platform");
        StartupCache.Prepared cache = StartupCache.prepare(fatJar("1"), root());

        assertThat(cache.nativeLibraries()).isNotNull();
        assertThat(cache.nativeLibraries().resolve(System.mapLibraryName("duckdb_java"))).hasContent("the native library");
        // Finding no library of its own, the driver loads the one on java.library.path instead of unpacking it.
        assertThat(names(cache.classPath().get(2))).containsExactly("org/duckdb/Driver.class");
    }

    @Test
    void theSameJarFindsTheCacheItLaidOut() throws Exception {
        Path jar = fatJar("1");
        StartupCache.Prepared first = StartupCache.prepare(jar, root());
        FileTime made = Files.getLastModifiedTime(first.classPath().get(0));
        Files.setLastModifiedTime(first.classPath().get(0), FileTime.fromMillis(made.toMillis() - 60_000));

        StartupCache.Prepared second = StartupCache.prepare(jar, root());

        assertThat(second.dir()).isEqualTo(first.dir());
        assertThat(second.classPath()).isEqualTo(first.classPath());
        assertThat(Files.getLastModifiedTime(second.classPath().get(0)).toMillis()).isEqualTo(made.toMillis() - 60_000);
    }

    @Test
    void aRebuiltJarGetsAFreshCacheAndTheOldOneIsRemoved() throws Exception {
        Path jar = fatJar("1");
        StartupCache.Prepared old = StartupCache.prepare(jar, root());
        fatJar("2");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 5_000));

        StartupCache.Prepared fresh = StartupCache.prepare(jar, root());
        assertThat(fresh.dir()).isNotEqualTo(old.dir());
        assertThat(old.dir()).as("a job still runs from it").isDirectory();

        old.inUse().close(); // that job ended
        StartupCache.prepare(jar, root());
        assertThat(old.dir()).doesNotExist();
        try (ZipFile app = new ZipFile(fresh.classPath().get(0).toFile())) {
            assertThat(new String(app.getInputStream(app.getEntry("vn/App.class")).readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("app 2");
        }
    }

    @Test
    void aDamagedCacheIsRefusedRemovedAndLaidOutAgainByTheNextRun() throws Exception {
        Path jar = fatJar("1");
        StartupCache.Prepared cache = StartupCache.prepare(jar, root());
        Path lib = cache.classPath().get(3);
        Files.write(lib, new byte[10]); // cut short

        assertThatThrownBy(() -> StartupCache.prepare(jar, root())).isInstanceOf(IOException.class).hasMessageContaining("damaged");
        assertThat(cache.dir()).doesNotExist();
        assertThat(names(StartupCache.prepare(jar, root()).classPath().get(3))).containsExactly("one.txt");
    }

    @Test
    void twoRunsRacingEndUpWithOneWholeCache() throws Exception {
        Path jar = fatJar("1");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<StartupCache.Prepared>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit((Callable<StartupCache.Prepared>) () -> StartupCache.prepare(jar, root())));
            }
            StartupCache.Prepared first = runs.get(0).get();
            for (Future<StartupCache.Prepared> run : runs) {
                assertThat(run.get().dir()).isEqualTo(first.dir());
                assertThat(run.get().classPath()).isEqualTo(first.classPath());
            }
        } finally {
            pool.shutdown();
        }
        try (Stream<Path> left = Files.list(StartupCache.prepare(jar, root()).dir().getParent())) {
            assertThat(left).hasSize(1); // no half-made copies left behind
        }
    }

    @Test
    void withNoPlaceToWriteTheJobStartsFromTheJarAfterOneLine() throws Exception {
        Path jar = fatJar("1");
        Path blocked = tmp.resolve("a-file");
        Files.writeString(blocked, "not a folder");
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        Optional<CachedStart> start = CachedStart.prepare(jar, blocked.resolve("cache"), JobJvm.OPTIONS, List.of("ingest"),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(start).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("baocao: starting the job without its start-up cache (").hasLineCount(1);
    }

    @Test
    void inTheTemporaryFolderOnlyAFolderOfThisUsersOwnIsUsed() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path jar = fatJar("1");
        Path mine = tmp.resolve("tmpdir").resolve("baocao-jvm-me");
        assertThat(StartupCache.prepare(jar, mine).dir()).startsWith(mine);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(mine))).isEqualTo("rwx------");

        Path open = Files.createDirectories(tmp.resolve("tmpdir").resolve("baocao-jvm-open"));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwxrwx")); // anyone could have put code there

        assertThatThrownBy(() -> StartupCache.prepare(jar, open)).hasMessageContaining("not this user's own folder");
    }

    @Test
    void theFirstRunWritesTheClassArchiveAndLaterOnesMapIt() throws Exception {
        Path jar = fatJar("1");
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        CachedStart first = CachedStart.prepare(jar, root(), JobJvm.OPTIONS, List.of("ingest", "--no-review"), quiet).orElseThrow();
        assertThat(first.archiving()).isTrue();
        String dump = first.command().stream().filter(o -> o.startsWith("-XX:ArchiveClassesAtExit=")).findFirst().orElseThrow();
        assertThat(first.command()).endsWith(BaocaoApplication.class.getName(), "ingest", "--no-review").contains("-Xmx1g");

        Files.writeString(Path.of(dump.substring(dump.indexOf('=') + 1)), "classes"); // what the JVM writes as it exits
        first.ended(ExitCode.OK);

        CachedStart second = CachedStart.prepare(jar, root(), JobJvm.OPTIONS, List.of("ingest"), quiet).orElseThrow();
        assertThat(second.archiving()).isFalse();
        String archive = second.command().stream().filter(o -> o.startsWith("-XX:SharedArchiveFile=")).findFirst().orElseThrow();
        assertThat(Path.of(archive.substring(archive.indexOf('=') + 1))).hasContent("classes");
    }

    @Test
    void aDamagedClassArchiveIsNeverMappedButMadeAgain() throws Exception {
        Path dir = StartupCache.prepare(fatJar("1"), root()).dir();
        Path dumped = ClassArchive.dumpTarget(dir);
        Files.writeString(dumped, "classes of a whole run");
        ClassArchive.keep(dumped);
        Path archive = ClassArchive.find(dir).orElseThrow();

        Files.writeString(archive, "classes of a"); // cut short: mapping it would crash the JVM

        assertThat(ClassArchive.find(dir)).isEmpty();
        assertThat(archive).doesNotExist();
    }

    @Test
    void aRunThatFailedKeepsNoArchive() throws Exception {
        Path jar = fatJar("1");
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        CachedStart first = CachedStart.prepare(jar, root(), JobJvm.OPTIONS, List.of("ingest"), quiet).orElseThrow();
        Path dir = StartupCache.prepare(jar, root()).dir();
        Files.writeString(ClassArchive.dumpTarget(dir), "the classes of a run that stopped at once");

        first.ended(ExitCode.USAGE);

        assertThat(ClassArchive.find(dir)).isEmpty();
        assertThat(ClassArchive.dumpTarget(dir)).doesNotExist();
    }
}
