package vn.baocao.warehouse;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import vn.baocao.extract.area.Gazetteer;

/**
 * Scores what baocao read about each document against a gold file of document
 * metadata (doc, area, area_level, periods): the area is right when its proper
 * name (compared without diacritics) and level agree, and an empty gold area is
 * matched only by no area; an area given where the text names none, or a
 * different one, is a wrong area; the period is right when it is one of the gold
 * alternatives ('2019-07..2019-09|2019-01..2019-09').
 */
public final class MetaEvaluation {

    /** A gold document: its area (empty when the text names none), level and accepted periods. */
    public record Gold(String doc, String area, String level, List<String> periods) {
    }

    /** What the warehouse says of a document. */
    public record Read(String doc, String area, String level, String period) {
    }

    /** The scores and the errors behind them. */
    public record Result(int documents, int areaRight, int wrongAreas, int periodRight, List<String> areaErrors, List<String> periodErrors) {

        public double areaAccuracy() {
            return documents == 0 ? 1 : (double) areaRight / documents;
        }

        public double periodAccuracy() {
            return documents == 0 ? 1 : (double) periodRight / documents;
        }

        public String render(boolean show) {
            StringBuilder s = new StringBuilder();
            s.append(String.format("area accuracy              %.3f  (%d of %d documents)%n", areaAccuracy(), areaRight, documents));
            s.append(String.format("wrong areas                %d  (an area given where the text names another or none)%n", wrongAreas));
            s.append(String.format("reporting period accuracy  %.3f  (%d of %d documents)%n", periodAccuracy(), periodRight, documents));
            if (show) {
                s.append("\narea errors:\n");
                areaErrors.forEach(e -> s.append("  ").append(e).append('\n'));
                s.append("\nperiod errors:\n");
                periodErrors.forEach(e -> s.append("  ").append(e).append('\n'));
            }
            return s.toString();
        }
    }

    public Result score(List<Gold> gold, Map<String, Read> read) {
        int areaRight = 0;
        int wrong = 0;
        int periodRight = 0;
        List<String> areaErrors = new ArrayList<>();
        List<String> periodErrors = new ArrayList<>();
        for (Gold g : gold) {
            Read r = read.get(g.doc());
            String gotArea = r == null || r.area() == null ? "" : r.area();
            String gotLevel = r == null || r.level() == null ? "" : r.level();
            boolean right = g.area().isEmpty() ? gotArea.isEmpty()
                    : Gazetteer.nameKey(g.area()).equals(Gazetteer.nameKey(gotArea)) && g.level().equals(gotLevel);
            if (right) {
                areaRight++;
            } else {
                if (!gotArea.isEmpty()) {
                    wrong++;
                }
                areaErrors.add(g.doc() + ": gold " + (g.area().isEmpty() ? "(none named)" : g.area() + " [" + g.level() + "]")
                        + ", read " + (r == null ? "(not loaded)" : gotArea.isEmpty() ? "(none)" : gotArea + " [" + gotLevel + "]"));
            }
            String period = r == null ? null : r.period();
            if (period != null && g.periods().contains(period)) {
                periodRight++;
            } else {
                periodErrors.add(g.doc() + ": gold " + String.join(" or ", g.periods()) + ", read " + (period == null ? "(none)" : period));
            }
        }
        return new Result(gold.size(), areaRight, wrong, periodRight, areaErrors, periodErrors);
    }

    /** Reads a meta gold CSV: doc, area, area_level, periods. */
    public static List<Gold> readGold(Path file) throws IOException {
        List<Gold> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                out.add(new Gold(rec.get("doc"), rec.get("area").strip(), rec.get("area_level").strip(),
                        Arrays.stream(rec.get("periods").split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList()));
            }
        }
        return out;
    }

    /** What the register says of each loaded document, by file name. */
    public static Map<String, Read> readWarehouse(Connection c) throws SQLException {
        Map<String, Read> out = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT regexp_replace(path, '^.*[/\\\\]', ''), area, area_level,
                       strftime(period_start, '%Y-%m') || '..' || strftime(period_end, '%Y-%m')
                FROM document_register WHERE status = 'loaded'""")) {
            while (rs.next()) {
                out.put(rs.getString(1), new Read(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        }
        return out;
    }
}
