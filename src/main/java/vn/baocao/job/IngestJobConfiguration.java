package vn.baocao.job;

import java.io.IOException;
import java.sql.Connection;
import java.util.List;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import vn.baocao.extract.DocumentExtraction;
import vn.baocao.extract.ExtractionRules;
import vn.baocao.extract.area.InboxAreas;
import vn.baocao.load.DocumentRegister;
import vn.baocao.load.FactLoader;
import vn.baocao.read.DocumentReaders;
import vn.baocao.read.ReadLimits;
import vn.baocao.stage.ExtractedDocument;
import vn.baocao.stage.FileDecision;
import vn.baocao.stage.StagingRepository;

/**
 * The nightly ingest job, step by step:
 * <ol>
 *   <li>discover: scan the inbox, skip what is unchanged, list what to read;</li>
 *   <li>extract: read, normalise and extract each document (on worker threads, ahead of the step), stage the results;</li>
 *   <li>load: move staged documents into the facts and the register, up to LOAD_CHUNK whole documents per transaction;</li>
 *   <li>correct: match the lines of the corrections file to the facts now loaded;</li>
 *   <li>summarise: refresh the indicator dimension, run the consistency checks, count what happened.</li>
 * </ol>
 * A run owns the warehouse alone (see RunLock); its id is the job parameter run.id.
 */
@Configuration(proxyBeanMethods = false)
public class IngestJobConfiguration {

    public static final String JOB_NAME = "ingest";

    /**
     * Documents loaded per transaction. Each document is still loaded whole or not at all; a commit per
     * document costs more (DuckDB syncs its log at every commit) than the data it writes, and each chunk scans the
     * staged observations and the facts once more (500 a chunk loaded the 2,000-report benchmark in ~1.0 s, 5,000
     * in ~0.55 s); a chunk of 5,000 documents is some 200,000 rows, which DuckDB holds in one transaction easily.
     */
    static final int LOAD_CHUNK = 5000;

    /** Documents staged per transaction. */
    static final int STAGE_CHUNK = 32;

    /**
     * Documents being read, or read and not yet staged, at most: two chunks, so the workers go on reading while the
     * step stages the chunk before (see {@link ReadAhead}).
     */
    static final int READ_AHEAD = 2 * STAGE_CHUNK;

    @Bean
    Job ingestJob(JobRepository jobs, Step discover, Step extract, Step load, Step correct, Step summarise) {
        return new JobBuilder(JOB_NAME, jobs).start(discover).next(extract).next(load).next(correct).next(summarise).build();
    }

    @Bean
    StagingRepository stagingRepository(@Qualifier("warehouseConnection") Connection connection) {
        return new StagingRepository(connection);
    }

    @Bean
    Step discover(JobRepository jobs, PlatformTransactionManager tx, IngestSettings settings, StagingRepository staging,
                  @Qualifier("warehouseConnection") Connection connection, RunId runId, JobProgress progress) {
        DiscoverTasklet discover = new DiscoverTasklet(settings, staging, new DocumentRegister(connection),
                new FileHashes(connection, settings.threads()), runId.value());
        return new StepBuilder("discover", jobs)
                .tasklet((contribution, chunk) -> {
                    progress.start("scanning the inbox", 0);
                    return discover.execute(contribution, chunk);
                }, tx)
                .build();
    }

    @Bean
    ExtractionRules extractionRules(RulesLoading loading) throws IOException {
        return loading.await();
    }

    /**
     * The rules, being loaded on a thread of their own since the command started: reading the gazetteer and building
     * the lexicons takes as long as opening the warehouse, and the two need not wait for each other.
     */
    public record RulesLoading(ExtractionRules.Background<ExtractionRules> loading) {

        public static RulesLoading start(IngestSettings settings) {
            return new RulesLoading(ExtractionRules.startLoading(settings.language(), settings.dictionary()));
        }

        ExtractionRules await() throws IOException {
            return loading.await();
        }
    }

