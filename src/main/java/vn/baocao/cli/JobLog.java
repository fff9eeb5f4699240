package vn.baocao.cli;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.logging.LogFile;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The job's log: warnings and errors, stack traces with them, go to a file beside the warehouse and nothing to the
 * console, where operators read the run's summary. Set up by Spring Boot's logging system, as a Spring Boot
 * application's start sets it up (the same rolling file, the same format), without the rest of that start, which the
 * job's plain Spring context does not need (see {@link IngestCommand}).
 */
final class JobLog implements AutoCloseable {

    private final LoggingSystem system;

    private JobLog(LoggingSystem system) {
        this.system = system;
    }

    /** Sends the log to {@code file} until closed. */
    static JobLog toFile(Path file) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("job-log", Map.of(
                "logging.file.name", file.toString(), "logging.threshold.console", "OFF")));
        LoggingSystem system = LoggingSystem.get(JobLog.class.getClassLoader());
        system.beforeInitialize();
        system.initialize(new LoggingInitializationContext(environment), null, LogFile.get(environment));
        system.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.WARN);
        return new JobLog(system);
    }

    @Override
    public void close() {
        system.cleanUp();
    }
}
