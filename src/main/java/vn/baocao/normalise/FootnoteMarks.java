package vn.baocao.normalise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.read.TextChars;

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
    private static final int MAX_STEM = UNIT_STEMS.stream().mapToInt(String::length).max().orElse(0);

    private final Map<Integer, Mark> anchors = new HashMap<>();
    /** Per line: the footnote number whose body starts there (0 for none), and where the body's text starts. */
    private final int[] headerNumberAtLine;
    private final int[] bodyStartAtLine;

    FootnoteMarks(TextChars raw, LayoutRepair.Lines lines) {
        char[] chars = raw.array();
        headerNumberAtLine = new int[lines.count()];
        bodyStartAtLine = new int[lines.count()];
        // First the lines that look like footnotes, then the marks above the last of them: most reports have no
        // such line, and no mark below the last footnote can belong to one.
        Matcher h = HEADER.matcher(raw);
        int lastHeader = -1;
        for (int i = 0; i < lines.count(); i++) {
            // lookingAt, not find: the pattern is anchored at the line's start, and find would try every later
            // position of the line too before giving up.
            if (startsWithDigit(chars, lines.start(i), lines.end(i)) && h.region(lines.start(i), lines.end(i)).lookingAt()) {
                headerNumberAtLine[i] = Integer.parseInt(h.group(1));
                bodyStartAtLine[i] = h.end();
                lastHeader = i;
            }
        }
        if (lastHeader < 0) {
            return;
        }
        Map<Integer, List<Mark>> candidates = candidates(chars, raw.length(), lines.start(lastHeader));
        for (int i = 0; i <= lastHeader; i++) {
            int n = headerNumberAtLine[i];
            if (n == 0) {
                continue; // no header, or footnote 0, which no mark refers to
            }
            Mark anchor = anchors.containsKey(n) ? null : lastBefore(candidates.getOrDefault(n, List.of()), lines.start(i));
            if (anchor != null) {
                anchors.put(n, anchor);
            } else {
                headerNumberAtLine[i] = 0;
            }
        }
    }

    /**
     * The last mark that ends by {@code offset}: the one a footnote starting there refers to. Marks are in the order
     * of the text, so it is found by halving, not by reading them all for every footnote line (a report with a
     * thousand lines numbered 31 and a thousand marks 31 would be read a million times).
     */
    private static Mark lastBefore(List<Mark> marks, int offset) {
        int lo = 0;
        int hi = marks.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (marks.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo == 0 ? null : marks.get(lo - 1);
    }

    /** Whether the line's first character other than a space or a tab is a digit, as a header's must be. */
    private static boolean startsWithDigit(char[] raw, int from, int to) {
        int i = from;
        while (i < to && (raw[i] == ' ' || raw[i] == '\t')) {
            i++;
        }
        return i < to && isDigit(raw[i]);
    }

    /**
     * Every run of digits that may be a mark, in one pass over the text: one to three digits glued after a
     * lower-case letter or a closing sign ('88,04%30', 'doanh nghiệp31 ('), a year with one to three digits glued
     * after it ('năm 202143 với'), one to three digits alone before an opening bracket ('tình hình 56(').
     * Only runs that start before {@code limit} are looked at, in the text of the first {@code textLength} chars of raw.
     */
    private static Map<Integer, List<Mark>> candidates(char[] raw, int textLength, int limit) {
        Map<Integer, List<Mark>> out = new HashMap<>();
        int n = textLength;
        int i = 0;
        while (i < limit) {
            // To the next digit, with nothing called on the way: a call in the loop that reads every character would
            // have C1 keep its locals in memory.
            while (i < limit && !isDigit(raw[i])) {
                i++;
            }
            if (i == limit) {
                break;
            }
            int j = i;
            while (j < n && isDigit(raw[j])) {
                j++;
            }
            char before = i > 0 ? raw[i - 1] : ' ';
            char after = j < n ? raw[j] : '\n';
            int length = j - i;
            // Most runs are figures followed by a letter, a digit separator or a sign no mark stands before:
            // the sign after the run is tried first.
            if (length <= 3 && (CharKinds.whitespace(after) || endsMark(after) || after == '-' || after == '…')) {
                if (gluedBefore(before) && !unitStemBefore(raw, i)) {
                    add(out, raw, i, j);
                } else if (CharKinds.whitespace(before) && after == '(') {
                    add(out, raw, i, j);
                }
            } else if (length >= 5 && length <= 7 && (raw[i] == '1' && raw[i + 1] == '9' || raw[i] == '2' && raw[i + 1] == '0')
                    && afterYearWord(raw, i) && (CharKinds.whitespace(after) || endsMark(after))) {
                add(out, raw, i + 4, j);
            }
            i = j;
        }
        return out;
    }

    private static boolean isDigit(char c) {
        return (char) (c - '0') <= 9; // one comparison: below '0' wraps round to a large char
    }

    private static boolean gluedBefore(char c) {
        return CharKinds.is(c, CharKinds.LOWER) || c == '%' || c == ')' || c == ']' || c == '”' || c == '"' || c == '…';
    }

    /** A sign that may follow a mark, of ",.;:()". */
    private static boolean endsMark(char c) {
        return c == ',' || c == '.' || c == ';' || c == ':' || c == '(' || c == ')';
    }

    private static boolean afterYearWord(char[] raw, int i) {
        return i >= 4 && raw[i - 4] == 'n' && raw[i - 3] == 'ă' && raw[i - 2] == 'm' && raw[i - 1] == ' ';
    }

    private static void add(Map<Integer, List<Mark>> out, char[] raw, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            n = n * 10 + raw[k] - '0'; // at most three digits
        }
        if (n > 0) {
            out.computeIfAbsent(n, k -> new ArrayList<>()).add(new Mark(n, from, to));
        }
    }

    /** Whether the letters right before {@code end} are a unit stem (the 'km' of 'km2'). */
    static boolean unitStemBefore(char[] text, int end) {
        int i = end;
        while (i > 0 && end - i <= MAX_STEM && Character.isLetter(text[i - 1])) {
            i--;
        }
        // Lower-casing never shortens a word, so letters longer than the longest stem are no stem.
        return end - i <= MAX_STEM && isUnitStem(new String(text, i, end - i));
    }

    /** Letters that take a digit after them as part of a unit or a name (m2, km2, CO2), not as a figure. */
    static boolean isUnitStem(String letters) {
        return UNIT_STEMS.contains(letters.toLowerCase(java.util.Locale.ROOT));
    }

    /** The footnote number whose body starts on this line, 0 if none. */
    int headerAt(int line) {
        return headerNumberAtLine[line];
    }

    /** Where the body of the footnote that starts on this line starts, after its number. */
    int bodyStart(int line) {
        return bodyStartAtLine[line];
    }

    /** Confirmed marks in order of their start, to be left out of the text. */
    Mark[] inOrder() {
        if (anchors.isEmpty()) {
            return new Mark[0];
        }
        return anchors.values().stream().sorted(java.util.Comparator.comparingInt(Mark::start)).toArray(Mark[]::new);
    }
}
