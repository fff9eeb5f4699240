package vn.baocao.normalise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds footnote reference marks that lost their superscript when the report
 * was converted to text: 'đạt 88,04%30', 'doanh nghiệp31 (', 'năm 202143 với',
 * 'tình hình56,'. A glued number counts as a mark only when a footnote with that
 * number appears below it (a line that starts with the number), so a stray
 * figure is never dropped on a guess.
 */
final class FootnoteMarks {

    /** A mark: the footnote number and the raw characters it occupies. */
    record Mark(int number, int start, int end) {
    }

    private static final Pattern GLUED = Pattern.compile(
            "(?<=[\\p{Ll}%)\\]”\"…])(\\d{1,3})(?=[\\s,.;:()\\-…]|$)", Pattern.UNICODE_CASE);
    private static final Pattern AFTER_YEAR = Pattern.compile(
            "(?<=năm )((?:19|20)\\d{2})(\\d{1,3})(?=[\\s,.;:()]|$)", Pattern.UNICODE_CASE);
    private static final Pattern BEFORE_PAREN = Pattern.compile("(?<=\\s)(\\d{1,3})(?=\\()");
    private static final Pattern HEADER = Pattern.compile("^[ \\t]*(\\d{1,3})(?:[ \\t]+|[ \\t]*[-–][ \\t]+)(?=\\S)");
    /** Letters before a glued digit that make a unit or a name, not a mark: m2, km2, CO2, H5N1. */
    private static final Set<String> UNIT_STEMS = Set.of("m", "km", "cm", "mm", "ha", "co", "h", "n", "pm", "f", "g", "b", "x");

    private final Map<Integer, Mark> anchors = new HashMap<>();
    private final Map<Integer, Integer> headerNumberAtLine = new HashMap<>();

    FootnoteMarks(String raw, List<int[]> lines) {
        Map<Integer, List<Mark>> candidates = new HashMap<>();
        collect(raw, GLUED, 1, candidates, true);
        collect(raw, AFTER_YEAR, 2, candidates, false);
        collect(raw, BEFORE_PAREN, 1, candidates, false);
        for (int i = 0; i < lines.size(); i++) {
            int[] l = lines.get(i);
            Matcher h = HEADER.matcher(raw.substring(l[0], l[1]));
            if (!h.find()) {
                continue;
            }
            int n = Integer.parseInt(h.group(1));
            Mark anchor = null;
            for (Mark m : candidates.getOrDefault(n, List.of())) {
                if (m.end() <= l[0]) {
                    anchor = m; // the last mark with this number above the footnote
                }
            }
            if (anchor != null && !anchors.containsKey(n)) {
                anchors.put(n, anchor);
                headerNumberAtLine.put(i, n);
            }
        }
    }

    private static void collect(String raw, Pattern p, int group, Map<Integer, List<Mark>> out, boolean checkStem) {
        Matcher m = p.matcher(raw);
        while (m.find()) {
            if (checkStem && unitStem(raw, m.start(group))) {
                continue;
            }
            int n = Integer.parseInt(m.group(group));
            if (n > 0) {
                out.computeIfAbsent(n, k -> new ArrayList<>()).add(new Mark(n, m.start(group), m.end(group)));
            }
        }
    }

    private static boolean unitStem(String raw, int digitAt) {
        int i = digitAt;
        while (i > 0 && Character.isLetter(raw.charAt(i - 1))) {
            i--;
        }
        return isUnitStem(raw.substring(i, digitAt));
    }

    /** Letters that take a digit after them as part of a unit or a name (m2, km2, CO2), not as a figure. */
    static boolean isUnitStem(String letters) {
        return UNIT_STEMS.contains(letters.toLowerCase(java.util.Locale.ROOT));
    }

    /** The footnote number whose body starts on this line, or null. */
    Integer headerAt(int line) {
        return headerNumberAtLine.get(line);
    }

    /** Length of the number prefix of a footnote header line. */
    static int headerPrefix(String lineText) {
        Matcher h = HEADER.matcher(lineText);
        return h.find() ? h.end() : 0;
    }

    /** Confirmed marks by start offset, to be left out of the text. */
    TreeMap<Integer, Mark> marksByStart() {
        TreeMap<Integer, Mark> out = new TreeMap<>();
        anchors.values().forEach(m -> out.put(m.start(), m));
        return out;
    }
}
