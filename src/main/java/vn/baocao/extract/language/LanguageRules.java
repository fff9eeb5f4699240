package vn.baocao.extract.language;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.baocao.extract.text.Fold;
import vn.baocao.extract.text.Lexicon;
import vn.baocao.extract.text.PhraseIndex;
import vn.baocao.extract.text.TokenPattern;
import vn.baocao.extract.text.Tokens;
import vn.baocao.extract.text.WholeLinePatterns;

/**
 * The language rules of jobs/language, loaded once and compiled into matchers:
 * one lexicon for every cue phrase (measures, statuses, units, qualifiers,
 * places, bases, fillers), the period patterns, the page-furniture patterns and
 * the abbreviations. Nothing here knows a sentence; it only knows the files.
 */
public final class LanguageRules {

    public static final List<String> FILES = List.of("units.csv", "measures.csv", "statuses.csv", "periods.csv",
            "qualifiers.csv", "places.csv", "bases.csv", "fillers.csv", "abbreviations.csv", "furniture.csv", "tables.csv");

    private static final Set<String> MEASURE_CUES = Set.of("up", "down", "compare", "same_period", "previous_period", "plan",
            "reach", "equivalent", "exceed", "exceed_plan", "times", "times_unit", "share", "growth", "contribution", "unchanged", "none", "remainder");
    private static final Set<String> QUALIFIER_KINDS = Set.of("more_than", "less_than", "about", "at_least", "at_least_after",
            "at_most", "at_most_after", "not_a_figure", "a_figure");
    private static final Set<String> PLACE_KINDS = Set.of("type", "issuer", "elsewhere");
    private static final Set<String> BASIS_KINDS = Set.of("price", "current_price", "season", "plan_body");

    private final Lexicon<Cue> cues = new Lexicon<>();
    private final Lexicon<Cue> cueSkeletons = new Lexicon<>(Fold::skeleton);
    private final Lexicon<Cue> tableCues = new Lexicon<>();
    private final List<PeriodRule> periods = new ArrayList<>();
    private final List<TokenPattern> furniture = new ArrayList<>();
    private WholeLinePatterns furnitureLines = new WholeLinePatterns(List.of());
    private final Lexicon<List<String>> abbreviations = new Lexicon<>();
    private final Map<String, List<Example>> examples = new LinkedHashMap<>();

    private LanguageRules() {
    }

    /** Loads the rule files from a folder, or the bundled ones when {@code folder} is null. */
    public static LanguageRules load(Path folder) throws IOException {
        if (folder != null && !Files.isDirectory(folder)) {
            throw new IOException("language rules folder not found: " + folder.toAbsolutePath());
        }
        LanguageRules rules = new LanguageRules();
        rules.units(RuleFile.read(folder, "units.csv", "phrase", "kind", "unit", "factor", "example", "expect"));
        rules.simple(RuleFile.read(folder, "measures.csv", "phrase", "cue", "example", "expect"), "measures.csv",
                Cue.Category.MEASURE, "cue", null, MEASURE_CUES);
        rules.simple(RuleFile.read(folder, "statuses.csv", "phrase", "status", "scope", "example", "expect"), "statuses.csv",
                Cue.Category.STATUS, "status", "scope", Set.of("estimate", "forecast", "target", "observed", "name", "inherit"));
        rules.simple(RuleFile.read(folder, "qualifiers.csv", "phrase", "kind", "example", "expect"), "qualifiers.csv",
                Cue.Category.QUALIFIER, "kind", null, QUALIFIER_KINDS);
        rules.simple(RuleFile.read(folder, "places.csv", "phrase", "kind", "detail", "example", "expect"), "places.csv",
                Cue.Category.PLACE, "kind", "detail", PLACE_KINDS);
        rules.simple(RuleFile.read(folder, "bases.csv", "phrase", "kind", "label", "example", "expect"), "bases.csv",
                Cue.Category.BASIS, "kind", "label", BASIS_KINDS);
        rules.simple(RuleFile.read(folder, "fillers.csv", "phrase", "example", "expect"), "fillers.csv",
                Cue.Category.FILLER, null, null, null);
        rules.simple(RuleFile.read(folder, "tables.csv", "phrase", "role", "example", "expect"), "tables.csv",
                Cue.Category.TABLE, "role", null, Set.of("name", "unit", "number", "compare", "done", "unit_note", "total"));
        rules.periods(RuleFile.read(folder, "periods.csv", "pattern", "meaning", "example", "expect"));
        rules.abbreviations(RuleFile.read(folder, "abbreviations.csv", "abbreviation", "expansion", "example", "expect"));
        rules.furniture(RuleFile.read(folder, "furniture.csv", "pattern", "example"));
        return rules;
    }

    public static LanguageRules loadBundled() throws IOException {
        return load(null);
    }

    private void units(List<RuleFile.Row> rows) {
        for (RuleFile.Row r : rows) {
            String kind = r.get("kind");
            Cue.Category category = kind.equals("multiplier") ? Cue.Category.MULTIPLIER : Cue.Category.UNIT;
            if (!Set.of("multiplier", "unit", "percent", "points", "other").contains(kind)) {
                throw r.error("kind must be multiplier, unit, percent, points or other, not '" + kind + "'");
            }
            String unit = r.get("unit");
            if (!unit.isEmpty()) {
                try {
                    unit = Unit.ofCode(unit).code();
                } catch (IllegalArgumentException e) {
                    throw r.error(e.getMessage());
                }
            }
            double factor;
            try {
                factor = Double.parseDouble(r.get("factor"));
            } catch (NumberFormatException e) {
                throw r.error("factor must be a number, not '" + r.get("factor") + "'");
            }
            Cue cue = new Cue(category, kind, unit, factor, r.where());
            add(r, cue);
            example("units.csv", r, "phrase");
        }
    }

