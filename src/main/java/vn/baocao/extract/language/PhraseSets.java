package vn.baocao.extract.language;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Named sets of phrases that several indicators share (phrase_sets.csv beside the
 * dictionary): the ways reports name the agricultural sector ('nông, lâm nghiệp và
 * thủy sản', 'nông - lâm - thủy sản', 'nông lâm ngư nghiệp', 'khu vực I') are the
 * same whether they name its output, its growth or its share. A dictionary phrase
 * '@agri' stands for every phrase of the set, 'giá trị sản xuất @agri' for each of
 * them after those words, '~@agri' for each as a weak phrase.
 */
final class PhraseSets {

    static final String[] COLUMNS = {"set", "phrases"};
    static final PhraseSets NONE = new PhraseSets(Map.of(), List.of());

    private final Map<String, List<String>> sets;
    private final List<Example> examples;

    private PhraseSets(Map<String, List<String>> sets, List<Example> examples) {
        this.sets = sets;
        this.examples = examples;
    }

    List<Example> examples() {
        return examples;
    }

    static PhraseSets of(List<RuleFile.Row> rows) {
        Map<String, List<String>> sets = new LinkedHashMap<>();
        List<Example> examples = new ArrayList<>();
        for (RuleFile.Row r : rows) {
            examples.add(Example.of(r, "set"));
            String name = r.get("set");
            if (!name.matches("[a-z_]+")) {
                throw r.error("a set name is lower-case letters and '_', not '" + name + "'");
            }
            // a set may name sets defined above it: 'khu vực @agri_name'
            List<String> phrases = new PhraseSets(sets, List.of()).expand(r.list("phrases"), r);
            if (sets.putIfAbsent(name, phrases) != null) {
                throw r.error("phrase set '" + name + "' appears twice");
            }
            if (sets.get(name).isEmpty()) {
                throw r.error("phrase set '" + name + "' has no phrases");
            }
        }
        return new PhraseSets(sets, List.copyOf(examples));
    }

    /** The phrases of a dictionary row with every '@set' replaced by each phrase of the set. */
    List<String> expand(List<String> phrases, RuleFile.Row row) {
        List<String> out = new ArrayList<>();
        for (String p : phrases) {
            int at = p.indexOf('@');
            if (at < 0) {
                out.add(p);
                continue;
            }
            int end = at + 1;
            while (end < p.length() && (Character.isLetter(p.charAt(end)) || p.charAt(end) == '_')) {
                end++;
            }
            String name = p.substring(at + 1, end);
            List<String> set = sets.get(name);
            if (set == null) {
                throw row.error("phrase '" + p + "' refers to the set '" + name + "', which " + IndicatorDictionary.PHRASE_SETS
                        + " does not define (sets: " + sets.keySet() + ")");
            }
            for (String member : set) {
                out.add((p.substring(0, at) + member + p.substring(end)).replaceAll("\\s+", " ").replace("~ ", "~"));
            }
        }
        return out;
    }
}
