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
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.baocao.read.DocumentReaders;

/**
 * Writes a page per loaded document, {@code doc/<sha256>.html}. A fingerprint per document (its figures digested in
 * the warehouse, its register row, its file's size and time) decides which pages are due; only their figures are
 * fetched, in one ordered pass, and only their files read again. Pages of documents no longer in the warehouse are
 * deleted.
 */
final class DocumentPages {

    /** What a refresh did to the document pages. */
    record Counts(int written, int unchanged, int removed) {
    }

    /** The columns a page shows of a figure, in the order of {@link Figure}'s components after sha256. */
    private static final List<String> FIGURE_COLUMNS = List.of("f.path", "f.source_file", "f.indicator", "i.name_vi", "f.measure",
            "f.status", "f.value", "f.value_high", "f.qualifier", "f.unit", "strftime(f.period_start, '%Y-%m')",
            "strftime(f.period_end, '%Y-%m')", "f.area", "f.evidence", "f.char_start", "f.char_end", "f.rule", "f.table_index",
            "f.table_row", "f.table_col", "f.correction", "f.correction_line", "f.correction_note", "f.extracted_value",
            "f.extracted_indicator");
    private static final String ORDER = "f.table_index NULLS FIRST, f.char_start, f.table_row, f.table_col, f.indicator, f.measure";

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
        Map<String, String> figurePrints = figurePrints(c);
        // Which pages to write, decided from the fingerprints alone: unchanged documents' figures are never fetched.
        Set<String> due = new LinkedHashSet<>();
        for (String sha : figurePrints.keySet()) {
            if (!loaded.containsKey(sha)) {
                due.add(sha); // figures without a register row: a page made from the figures themselves
            }
        }
        for (DocumentInfo d : loaded.values()) {
            Path source = Path.of(d.path());
            // The file's size and time stand for its content: a file deleted or replaced since shows on its page.
            String file = Files.isRegularFile(source) ? Files.size(source) + "@" + Files.getLastModifiedTime(source) : "gone";
            String print = new Fingerprint().add(d).add(figurePrints.get(d.sha256())).add(file).hex();
            if (manifest.changed(d.sha256(), print) || !Files.isRegularFile(page(d.sha256()))) {
                due.add(d.sha256());
            } else {
                unchanged++;
            }
        }
        if (!due.isEmpty()) {
            writeDue(c, due, loaded);
        }
        int removed = 0;
        for (String gone : manifest.removed()) {
            Files.deleteIfExists(page(gone));
            removed++;
        }
        manifest.save();
        return new Counts(written, unchanged, removed);
    }

    /** A digest of each document's figures as the page shows them, computed in the warehouse: one row per document. */
    private static Map<String, String> figurePrints(Connection c) throws SQLException {
        String columns = String.join(", ", FIGURE_COLUMNS.stream().map(col -> "coalesce(CAST(" + col + " AS VARCHAR), '~')").toList());
        Map<String, String> prints = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT f.sha256, md5(string_agg(concat_ws('|', " + columns + "), chr(10) ORDER BY " + ORDER + ")) "
                        + "FROM v_fact_reviewed f LEFT JOIN dim_indicator i ON i.code = f.indicator GROUP BY f.sha256")) {
            while (rs.next()) {
                prints.put(rs.getString(1), rs.getString(2));
            }
        }
        return prints;
    }

    /** Fetches the figures of the documents due (all of them in one ordered pass) and writes their pages. */
    private void writeDue(Connection c, Set<String> due, Map<String, DocumentInfo> loaded) throws SQLException, IOException {
        // Content hashes are hex: listed in the query as they are (checked), for the few documents a night changes.
        String only = due.size() > 2000 || !due.stream().allMatch(h -> h.matches("[0-9a-f]+")) ? ""
                : " WHERE f.sha256 IN ('" + String.join("', '", due) + "')";
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT f.sha256, " + String.join(", ", FIGURE_COLUMNS)
                + " FROM v_fact_reviewed f LEFT JOIN dim_indicator i ON i.code = f.indicator" + only + " ORDER BY f.sha256, " + ORDER)) {
            String current = null;
            List<Figure> figures = new ArrayList<>();
            while (rs.next()) {
                Figure f = figure(rs);
                if (!f.sha256().equals(current)) {
                    page(current, figures, due, loaded);
                    current = f.sha256();
                    figures = new ArrayList<>();
                }
                figures.add(f);
            }
            page(current, figures, due, loaded);
        }
        for (String sha : List.copyOf(due)) {
            if (loaded.containsKey(sha)) {
                page(sha, List.of(), due, loaded); // a report that gave nothing is the first a reviewer wants to see
            }
        }
    }

    private void page(String sha, List<Figure> figures, Set<String> due, Map<String, DocumentInfo> loaded) throws IOException {
        if (sha == null || !due.remove(sha)) {
            return;
        }
        DocumentInfo doc = loaded.get(sha);
        if (doc == null) {
            Figure f = figures.get(0);
            doc = new DocumentInfo(f.path(), f.sourceFile(), sha, "loaded", null, null, null, f.area(), null, null, null, null,
                    null, null, null, null, null, false, figures.size());
        }
        String html = DocumentPage.render(doc, Figure.numbered(figures), SourceText.read(Path.of(doc.path()), sha, readers));
        Files.writeString(page(sha), html, StandardCharsets.UTF_8);
        written++;
    }

    private Path page(String sha) {
        return folder.resolve(sha + ".html");
    }

    private static Figure figure(ResultSet rs) throws SQLException {
        return new Figure(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), number(rs, 8), number(rs, 9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13),
                rs.getString(14), rs.getString(15), integer(rs, 16), integer(rs, 17), rs.getString(18), integer(rs, 19), integer(rs, 20),
                integer(rs, 21), rs.getString(22), integer(rs, 23), rs.getString(24), number(rs, 25), rs.getString(26), 0);
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