    private void simple(List<RuleFile.Row> rows, String file, Cue.Category category, String typeColumn, String detailColumn,
                        Set<String> allowed) {
        for (RuleFile.Row r : rows) {
            String type = typeColumn == null ? "filler" : r.get(typeColumn);
            if (allowed != null && !allowed.contains(type)) {
                throw r.error("'" + typeColumn + "' must be one of " + new java.util.TreeSet<>(allowed) + ", not '" + type + "'");
            }
            String detail = detailColumn == null ? "" : r.get(detailColumn);
            double number = 0;
            if (!r.get("year_starts").isEmpty()) {
                try {
                    number = Integer.parseInt(r.get("year_starts"));
                } catch (NumberFormatException e) {
                    throw r.error("year_starts must be a month number, not '" + r.get("year_starts") + "'");
                }
            }
            add(r, new Cue(category, type, Fold.plain(detail), number, r.where()));
            example(file, r, "phrase");
        }
    }

    private void add(RuleFile.Row r, Cue cue) {
        List<String> phrases = r.list("phrase");
        if (phrases.isEmpty()) {
            throw r.error("no phrase");
        }
        for (String p : phrases) {
            if (cue.category() == Cue.Category.TABLE) {
                tableCues.add(p, cue);   // header words: not read in prose
                continue;
            }
            cues.add(p, cue);
            cueSkeletons.add(p, cue);
        }
    }

    private void periods(List<RuleFile.Row> rows) {
        for (RuleFile.Row r : rows) {
            String meaning = r.get("meaning");
            Integer fixed = null;
            int open = meaning.indexOf('(');
            if (open > 0 && meaning.endsWith(")")) {
                try {
                    fixed = Integer.parseInt(meaning.substring(open + 1, meaning.length() - 1).strip());
                } catch (NumberFormatException e) {
                    throw r.error("meaning '" + meaning + "': the number in brackets must be a whole number");
                }
                meaning = meaning.substring(0, open).strip();
            }
            if (!PeriodRule.MEANINGS.contains(meaning)) {
                throw r.error("unknown meaning '" + meaning + "'; known: " + new java.util.TreeSet<>(PeriodRule.MEANINGS));
            }
            for (String alternative : r.get("pattern").split(" \\| ")) {
                try {
                    periods.add(new PeriodRule(TokenPattern.compile(alternative), meaning, fixed, r.where()));
                } catch (IllegalArgumentException e) {
                    throw r.error(e.getMessage());
                }
            }
            example("periods.csv", r, "pattern");
        }
    }

    private void abbreviations(List<RuleFile.Row> rows) {
        for (RuleFile.Row r : rows) {
            List<String> expansion = abbreviations.words(r.get("expansion"));
            if (expansion.isEmpty()) {
                throw r.error("no expansion");
            }
            for (String a : r.get("abbreviation").split("\\|")) {
                abbreviations.add(a.strip(), expansion);
            }
            example("abbreviations.csv", r, "abbreviation");
        }
    }

    private void furniture(List<RuleFile.Row> rows) {
        for (RuleFile.Row r : rows) {
            for (String alternative : r.get("pattern").split(" \\| ")) {
                try {
                    furniture.add(TokenPattern.compile(alternative));
                } catch (IllegalArgumentException e) {
                    throw r.error(e.getMessage());
                }
            }
            example("furniture.csv", r, "pattern");
        }
        furnitureLines = new WholeLinePatterns(furniture);
    }

    private void example(String file, RuleFile.Row r, String entryColumn) {
        examples.computeIfAbsent(file, f -> new ArrayList<>()).add(Example.of(r, entryColumn));
    }

    /** The cue phrases, read by words or, for a damaged text, by skeletons (see {@link Fold#skeleton}). */
    Lexicon<Cue> cueLexicon(boolean damaged) {
        return damaged ? cueSkeletons : cues;
    }

    /** The words of table headers (tables.csv) in tokens [from, to). */
    public List<PhraseIndex.Hit<Cue>> tableCues(Tokens tokens, int from, int to) {
        return tableCues.find(tokens, from, to);
    }

    /**
     * Abbreviations in tokens [from, to), with the lower-case words they stand for, that start at tokens
     * {@code mayStart} accepts.
     */
    public List<PhraseIndex.Hit<List<String>>> abbreviations(Tokens tokens, int from, int to, java.util.function.IntPredicate mayStart) {
        return abbreviations.find(tokens, from, to, mayStart);
    }

    public List<PeriodRule> periodRules() {
        return Collections.unmodifiableList(periods);
    }

    /** The furniture patterns, for telling whether a short line matches one whole. */
    public WholeLinePatterns furnitureLines() {
        return furnitureLines;
    }

    /** The example sentences of each rule file, for the test that runs them. */
    public Map<String, List<Example>> examples() {
        return Collections.unmodifiableMap(examples);
    }
}
