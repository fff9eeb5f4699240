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

    private static final Pattern HEADER = Pattern.compile("^[ \\t]*(\\d{1,3})(?:[ \\t]+|[ \\t]*[-–][ \\t]+)(?=\\S)");
    /** Letters before a glued digit that make a unit or a name, not a mark: m2, km2, CO2, H5N1. */
    private static final Set<String> UNIT_STEMS = Set.of("m", "km", "cm", "mm", "ha", "co", "h", "n", "pm", "f", "g", "b", "x");

    private final Map<Integer, Mark> anchors = new HashMap<>();
    private final Map<Integer, Integer> headerNumberAtLine = new HashMap<>();

    FootnoteMarks(String raw, List<int[]> lines) {
        Map<Integer, List<Mark>> candidates = candidates(raw);
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

    /**
     * Every run of digits that may be a mark, in one pass over the text: one to three digits glued after a
     * lower-case letter or a closing sign ('88,04%30', 'doanh nghiệp31 ('), a year with one to three digits glued
     * after it ('năm 202143 với'), one to three digits alone before an opening bracket ('tình hình 56(').
     */
    private static Map<Integer, List<Mark>> candidates(String raw) {
        Map<Integer, List<Mark>> out = new HashMap<>();
        int n = raw.length();
        int i = 0;
        while (i < n) {
            if (!isDigit(raw.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && isDigit(raw.charAt(j))) {
                j++;
            }
            char before = i > 0 ? raw.charAt(i - 1) : ' ';
            char after = j < n ? raw.charAt(j) : '\n';
            int length = j - i;
            if (length <= 3 && gluedBefore(before) && (Character.isWhitespace(after) || ",.;:()-…".indexOf(after) >= 0)
                    && !unitStem(raw, i)) {
                add(out, raw, i, j);
            } else if (length <= 3 && Character.isWhitespace(before) && after == '(') {
                add(out, raw, i, j);
            } else if (length >= 5 && length <= 7 && (raw.startsWith("19", i) || raw.startsWith("20", i)) && afterYearWord(raw, i)
                    && (Character.isWhitespace(after) || ",.;:()".indexOf(after) >= 0)) {
                add(out, raw, i + 4, j);
            }
            i = j;
        }
        return out;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean gluedBefore(char c) {
        return Character.isLowerCase(c) || "%)]”\"…".indexOf(c) >= 0;
    }

    private static boolean afterYearWord(String raw, int i) {
        return i >= 4 && raw.startsWith("năm ", i - 4);
    }

    private static void add(Map<Integer, List<Mark>> out, String raw, int from, int to) {
        int n = Integer.parseInt(raw.substring(from, to));
        if (n > 0) {
            out.computeIfAbsent(n, k -> new ArrayList<>()).add(new Mark(n, from, to));
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
