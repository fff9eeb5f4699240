package vn.baocao.job;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.function.Predicate;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import vn.baocao.correct.CorrectionLines;
import vn.baocao.correct.CorrectionResolver;
import vn.baocao.correct.CorrectionsFile;

/**
 * After the load: applies the corrections file to the facts as they now are. It runs on every run, an unchanged one
 * included, because an edit of the corrections file, a new version of a report or a reload all move what the lines
 * find; matching a few hundred lines against the facts costs milliseconds, less than telling whether anything moved.
 */
public final class CorrectTasklet implements Tasklet {

    private final CorrectionResolver resolver;
    private final Path corrections;
    private final String runId;
    private final Predicate<String> knownIndicator;

    /** @param corrections the corrections file (null: none); knownIndicator: whether a code is in the run's dictionary */
    public CorrectTasklet(Connection connection, Path corrections, String runId, Predicate<String> knownIndicator) {
        this.resolver = new CorrectionResolver(connection);
        this.corrections = corrections;
        this.runId = runId;
        this.knownIndicator = knownIndicator;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        CorrectionLines lines = CorrectionsFile.read(corrections, knownIndicator);
        resolver.apply(runId, lines);
        contribution.incrementReadCount();
        return RepeatStatus.FINISHED;
    }
}
