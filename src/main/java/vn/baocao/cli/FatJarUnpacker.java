package vn.baocao.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Lays a Spring Boot executable jar out as a plain class path: the application's classes as one jar, each library jar
 * as a file of its own, in the order the launcher uses ({@code BOOT-INF/classpath.idx}). A plain class path is what
 * class data sharing can archive, and it spares the job's JVM the nested-jar loader.
 *
 * <p>The DuckDB driver unpacks its 60 MB native library from its jar to a temporary file each time it loads; here it is
 * unpacked once, beside the class path, and taken out of the driver's jar, so that the driver loads it from
 * {@code java.library.path} instead.
 */
final class FatJarUnpacker {

    static final String APPLICATION_JAR = "app.jar";
    static final String LIBRARIES = "lib";
    static final String NATIVE = "native";
    private static final String CLASSES = "BOOT-INF/classes/";
    private static final String LIB = "BOOT-INF/lib/";
    private static final String INDEX = "BOOT-INF/classpath.idx";
    private static final String DUCKDB_NATIVE = "libduckdb_java.so_";

    /** What was laid out: the class path in order, and the folder of native libraries, if one was unpacked. */
    record Layout(List<Path> classPath, Path nativeLibraries) {
    }

    private FatJarUnpacker() {
    }

    /** Lays {@code fatJar} out in the empty folder {@code dir}. */
    static Layout unpack(Path fatJar, Path dir) throws IOException {
        try (ZipFile jar = new ZipFile(fatJar.toFile())) {
            List<String> libraries = libraries(jar);
            if (libraries.isEmpty()) {
                throw new IOException(fatJar + " is not a Spring Boot executable jar (no " + LIB + ")");
            }
            List<Path> classPath = new ArrayList<>();
            classPath.add(writeClasses(jar, dir.resolve(APPLICATION_JAR)));
            Path lib = Files.createDirectories(dir.resolve(LIBRARIES));
            Path nativeLibraries = null;
            for (String name : libraries) {
                Path target = lib.resolve(name.substring(LIB.length()));
                copy(jar, jar.getEntry(name), target);
                if (target.getFileName().toString().startsWith("duckdb_jdbc") && unpackDuckDbNative(target, dir.resolve(NATIVE))) {
                    nativeLibraries = dir.resolve(NATIVE);
                }
                classPath.add(target);
            }
            return new Layout(classPath, nativeLibraries);
        }
    }

    /** The library entries in class path order: the index's, then any it does not list. */
    private static List<String> libraries(ZipFile jar) throws IOException {
        Map<String, Boolean> ordered = new LinkedHashMap<>();
        ZipEntry index = jar.getEntry(INDEX);
        if (index != null) {
            try (BufferedReader r = new BufferedReader(new java.io.InputStreamReader(jar.getInputStream(index), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    String name = line.strip();
                    if (name.startsWith("- \"") && name.endsWith("\"")) {
                        name = name.substring(3, name.length() - 1);
                    }
                    if (isLibrary(name) && jar.getEntry(name) != null) {
                        ordered.put(name, true);
                    }
                }
            }
        }
        for (Enumeration<? extends ZipEntry> e = jar.entries(); e.hasMoreElements(); ) {
            String name = e.nextElement().getName();
            if (isLibrary(name)) {
                ordered.putIfAbsent(name, true);
            }
        }
        return List.copyOf(ordered.keySet());
    }

    /** A jar right in BOOT-INF/lib/: a name that cannot lead out of the cache's lib folder. */
    private static boolean isLibrary(String name) {
        return name.startsWith(LIB) && name.endsWith(".jar") && name.indexOf('/', LIB.length()) < 0 && !name.contains("\\")
                && !name.substring(LIB.length()).startsWith(".");
    }

    /** BOOT-INF/classes as a jar of its own, with the executable jar's title and version. */
    private static Path writeClasses(ZipFile jar, Path target) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        ZipEntry given = jar.getEntry("META-INF/MANIFEST.MF");
        if (given != null) {
            try (InputStream in = jar.getInputStream(given)) {
                Attributes a = new Manifest(in).getMainAttributes();
                for (Attributes.Name n : List.of(Attributes.Name.IMPLEMENTATION_TITLE, Attributes.Name.IMPLEMENTATION_VERSION)) {
                    if (a.getValue(n) != null) {
                        main.put(n, a.getValue(n));
                    }
                }
            }
        }
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(target), manifest)) {
            out.setLevel(1); // written once, read through the archive afterwards: speed over size
            for (Enumeration<? extends ZipEntry> e = jar.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                String name = entry.getName();
                if (name.startsWith(CLASSES) && name.length() > CLASSES.length() && !name.equals(CLASSES + "META-INF/MANIFEST.MF")) {
                    out.putNextEntry(new ZipEntry(name.substring(CLASSES.length())));
                    if (!entry.isDirectory()) {
                        try (InputStream in = jar.getInputStream(entry)) {
                            in.transferTo(out);
                        }
                    }
                    out.closeEntry();
                }
            }
        }
        return target;
    }

    private static void copy(ZipFile jar, ZipEntry entry, Path target) throws IOException {
        try (InputStream in = jar.getInputStream(entry); OutputStream out = Files.newOutputStream(target)) {
            in.transferTo(out);
        }
    }

    /**
     * Unpacks this platform's DuckDB library from the driver's jar into {@code nativeDir} under the name
     * {@code System.loadLibrary} looks for, and rewrites the jar without any platform's library. False, and the jar
     * left as it was, when it holds none for this platform.
     */
    private static boolean unpackDuckDbNative(Path driverJar, Path nativeDir) throws IOException {
        String resource = duckDbResource();
        Path stripped = driverJar.resolveSibling(driverJar.getFileName() + ".part");
        try (ZipFile driver = new ZipFile(driverJar.toFile())) {
            ZipEntry library = resource == null ? null : driver.getEntry(resource);
            if (library == null) {
                return false;
            }
            copy(driver, library, Files.createDirectories(nativeDir).resolve(System.mapLibraryName("duckdb_java")));
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(stripped))) {
                out.setLevel(1);
                for (Enumeration<? extends ZipEntry> e = driver.entries(); e.hasMoreElements(); ) {
                    ZipEntry entry = e.nextElement();
                    if (entry.getName().startsWith(DUCKDB_NATIVE)) {
                        continue;
                    }
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    try (InputStream in = driver.getInputStream(entry)) {
                        in.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
        }
        Files.move(stripped, driverJar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return true;
    }

    /** The resource the driver would unpack on this platform (its own naming), or null on one it has none for. */
    static String duckDbResource() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT).strip();
        if (os.startsWith("mac")) {
            return DUCKDB_NATIVE + "osx_universal";
        }
        String system = os.startsWith("linux") ? "linux" : os.startsWith("windows") ? "windows" : null;
        String cpu = arch.equals("x86_64") || arch.equals("amd64") ? "amd64" : arch.equals("aarch64") || arch.equals("arm64") ? "arm64" : null;
        return system == null || cpu == null ? null : DUCKDB_NATIVE + system + "_" + cpu;
    }
}
