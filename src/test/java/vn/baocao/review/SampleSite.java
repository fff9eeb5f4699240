package vn.baocao.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import vn.baocao.support.CliRun;
import vn.baocao.support.SampleReports;
import vn.baocao.warehouse.Warehouse;

/** The sample inbox ingested into a warehouse of its own and its review site written, for the review tests. */
record SampleSite(Path inbox, Path warehouse, Path site) {

    static SampleSite build(Path dir) throws Exception {
        Path inbox = SampleReports.copyTo(dir.resolve("inbox"));
        Path warehouse = dir.resolve("w.duckdb");
        CliRun ingest = CliRun.of("ingest", "--input", inbox.toString(), "--warehouse", warehouse.toString());
        assertThat(ingest.exit()).as(ingest.toString()).isZero();
        Path site = dir.resolve("site");
        CliRun review = CliRun.of("review", "--warehouse", warehouse.toString(), "--out", site.toString());
        assertThat(review.exit()).as(review.toString()).isZero();
        return new SampleSite(inbox, warehouse, site);
    }

    /** The first value of a query on the warehouse. */
    String query(String sql) throws SQLException, java.io.IOException {
        try (Connection c = Warehouse.openForReading(warehouse); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    String sha256Of(String fileName) throws Exception {
        return query("SELECT loaded_sha256 FROM document_register WHERE path LIKE '%/" + fileName + "'");
    }
}
