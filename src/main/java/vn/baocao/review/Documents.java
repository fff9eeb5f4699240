package vn.baocao.review;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The register's documents, each with its number of figures, in one query. */
final class Documents {

    private Documents() {
    }

    /** Rejected files first (they want a person), then by path. */
    static List<DocumentInfo> all(Connection c) throws SQLException {
        List<DocumentInfo> docs = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT r.path, r.loaded_sha256, r.status, r.reason, r.format, r.doc_kind, r.area, r.area_type, r.area_level,
                       r.area_key, r.area_note, strftime(r.period_start, '%Y-%m'), strftime(r.period_end, '%Y-%m'), r.issuer,
                       r.doc_number, CAST(r.issued_on AS VARCHAR), r.draft, coalesce(n.figures, 0)
                FROM document_register r
                LEFT JOIN (SELECT sha256, count(*) AS figures FROM v_fact_reviewed GROUP BY sha256) n ON n.sha256 = r.loaded_sha256
                ORDER BY r.status = 'rejected' DESC, r.path""")) {
            while (rs.next()) {
                String path = rs.getString(1);
                docs.add(new DocumentInfo(path, Path.of(path).getFileName().toString(), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                        rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16),
                        rs.getBoolean(17), rs.getInt(18)));
            }
        }
        return docs;
    }
}
