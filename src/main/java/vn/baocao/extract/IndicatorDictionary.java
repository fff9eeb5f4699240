package vn.baocao.extract;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The declarative dictionary that says which words name which indicator. It is
 * a CSV file a statistician edits (see jobs/dictionary/README.md); this class
 * only loads it and finds its phrases in text.
 */
public final class IndicatorDictionary {

    private static final List<String> COLUMNS = List.of("code", "family", "unit", "name_vi", "name_en", "phrases", "context", "exclude");

    private final Map<String, Indicator> byCode;
    private final List<PhraseHitPattern> patterns;

    /** A phrase to look for; one with '...' ('tổng vốn đầu tư ... toàn xã hội') allows up to four words in the gap. */
    private record PhraseHitPattern(Indicator indicator, String phrase, java.util.regex.Pattern gapped) {

        static PhraseHitPattern of(Indicator indicator, String phrase) {
            if (!phrase.contains("...")) {
                return new PhraseHitPattern(indicator, phrase, null);
            }
            StringBuilder re = new StringBuilder();
            String[] parts = phrase.split("\\.\\.\\.");
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    re.append("\\s+(?:\\S+\\s+){0,4}?");
                }
                re.append(java.util.regex.Pattern.quote(parts[i].strip()));
            }
            return new PhraseHitPattern(indicator, phrase, java.util.regex.Pattern.compile(re.toString()));
        }
    }

    public IndicatorDictionary(List<Indicator> indicators) {
        Map<String, Indicator> map = new LinkedHashMap<>();
        List<PhraseHitPattern> ps = new ArrayList<>();
        for (Indicator ind : indicators) {
            if (map.putIfAbsent(ind.code(), ind) != null) {
                throw new IllegalArgumentException("indicator code '" + ind.code() + "' appears twice in the dictionary");
            }
            for (String p : ind.phrases()) {
                ps.add(PhraseHitPattern.of(ind, p));
            }
        }
        // Longer phrases first, so that at one position the most specific phrase wins.
        ps.sort(Comparator.comparingInt((PhraseHitPattern p) -> -p.phrase().length()));
        this.byCode = Collections.unmodifiableMap(map);
        this.patterns = List.copyOf(ps);
    }

    public static IndicatorDictionary load(Path csv) throws IOException {
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return read(r, csv.toString());
        }
    }

    /** The dictionary bundled in the jar, for runs without a jobs/ folder. */
    public static IndicatorDictionary loadBundled() throws IOException {
        String resource = "jobs/dictionary/indicators.csv";
        java.io.InputStream in = IndicatorDictionary.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("the bundled dictionary " + resource + " is missing from the jar");
        }
        try (Reader r = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(r, resource);
        }
    }

    public static IndicatorDictionary read(Reader reader, String name) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        List<Indicator> list = new ArrayList<>();
        for (CSVRecord r : format.parse(reader)) {
            for (String col : COLUMNS) {
                if (!r.isMapped(col)) {
                    throw new IllegalArgumentException(name + ": missing column '" + col + "'");
                }
            }
            String code = r.get("code");
            if (code.isBlank()) {
                continue;
            }
            Unit unit;
            try {
                unit = Unit.ofCode(r.get("unit"));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + " line " + r.getRecordNumber() + ": " + e.getMessage(), e);
            }
            list.add(new Indicator(code, r.get("family"), unit, r.get("name_vi"), r.get("name_en"),
                    split(r.get("phrases")), split(r.get("context")), split(r.get("exclude")),
                    optional(r, "pair_whole"), optional(r, "growth_of"), optional(r, "rate_of")));
        }
        IndicatorDictionary d = new IndicatorDictionary(list);
        for (Indicator i : list) {
            for (String ref : new String[] {i.pairWhole(), i.growthOf(), i.rateOf()}) {
                if (ref != null && d.get(ref) == null) {
                    throw new IllegalArgumentException(name + ": " + i.code() + " refers to '" + ref + "', which is not in the dictionary");
                }
            }
        }
        return d;
    }

    private static String optional(CSVRecord r, String column) {
        String v = r.isMapped(column) ? r.get(column).trim() : "";
        return v.isEmpty() ? null : v;
    }

    /** The completion rate of {@code code}, if the dictionary names one. */
    public java.util.Optional<Indicator> rateOf(String code) {
        return byCode.values().stream().filter(i -> code.equals(i.rateOf())).findFirst();
    }

    /** The growth-rate indicator that a year-on-year change of {@code code} is reported as, if any. */
    public java.util.Optional<Indicator> growthRateOf(String code) {
        return byCode.values().stream().filter(i -> code.equals(i.growthOf())).findFirst();
    }

    private static List<String> split(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).map(IndicatorDictionary::fold).toList();
    }

    /** The form phrases and text are compared in: NFC, lower case. */
    public static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    public Indicator get(String code) {
        return byCode.get(code);
    }

    public List<Indicator> indicators() {
        return List.copyOf(byCode.values());
    }

    /**
     * Every phrase occurrence in {@code folded} (text already passed through {@link #fold}), at word
     * boundaries. Several indicators may share a phrase ('ma túy' names both the cases and the
     * persons); the unit of the figure decides between them later.
     */
    public List<PhraseHit> find(String folded) {
        List<PhraseHit> hits = new ArrayList<>();
        for (PhraseHitPattern p : patterns) {
            if (p.gapped() != null) {
                java.util.regex.Matcher m = p.gapped().matcher(folded);
                while (m.find()) {
                    if (boundary(folded, m.start() - 1) && boundary(folded, m.end())) {
                        hits.add(new PhraseHit(p.indicator(), p.phrase(), m.start(), m.end()));
                    }
                }
                continue;
            }
            int from = 0;
            while (true) {
                int at = folded.indexOf(p.phrase(), from);
                if (at < 0) {
                    break;
                }
                int end = at + p.phrase().length();
                if (boundary(folded, at - 1) && boundary(folded, end)) {
                    hits.add(new PhraseHit(p.indicator(), p.phrase(), at, end));
                }
                from = at + 1;
            }
        }
        hits.sort(Comparator.comparingInt(PhraseHit::start).thenComparingInt(h -> -(h.end() - h.start())));
        // A phrase inside a longer one of the same unit ('khởi tố' in 'tin báo về tội phạm, kiến nghị khởi tố')
        // is not a hit of its own; one of another unit may still own other figures ('vi phạm pháp luật' cases
        // inside 'đối tượng vi phạm pháp luật' persons).
        List<PhraseHit> kept = new ArrayList<>();
        for (PhraseHit h : hits) {
            boolean inside = hits.stream().anyMatch(o -> o != h && o.start() <= h.start() && o.end() >= h.end()
                    && (o.end() - o.start()) > (h.end() - h.start()) && o.indicator().unit() == h.indicator().unit()
                    && !o.phrase().contains("...")); // a phrase with a gap spans other words, not a longer wording
            if (!inside) {
                kept.add(h);
            }
        }
        return kept;
    }

    private static boolean boundary(String s, int i) {
        return i < 0 || i >= s.length() || !Character.isLetterOrDigit(s.charAt(i));
    }
}
