package vn.baocao.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * The job's log: warnings and errors, stack traces with them, go to a file beside the warehouse and nothing to the
 * console, where operators read the run's summary. The file is the one a Spring Boot application writes with
 * {@code logging.file.name} (the same format, rolled over at 10 MB and daily, kept 7 days), set up on logback directly.
 * Spring Boot's logging system, which set it up before, kept writing to the file after it was closed (what the JVM
 * logged after the run, as the tests' JVM goes on logging, went into the run's file); it also held the main thread
 * about 0.4 s where this takes 0.15 s, though no run was measured to start its first document sooner for it. What
 * libraries log through java.util.logging (the DuckDB driver does) goes to the same file, as Spring Boot sends it,
 * not to the console.
 */
final class JobLog implements AutoCloseable {

    /** Spring Boot's file pattern, without what only a Spring Boot application fills in (its name, correlation ids). */
    private static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %5p " + ProcessHandle.current().pid()
            + " --- [%t] %-40.40logger{39} : %m%n";

    private final LoggerContext context;

    private JobLog(LoggerContext context) {
        this.context = context;
    }

    /** Sends the log to {@code file} until closed. */
    static JobLog toFile(Path file) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset(); // whatever logback set up by default (the console) is gone

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();

        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName("FILE");
        appender.setFile(file.toString());
        appender.setEncoder(encoder);
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(appender);
        rolling.setFileNamePattern(file + ".%d{yyyy-MM-dd}.%i.gz");
        rolling.setMaxFileSize(FileSize.valueOf("10MB"));
        rolling.setMaxHistory(7);
        rolling.start();
        appender.setRollingPolicy(rolling);
        appender.start();

        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(appender);
        SLF4JBridgeHandler.removeHandlersForRootLogger(); // java.util.logging's own console handler
        SLF4JBridgeHandler.install();
        return new JobLog(context);
    }

    /** Flushes and closes the file; nothing is logged anywhere after. */
    @Override
    public void close() {
        SLF4JBridgeHandler.uninstall();
        context.reset();
    }
}