    @Bean
    Step extract(JobRepository jobs, PlatformTransactionManager tx, IngestSettings settings, StagingRepository staging,
                 RunId runId, ExtractionRules rules, JobProgress progress) {
        DocumentReaders readers = DocumentReaders.standard(ReadLimits.of(settings.maxFileBytes()));
        ItemWriter<ExtractedDocument> writer = chunk -> staging.stage(runId.value(), List.copyOf(chunk.getItems()));
        DocumentProcessor processor = new DocumentProcessor(readers, new DocumentExtraction(rules),
                new InboxAreas(rules.gazetteer(), settings.inputs()), settings.documentBudget());
        int threads = Math.max(1, settings.threads());
        ReadAhead<FileDecision, ExtractedDocument> documents = new ReadAhead<>(
                new LazyListReader<>(() -> progress.start("reading", staging.decisions(runId.value(), FileDecision.PROCESS))),
                file -> {
                    ExtractedDocument read = processor.process(file);
                    progress.advance(1);
                    return read;
                }, threads, Math.max(READ_AHEAD, 2 * threads), "extract-");
        return new StepBuilder("extract", jobs)
                .<ExtractedDocument, ExtractedDocument>chunk(STAGE_CHUNK)
                .transactionManager(tx)
                .reader(documents)
                .writer(writer)
                .build();
    }

    @Bean
    Step load(JobRepository jobs, PlatformTransactionManager tx, StagingRepository staging,
              @Qualifier("warehouseConnection") Connection connection, RunId runId, JobProgress progress) {
        FactLoader loader = new FactLoader(connection);
        ItemWriter<FileDecision> writer = chunk -> {
            loader.load(runId.value(), chunk.getItems().stream().map(FileDecision::path).toList());
            progress.advance(chunk.size());
        };
        return new StepBuilder("load", jobs)
                .<FileDecision, FileDecision>chunk(LOAD_CHUNK)
                .transactionManager(tx)
                .reader(new LazyListReader<>(() -> progress.start("loading", staging.decisions(runId.value(), FileDecision.PROCESS))))
                .writer(writer)
                .build();
    }

    @Bean
    Step correct(JobRepository jobs, PlatformTransactionManager tx, @Qualifier("warehouseConnection") Connection connection,
                 IngestSettings settings, RunId runId, ExtractionRules rules) {
        return new StepBuilder("correct", jobs)
                .tasklet(new CorrectTasklet(connection, settings.corrections(), runId.value(), code -> rules.dictionary().get(code) != null), tx)
                .build();
    }

    /** What the summarise step found, for the command that prints it. */
    @Bean
    RunOutcome runOutcome() {
        return new RunOutcome();
    }

    @Bean
    Step summarise(JobRepository jobs, PlatformTransactionManager tx, @Qualifier("warehouseConnection") Connection connection,
                   IngestSettings settings, RunId runId, ExtractionRules rules, JobProgress progress, RunOutcome outcome) {
        SummaryTasklet summary = new SummaryTasklet(connection, settings, runId.value(), rules, outcome);
        return new StepBuilder("summarise", jobs)
                .tasklet((contribution, chunk) -> {
                    progress.start("checking the figures", 0);
                    return summary.execute(contribution, chunk);
                }, tx)
                .build();
    }

    /** The id of the run this context was made for. */
    public record RunId(String value) {
    }

    /** Reads a list that is only known when the step starts (what the discover step staged). */
    static final class LazyListReader<T> implements org.springframework.batch.infrastructure.item.ItemReader<T> {
        interface Source<T> {
            List<T> load() throws Exception;
        }

        private final Source<T> source;
        private ListItemReader<T> delegate;

        LazyListReader(Source<T> source) {
            this.source = source;
        }

        @Override
        public synchronized T read() throws Exception {
            if (delegate == null) {
                delegate = new ListItemReader<>(source.load());
            }
            return delegate.read();
        }
    }
}
