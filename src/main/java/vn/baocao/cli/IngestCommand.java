package vn.baocao.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.sql.DataSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import vn.baocao.job.BatchInfrastructure;
import vn.baocao.job.IngestJobConfiguration;
import vn.baocao.job.IngestSettings;
import vn.baocao.job.JobProgress;
import vn.baocao.job.RunOutcome;
import vn.baocao.job.RunSummary;
import vn.baocao.read.ReadLimits;
import vn.baocao.warehouse.DuckDbResources;
import vn.baocao.warehouse.PublishedWarehouse;
import vn.baocao.warehouse.Warehouse;
import vn.baocao.warehouse.WarehouseLockedException;

/** {@code baocao ingest}: runs the nightly job on the inbox. */
public final class IngestCommand implements Command {

    /** ingest's options with a value, and its flags: also what the review refresh after the run reads its arguments with. */
    static final Set<String> OPTIONS = Set.of("input", "warehouse", "config", "threads", "corrections");
    static final Set<String> FLAGS = Set.of("force", "progress", "no-progress", "no-review");

    private static final double DEFAULT_DOCUMENT_TIME_BUDGET_SECONDS = 60;
    /**
     * DuckDB's own default is most of the machine's memory, and staging grows with the inbox: with this bound the job
     * stayed under 1 GB in all (JVM included) at 50,000 reports, and the 2,000-report benchmark ran as fast as without.
     */
    private static final long DEFAULT_DUCKDB_MEMORY_MB = 256;
    /**
     * The job's own workers keep the cores busy, and the statements it sends DuckDB are many and small: with one
     * thread per core as well, the discover step (mostly hashing) of the 2,000-report benchmark took 0.58-0.64 s instead
     * of 0.36-0.37 s, and the statement that loads its facts 0.33 s instead of 0.18 s.
     */
    private static final int DEFAULT_DUCKDB_THREADS = 1;
    /** More than any machine the job runs on has cores; a larger number is a typing error, said so, not cut down. */
    private static final int MAX_DUCKDB_THREADS = 1024;

    @Override
    public String name() {
        return "ingest";
    }

    @Override
    public String summary() {
        return "read the reports in the inbox and load their figures into the warehouse";
    }

