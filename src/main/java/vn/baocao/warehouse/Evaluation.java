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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Scores the observations in a warehouse against a hand-labelled gold file,
 * with the rules of the shared corpus: a prediction matches a gold row when
 * document, indicator, measure and status class (target, or observed) are
 * equal and the value agrees within 0.1 % (both ends of a range).
 */
public final class Evaluation {

    /** One observation, predicted or gold, as far as scoring is concerned. */
    public record Row(String doc, String indicator, String family, String measure, String status, double value,
                      Double high, String periodStart, String periodEnd, String evidence, boolean ignore) {

        String key() {
            return doc + '|' + indicator + '|' + measure + '|' + ("target".equals(status) ? "target" : "observed");
        }

        boolean sameValue(Row o) {
            return close(value, o.value) && (high == null && o.high == null || high != null && o.high != null && close(high, o.high));
        }

        private static boolean close(double a, double b) {
            return Math.abs(a - b) <= 0.001 * Math.abs(b) + 1e-9;
        }
    }

    /** The scores and the rows behind them. */
    public record Result(int scoredPredictions, int matchedPredictions, int goldRows, int matchedGold,
                         int periodChecked, int periodCorrect, Map<String, int[]> recallByFamily,
                         List<Row> misses, List<Row> falsePositives, List<Row[]> wrongPeriods) {

        public double precision() {
            return scoredPredictions == 0 ? 0 : (double) matchedPredictions / scoredPredictions;
        }

        public double recall() {
            return goldRows == 0 ? 0 : (double) matchedGold / goldRows;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double periodAccuracy() {
            return periodChecked == 0 ? 1 : (double) periodCorrect / periodChecked;
        }

        public String render(boolean show) {
            StringBuilder s = new StringBuilder();
            s.append(String.format("precision        %.3f  (%d of %d scored predictions match)%n", precision(), matchedPredictions, scoredPredictions));
            s.append(String.format("recall           %.3f  (%d of %d gold rows found)%n", recall(), matchedGold, goldRows));
            s.append(String.format("F1               %.3f%n", f1()));
            s.append(String.format("period accuracy  %.3f  (%d of %d matched observations with a gold period)%n", periodAccuracy(), periodCorrect, periodChecked));
            s.append("recall by family:\n");
            recallByFamily.forEach((f, c) -> s.append(String.format("  %-12s %.3f  (%d/%d)%n", f, c[1] == 0 ? 0 : (double) c[0] / c[1], c[0], c[1])));
            if (show) {
                s.append("\nmissed (gold rows not found):\n");
                misses.forEach(r -> s.append("  ").append(describe(r)).append("\n      ").append(r.evidence()).append('\n'));
                s.append("\nfalse positives (predictions matching no gold row):\n");
                falsePositives.forEach(r -> s.append("  ").append(describe(r)).append("\n      ").append(r.evidence()).append('\n'));
                s.append("\nwrong periods (matched, period differs):\n");
                wrongPeriods.forEach(r -> s.append("  ").append(describe(r[0])).append("  gold ").append(r[1].periodStart())
                        .append("..").append(r[1].periodEnd()).append('\n'));
            }
            return s.toString();
        }

        private static String describe(Row r) {
            return r.doc() + " " + r.indicator() + " " + r.measure() + " " + r.status() + " " + Numbers.plain(r.value())
                    + (r.high() == null ? "" : ".." + Numbers.plain(r.high())) + " [" + r.periodStart() + ".." + r.periodEnd() + "]";
        }
    }

    public Result score(List<Row> gold, List<Row> predicted, Set<String> catalog) {
        Set<String> docs = new java.util.HashSet<>();
        gold.forEach(g -> docs.add(g.doc()));
        Map<String, List<Row>> goldByKey = new LinkedHashMap<>();
        Set<String> ignoredKeys = new java.util.HashSet<>();
        for (Row g : gold) {
            if (g.ignore()) {
                ignoredKeys.add(g.key());
            } else {
                goldByKey.computeIfAbsent(g.key(), k -> new ArrayList<>()).add(g);
            }
        }
        // Predictions are de-duplicated on key and value before scoring.
        Map<String, Row> unique = new LinkedHashMap<>();
        for (Row p : predicted) {
            if (docs.contains(p.doc()) && catalog.contains(p.indicator())) {
                unique.putIfAbsent(p.key() + '|' + p.value() + '|' + p.high(), p);
            }
        }
        int scored = 0;
        int matched = 0;
        int periodChecked = 0;
        int periodCorrect = 0;
        Set<Row> goldFound = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<Row> falsePositives = new ArrayList<>();
        List<Row[]> wrongPeriods = new ArrayList<>();
        for (Row p : unique.values()) {
            List<Row> candidates = goldByKey.getOrDefault(p.key(), List.of());
            Row hit = candidates.stream().filter(g -> g.sameValue(p)).findFirst().orElse(null);
            if (hit == null && ignoredKeys.contains(p.key())) {
                continue;
            }
            scored++;
            if (hit == null) {
                falsePositives.add(p);
                continue;
            }
            matched++;
            if (goldFound.add(hit) && hit.periodStart() != null && !hit.periodStart().isEmpty()) {
                periodChecked++;
                if (hit.periodStart().equals(p.periodStart()) && hit.periodEnd().equals(p.periodEnd())) {
                    periodCorrect++;
                } else {
                    wrongPeriods.add(new Row[] {p, hit});
                }
            }
        }
        Map<String, int[]> byFamily = new TreeMap<>();
        List<Row> misses = new ArrayList<>();
        int goldRows = 0;
        for (List<Row> rows : goldByKey.values()) {
            for (Row g : rows) {
                if (!catalog.contains(g.indicator())) {
                    continue;
                }
                goldRows++;
                int[] c = byFamily.computeIfAbsent(g.family() == null ? "?" : g.family(), k -> new int[2]);
                c[1]++;
                if (goldFound.contains(g)) {
                    c[0]++;
                } else {
                    misses.add(g);
                }
            }
        }
        return new Result(scored, matched, goldRows, goldFound.size(), periodChecked, periodCorrect, byFamily, misses, falsePositives, wrongPeriods);
    }

    /** Reads a gold CSV: doc, indicator, measure, status, value, value_high, period_start, period_end, score, evidence. */
    public static List<Row> readGold(Path file, Map<String, String> familyOf) throws IOException {
        List<Row> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                String high = rec.get("value_high");
                out.add(new Row(rec.get("doc"), rec.get("indicator"), familyOf.get(rec.get("indicator")), rec.get("measure"),
                        rec.get("status"), Double.parseDouble(rec.get("value")), high.isBlank() ? null : Double.parseDouble(high),
                        rec.get("period_start"), rec.get("period_end"), rec.get("evidence"), "ignore".equalsIgnoreCase(rec.get("score"))));
            }
        }
        return out;
    }

    /** The observations in a warehouse, as rows to score. */
    public static List<Row> readWarehouse(Connection c, Map<String, String> familyOf) throws SQLException {
        List<Row> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT source_file, indicator, measure, status, value, value_high,
                       strftime(period_start, '%Y-%m'), strftime(period_end, '%Y-%m'), evidence
                FROM fact_observation ORDER BY source_file, char_start""")) {
            while (rs.next()) {
                double high = rs.getDouble(6);
                Double h = rs.wasNull() ? null : high;
                out.add(new Row(rs.getString(1), rs.getString(2), familyOf.get(rs.getString(2)), rs.getString(3), rs.getString(4),
                        rs.getDouble(5), h, rs.getString(7), rs.getString(8), rs.getString(9), false));
            }
        }
        return out;
    }
}
