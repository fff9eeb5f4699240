package vn.baocao.job;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import vn.baocao.warehouse.DuckDbResources;

/**
 * What one ingest run works on.
 *
 * @param inputs        inbox folders, scanned recursively
 * @param warehouse     the DuckDB file
 * @param force         reprocess every file, even unchanged ones
 * @param dictionary    the indicator dictionary CSV (null: the bundled one)
 * @param language      the folder of language rules (null: the bundled ones)
 * @param maxFileBytes  files larger than this are rejected unread
 * @param threads       documents read and extracted at once
 * @param documentBudget the time one document may take before it is rejected
 * @param corrections   the corrections file statisticians edit (null: none)
 * @param duckdb        what DuckDB may use while the job runs
 */
public record IngestSettings(List<Path> inputs, Path warehouse, boolean force, Path dictionary, Path language,
                             long maxFileBytes, int threads, Duration documentBudget, Path corrections,
                             DuckDbResources duckdb) {
}