    @Override
    public String help() {
        return """
                Usage: java -jar target/baocao.jar ingest [--input DIR]... [--warehouse FILE] [--force]
                                                          [--config FILE] [--threads N] [--corrections FILE]
                                                          [--progress | --no-progress] [--no-review]

                Scans the inbox folders recursively, reads every new or changed report,
                extracts its figures and loads them into the DuckDB warehouse. Files already
                loaded with the same content are skipped; a changed file replaces its earlier
                observations. Safe to run again at any time, also after a crash.

                Options:
                  --input DIR       an inbox folder; repeat for several (default: 'inbox' in the config)
                  --warehouse FILE  the DuckDB warehouse file (default: 'warehouse' in the config,
                                    warehouse/baocao.duckdb)
                  --force           reprocess every file, even unchanged ones
                  --config FILE     job configuration (default: jobs/ingest.properties)
                  --threads N       documents read in parallel (default: number of cores)
                  --corrections FILE  the statisticians' corrections (default: 'corrections' in the
                                    config, jobs/corrections.csv)
                  --progress        show progress on standard error (documents done, rate, time left),
                                    rewritten in place; the default on a terminal, never under cron
                  --no-progress     show no progress, also on a terminal
                  --no-review       do not refresh the review site after the run (see 'review --help';
                                    review-after-ingest = false in the config does the same)

                Exit codes: 0 all files loaded or unchanged; 2 some files rejected or some
                corrections not applied (listed with their reasons); 1 the job failed;
                3 the warehouse is busy; 64 bad command line.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        // --no-review is read after the run (ReviewAfterIngest), in the JVM the user started.
        Options o = Options.parse(args, OPTIONS, FLAGS);
        if (!o.positional().isEmpty()) {
            throw new UsageException("ingest takes no arguments besides options, got: " + o.positional());
        }
        if (o.flag("progress") && o.flag("no-progress")) {
            throw new UsageException("give --progress or --no-progress, not both");
        }
        IngestSettings settings = settings(o);
        boolean showProgress = o.flag("progress") || !o.flag("no-progress") && Terminal.attached();
        Instant started = Instant.now();
        IngestJobConfiguration.RulesLoading rules = IngestJobConfiguration.RulesLoading.start(settings);
        Optional<RunLock> lock = RunLock.tryAcquire(settings.warehouse());
        if (lock.isEmpty()) {
            err.println("Another baocao ingest is already running on " + settings.warehouse().toAbsolutePath()
                    + " (process " + RunLock.holder(settings.warehouse()) + ").");
            err.println("This run stops without changing anything; the running one will load the inbox.");
            return ExitCode.WAREHOUSE_BUSY;
        }
        try (RunLock held = lock.get()) {
            PublishedWarehouse files = new PublishedWarehouse(settings.warehouse());
            Path work = files.prepareWork();
            // Opening DuckDB first loads its 60 MB native library: the job's context is built meanwhile.
            CompletableFuture<Connection> opening = CompletableFuture.supplyAsync(() -> {
                try {
                    return Warehouse.openForWriting(work, settings.duckdb());
                } catch (SQLException e) {
                    throw new CompletionException(files.notOpened(e));
                } catch (WarehouseLockedException | java.io.IOException e) {
                    throw new CompletionException(e);
                }
            });
            int exit;
            try (HeapWatch heap = new HeapWatch(); ProgressLine progress = ProgressLine.showing(new JobProgress(), err, showProgress)) {
                exit = runJob(settings, rules, opening, started, heap, progress, out, err);
            } catch (WarehouseLockedException e) {
                err.println(e.getMessage());
                return ExitCode.WAREHOUSE_BUSY;
            } finally {
                closeWhenOpened(opening);
            }
            if (exit != ExitCode.FAILED) {
                files.publish(); // after the connection is closed, so the copy holds every committed row
            }
            return exit;
        }
    }

    /** The open warehouse, or the reason it could not be opened. */
    private static Connection connection(CompletableFuture<Connection> opening) throws WarehouseLockedException, SQLException {
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof WarehouseLockedException locked) {
                throw locked;
            }
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw e;
        }
    }

    private static void closeWhenOpened(CompletableFuture<Connection> opening) throws SQLException {
        Connection c;
        try {
            c = opening.join();
        } catch (CompletionException | java.util.concurrent.CancellationException notOpened) {
            return;
        }
        c.close();
    }

    private IngestSettings settings(Options o) throws Exception {
        String configOption = o.value("config");
        JobsConfig config = JobsConfig.load(configOption == null ? JobsConfig.DEFAULT : Path.of(configOption), configOption != null);
        List<Path> inputs = new ArrayList<>();
        o.all("input").forEach(s -> inputs.add(Path.of(s)));
        if (inputs.isEmpty() && config.path("inbox") != null) {
            inputs.add(config.path("inbox"));
        }
        if (inputs.isEmpty()) {
            throw new UsageException("no inbox: give --input DIR (or set 'inbox' in " + JobsConfig.DEFAULT + ")");
        }
        for (Path p : inputs) {
            if (!java.nio.file.Files.isDirectory(p)) {
                throw new UsageException("input folder not found: " + p.toAbsolutePath());
            }
        }
        Path warehouse = o.value("warehouse") != null ? Path.of(o.value("warehouse"))
                : config.path("warehouse") != null ? config.path("warehouse") : Path.of("warehouse", "baocao.duckdb");
        int threads = Runtime.getRuntime().availableProcessors();
        if (o.value("threads") != null) {
            try {
                threads = Integer.parseInt(o.value("threads"));
            } catch (NumberFormatException e) {
                throw new UsageException("--threads must be a whole number");
            }
        } else {
            threads = (int) config.number("threads", threads);
        }
        if (threads < 1) {
            throw new UsageException("--threads must be at least 1");
        }
        long maxBytes = config.number("max-file-mb", ReadLimits.DEFAULT_MAX_FILE_MB) * 1024 * 1024;
        java.time.Duration budget = java.time.Duration.ofNanos(
                (long) (config.positive("document-time-budget-seconds", DEFAULT_DOCUMENT_TIME_BUDGET_SECONDS) * 1e9));
        Path corrections = o.value("corrections") != null ? Path.of(o.value("corrections")) : config.path("corrections");
        if (corrections != null && !java.nio.file.Files.isRegularFile(corrections)) {
            // Running on without it would take back every correction in force without a word.
            throw new UsageException("corrections file not found: " + corrections.toAbsolutePath());
        }
        return new IngestSettings(List.copyOf(inputs), warehouse, o.flag("force"), config.path("dictionary"), config.path("language"),
                maxBytes, threads, budget, corrections, new DuckDbResources(
                config.nonNegative("duckdb-memory-mb", DEFAULT_DUCKDB_MEMORY_MB),
                (int) config.nonNegative("duckdb-threads", DEFAULT_DUCKDB_THREADS, MAX_DUCKDB_THREADS)));
    }

    private static Connection joined(CompletableFuture<Connection> opening) {
        try {
            return connection(opening);
        } catch (WarehouseLockedException | SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private int runJob(IngestSettings settings, IngestJobConfiguration.RulesLoading rules, CompletableFuture<Connection> opening,
                       Instant started, HeapWatch heap, ProgressLine progress, PrintStream out, PrintStream err) throws Exception {
        // Operators read the summary on the console; stack traces go to a log file beside the warehouse.
        try (JobLog log = JobLog.toFile(logFile(settings))) {
            String runId = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS"));
            try (ConfigurableApplicationContext ctx = startContext(settings, rules, opening, runId, progress)) {
                markInterruptedRunsFailed(connection(opening));
                JobOperator operator = ctx.getBean(JobOperator.class);
                Job job = ctx.getBean(Job.class);
                JobParameters params = new JobParametersBuilder()
                        .addString("run.id", runId, true)
                        .addString("inputs", settings.inputs().toString(), false)
                        .addString("force", Boolean.toString(settings.force()), false)
                        .toJobParameters();
                JobExecution execution = operator.start(job, params);
                progress.close(); // cleared before the summary or the failure is printed
                if (execution.getStatus() != BatchStatus.COMPLETED) {
                    err.println("ingest failed (" + execution.getStatus() + "):");
                    for (Throwable t : execution.getAllFailureExceptions()) {
                        err.println("  " + Cli.rootMessage(t));
                    }
                    err.println("Documents loaded before the failure are kept; run ingest again to continue.");
                    err.println("Details: " + logFile(settings));
                    return ExitCode.FAILED;
                }
                // The summarise step's own summary, timed to now.
                RunSummary summary = ctx.getBean(RunOutcome.class).summary().orElseThrow()
                        .took(java.time.Duration.between(started, Instant.now()));
                out.print(summary.render());
                out.printf("  peak heap            %6d MB (of %d MB)%n", heap.peakMegabytes(), Runtime.getRuntime().maxMemory() >> 20);
                return summary.needsAttention() ? ExitCode.REJECTED_FILES : ExitCode.OK;
            }
        }
    }

    /**
     * The job's Spring context, refreshed. A plain Spring context, as Spring Batch's own samples make one: Spring Boot's
     * application start (its config files, environment post-processors, listeners) kept the main thread 0.06-0.11 s
     * longer before the job could begin, and the job reads its own configuration.
     */
    private static ConfigurableApplicationContext startContext(IngestSettings settings, IngestJobConfiguration.RulesLoading rules,
                                                               CompletableFuture<Connection> opening, String runId, ProgressLine progress)
            throws WarehouseLockedException, SQLException {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        // as strict as a Spring Boot application: a bean defined twice or a cycle between beans is an error
        context.setAllowBeanDefinitionOverriding(false);
        context.setAllowCircularReferences(false);
        // The beans that need the warehouse wait for it only when they are made.
        context.registerBean("warehouseConnection", Connection.class, () -> joined(opening));
        context.registerBean("dataSource", DataSource.class, () -> new SingleConnectionDataSource(joined(opening), true));
        context.registerBean("ingestSettings", IngestSettings.class, () -> settings);
        context.registerBean("runId", IngestJobConfiguration.RunId.class, () -> new IngestJobConfiguration.RunId(runId));
        context.registerBean("rulesLoading", IngestJobConfiguration.RulesLoading.class, () -> rules);
        context.registerBean("jobProgress", JobProgress.class, progress::counts);
        context.register(BatchInfrastructure.class, IngestJobConfiguration.class);
        context.registerShutdownHook(); // as a Spring Boot application's: stopped, the job rolls back what it has not committed
        try {
            context.refresh();
        } catch (RuntimeException e) {
            context.close();
            connection(opening); // a warehouse that could not be opened says so, not the context it failed
            throw e;
        }
        return context;
    }

    static Path logFile(IngestSettings settings) {
        Path wh = settings.warehouse().toAbsolutePath();
        return wh.resolveSibling(wh.getFileName() + ".ingest.log");
    }

    /**
     * Only one ingest runs at a time (RunLock), so an execution still marked as running
     * belongs to a process that was killed. Marking it failed keeps the job history honest.
     */
    private static void markInterruptedRunsFailed(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("""
                    UPDATE batch.BATCH_STEP_EXECUTION SET STATUS = 'FAILED', EXIT_CODE = 'FAILED',
                           EXIT_MESSAGE = 'process ended while the step was running', END_TIME = now()
                    WHERE STATUS IN ('STARTING', 'STARTED', 'STOPPING')""");
            st.execute("""
                    UPDATE batch.BATCH_JOB_EXECUTION SET STATUS = 'FAILED', EXIT_CODE = 'FAILED',
                           EXIT_MESSAGE = 'process ended while the job was running', END_TIME = now()
                    WHERE STATUS IN ('STARTING', 'STARTED', 'STOPPING')""");
        }
    }
}
