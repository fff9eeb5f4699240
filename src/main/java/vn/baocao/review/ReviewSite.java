package vn.baocao.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The review site: static HTML over the warehouse, every asset bundled, opened from disk in any browser. Reads the
 * warehouse in a handful of bulk queries and the source files of the documents whose pages changed; writes nothing
 * to the warehouse.
 */
public final class ReviewSite {

    /** What one refresh did. */
    public record Summary(int documents, int pagesWritten, int pagesUnchanged, int pagesRemoved, int indicators, int findings,
                          Path index, long millis) {
    }

    private final Path site;

    public ReviewSite(Path site) {
        this.site = site;
    }

    public Summary refresh(Connection warehouse) throws SQLException, IOException {
        long started = System.nanoTime();
        Files.createDirectories(site);
        Assets.write(site);
        List<DocumentInfo> docs = Documents.all(warehouse);
        DocumentPages.Counts counts = new DocumentPages(site).write(warehouse, docs);
        List<Finding> findings = Finding.all(warehouse);
        InboxPages.write(warehouse, site, docs, findings);
        CoveragePage.write(warehouse, site, docs);
        int indicators = IndicatorPages.write(warehouse, site);
        return new Summary(docs.size(), counts.written(), counts.unchanged(), counts.removed(), indicators, findings.size(),
                site.resolve("index.html"), (System.nanoTime() - started) / 1_000_000);
    }
}
