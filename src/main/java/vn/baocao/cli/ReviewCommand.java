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
                  --out DIR         where to write the site (default: 'review' beside a --warehouse FILE,
                                    else 'review' in the config, warehouse/review)
                  --config FILE     job configuration (default: jobs/ingest.properties)
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options o = Options.parse(args, Set.of("warehouse", "out", "config"), Set.of());
        if (!o.positional().isEmpty()) {
            throw new UsageException("review takes no arguments besides options, got: " + o.positional());
        }
        ReviewSite.Summary s = refresh(WarehouseOption.resolve(o), site(o));
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

    /**
     * Where the site of a warehouse goes: --out; else, for a warehouse given with --warehouse, 'review' beside it (so
     * a site never mixes two warehouses); else the configuration's 'review'; else 'review' beside the configured
     * warehouse (warehouse/review by default).
     */
    static Path site(Options o) throws Exception {
        if (o.value("out") != null) {
            return Path.of(o.value("out"));
        }
        Path warehouse = WarehouseOption.resolve(o).toAbsolutePath();
        if (o.value("warehouse") == null) {
            String configOption = o.value("config");
            JobsConfig config = JobsConfig.load(configOption == null ? JobsConfig.DEFAULT : Path.of(configOption), configOption != null);
            if (config.path("review") != null) {
                return config.path("review");
            }
        }
        return warehouse.resolveSibling("review");
    }
}
