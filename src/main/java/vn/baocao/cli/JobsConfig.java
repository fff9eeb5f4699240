package vn.baocao.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The job configuration file, jobs/ingest.properties by default. Paths in it
 * are relative to the file's own folder, so the same file works from any
 * working directory (a scheduler's included).
 */
public final class JobsConfig {

    public static final Path DEFAULT = Path.of("jobs", "ingest.properties");

    private final Properties props;
    private final Path base;

    private JobsConfig(Properties props, Path base) {
        this.props = props;
        this.base = base;
    }

    /** Loads the file, or an empty configuration if the default file is absent. */
    public static JobsConfig load(Path file, boolean explicit) throws IOException, UsageException {
        Properties p = new Properties();
        if (!Files.isRegularFile(file)) {
            if (explicit) {
                throw new UsageException("configuration file not found: " + file.toAbsolutePath());
            }
            return new JobsConfig(p, Path.of(""));
        }
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return new JobsConfig(p, file.toAbsolutePath().getParent());
    }

    public Path path(String key) {
        String v = props.getProperty(key);
        return v == null || v.isBlank() ? null : base.resolve(v.trim()).normalize();
    }

    public long number(String key, long fallback) throws UsageException {
        String v = props.getProperty(key);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("configuration: " + key + " must be a whole number, not '" + v + "'");
        }
    }

    /** A whole number, 0 or more (0 usually meaning "the default of the tool below"). */
    public long nonNegative(String key, long fallback) throws UsageException {
        long n = number(key, fallback);
        if (n < 0) {
            throw new UsageException("configuration: " + key + " must be 0 or more, not " + n);
        }
        return n;
    }

    /** A whole number from 0 to {@code max}. */
    public long nonNegative(String key, long fallback, long max) throws UsageException {
        long n = nonNegative(key, fallback);
        if (n > max) {
            throw new UsageException("configuration: " + key + " must be at most " + max + ", not " + n);
        }
        return n;
    }

    /** A yes/no setting: true, false (yes, no, on, off also read). */
    public boolean flag(String key, boolean fallback) throws UsageException {
        String v = props.getProperty(key);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        return switch (v.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new UsageException("configuration: " + key + " must be true or false, not '" + v + "'");
        };
    }

    /** A positive decimal number ('60', '0.5'). */
    public double positive(String key, double fallback) throws UsageException {
        String v = props.getProperty(key);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            double d = Double.parseDouble(v.trim());
            if (d > 0 && Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("configuration: " + key + " must be a positive number, not '" + v + "'");
    }
}
