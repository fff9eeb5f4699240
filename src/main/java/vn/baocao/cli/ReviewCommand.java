package vn.baocao.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Set;
import vn.baocao.review.ReviewSite;
import vn.baocao.warehouse.Warehouse;

/** {@code baocao review}: writes the review site, static HTML over the warehouse that opens from disk. */
public final class ReviewCommand implements Command {

    static final Path DEFAULT_OUT = Path.of("warehouse", "review");

    @Override
    public String name() {
        return "review";
    }

    @Override
    public String summary() {
        return "write the review site: runs, coverage, documents with their figures, indicators (static HTML)";
    }

    @Override
    public String help() {
        return """
                Usage: java -jar target/baocao.jar review [--warehouse FILE] [--out DIR] [--config FILE]

                Writes a static web site over the warehouse that opens from disk in any browser,
                with no network and no server: the recent runs and every document with its status
                and the consistency-check findings (index.html); which units reported which period
                and who has not yet (coverage.html); each document's text with every figure
                highlighted and a correction line ready to paste into jobs/corrections.csv; and
                each indicator year on year, per area, with charts (indicators.html).
                Only the pages of documents whose figures or corrections changed are written again.

                Options:
                  --warehouse FILE  the warehouse (default: 'warehouse' in the config, warehouse/baocao.duckdb)
                  --out DIR         where to write the site (default: 'review' in the config, warehouse/review)
                  --config FILE     job configuration (default: jobs/ingest.properties)
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options o = Options.parse(args, Set.of("warehouse", "out", "config"), Set.of());
        if (!o.positional().isEmpty()) {
            throw new UsageException("review takes no arguments besides options, got: " + o.positional());
        }
        Path site = o.value("out") != null ? Path.of(o.value("out")) : configured(o);
        ReviewSite.Summary s = refresh(WarehouseOption.resolve(o), site);
        out.print(describe(s));
        return ExitCode.OK;
    }

    static ReviewSite.Summary refresh(Path warehouse, Path site) throws Exception {
        try (Connection c = Warehouse.openForReading(warehouse)) {
            return new ReviewSite(site).refresh(c);
        }
    }

    static String describe(ReviewSite.Summary s) {
        return String.format("""
                baocao review
                  documents          %6d (%d pages written, %d unchanged, %d removed)
                  indicators         %6d
                  findings           %6d
                  time taken         %6.1f s
                  open               %s
                """, s.documents(), s.pagesWritten(), s.pagesUnchanged(), s.pagesRemoved(), s.indicators(), s.findings(),
                s.millis() / 1000.0, s.index().toAbsolutePath().toUri());
    }

    /** The site folder the configuration names ('review'), else warehouse/review. */
    private static Path configured(Options o) throws Exception {
        String configOption = o.value("config");
        JobsConfig config = JobsConfig.load(configOption == null ? JobsConfig.DEFAULT : Path.of(configOption), configOption != null);
        return config.path("review") != null ? config.path("review") : DEFAULT_OUT;
    }
}
