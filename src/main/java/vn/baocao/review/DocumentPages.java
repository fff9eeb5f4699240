package vn.baocao.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.baocao.read.DocumentReaders;

/**
 * Writes a page per loaded document, {@code doc/<sha256>.html}, from one pass over the figures ordered by document.
 * Only pages whose fingerprint changed are written, and only their files are read again; pages of documents no longer
 * in the warehouse are deleted.
 */
final class DocumentPages {

    /** What a refresh did to the document pages. */
    record Counts(int written, int unchanged, int removed) {
    }

    private final Path folder;
    private final DocumentReaders readers = SourceText.readers();
    private int written;
    private int unchanged;

    DocumentPages(Path site) {
        this.folder = site.resolve("doc");
    }

    Counts write(Connection c, List<DocumentInfo> docs) throws SQLException, IOException {
        Files.createDirectories(folder);
        Manifest manifest = Manifest.load(folder);
        Map<String, DocumentInfo> loaded = new LinkedHashMap<>();
        docs.stream().filter(d -> d.sha256() != null).forEach(d -> loaded.putIfAbsent(d.sha256(), d));
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT f.sha256, f.path, f.source_file, f.indicator, i.name_vi, f.measure, f.status, f.value, f.value_high, f.qualifier,
                       f.unit, strftime(f.period_start, '%Y-%m'), strftime(f.period_end, '%Y-%m'), f.area, f.evidence, f.char_start,
                       f.char_end, f.rule, f.table_index, f.table_row, f.table_col, f.correction, f.correction_line, f.correction_note,
                       f.extracted_value, f.extracted_indicator
                FROM v_fact_reviewed f LEFT JOIN dim_indicator i ON i.code = f.indicator
                ORDER BY f.sha256, f.table_index NULLS FIRST, f.char_start, f.table_row, f.table_col, f.indicator, f.measure""")) {
            String current = null;
            List<Figure> figures = new ArrayList<>();
            while (rs.next()) {
                Figure f = figure(rs);
                if (!f.sha256().equals(current)) {
                    if (current != null) {
                        page(manifest, document(loaded, current, figures), figures);
                    }
                    current = f.sha256();
                    figures = new ArrayList<>();
                }
                figures.add(f);
            }
            if (current != null) {
                page(manifest, document(loaded, current, figures), figures);
            }
        }
        for (DocumentInfo withoutFigures : loaded.values()) {
            page(manifest, withoutFigures, List.of()); // a report that gave nothing is the first a reviewer wants to see
        }
        int removed = 0;
        for (String gone : manifest.removed()) {
            Files.deleteIfExists(folder.resolve(gone + ".html"));
            removed++;
        }
        manifest.save();
        return new Counts(written, unchanged, removed);
    }

    /** The register's row for the document (taken out of the map: what is left has no figures), or one made from its figures. */
    private static DocumentInfo document(Map<String, DocumentInfo> loaded, String sha256, List<Figure> figures) {
        DocumentInfo d = loaded.remove(sha256);
        if (d != null) {
            return d;
        }
        Figure f = figures.get(0);
        return new DocumentInfo(f.path(), f.sourceFile(), sha256, "loaded", null, null, null, f.area(), null, null, null, null,
                null, null, null, null, null, false, figures.size());
    }

    private void page(Manifest manifest, DocumentInfo doc, List<Figure> figures) throws IOException {
        Fingerprint print = new Fingerprint().add(doc);
        figures.forEach(print::add);
        Path source = Path.of(doc.path());
        // The file's size and time stand for its content: a file deleted or replaced since shows on its page.
        print.add(Files.isRegularFile(source) ? Files.size(source) + "@" + Files.getLastModifiedTime(source) : "gone");
        Path page = folder.resolve(doc.sha256() + ".html");
        if (!manifest.changed(doc.sha256(), print.hex()) && Files.isRegularFile(page)) {
            unchanged++;
            return;
        }
        String html = DocumentPage.render(doc, figures, SourceText.read(source, doc.sha256(), readers));
        Files.writeString(page, html, StandardCharsets.UTF_8);
        written++;
    }

    private static Figure figure(ResultSet rs) throws SQLException {
        return new Figure(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), number(rs, 8), number(rs, 9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13),
                rs.getString(14), rs.getString(15), integer(rs, 16), integer(rs, 17), rs.getString(18), integer(rs, 19), integer(rs, 20),
                integer(rs, 21), rs.getString(22), integer(rs, 23), rs.getString(24), number(rs, 25), rs.getString(26));
    }

    static Double number(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    static Integer integer(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
