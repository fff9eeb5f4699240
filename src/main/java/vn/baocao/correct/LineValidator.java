package vn.baocao.correct;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Turns one record of the corrections file into a {@link Correction}, or says what is wrong with it. */
final class LineValidator {

    /** The measures and statuses fact_observation allows (warehouse/schema/04_facts.sql). */
    static final Set<String> MEASURES = Set.of("value", "pct_of_target", "yoy_pct", "yoy_abs", "mom_pct", "prev_value");
    static final Set<String> STATUSES = Set.of("actual", "estimate", "target");
    private static final Pattern PERIOD = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /** Why a line cannot be applied, in words for the person who wrote it. */
    static final class BadLine extends Exception {
        BadLine(String message) {
            super(message, null, false, false);
        }
    }

    private final Predicate<String> knownIndicator;

    LineValidator(Predicate<String> knownIndicator) {
        this.knownIndicator = knownIndicator;
    }

    Correction validate(int line, Map<String, String> v) throws BadLine {
        Correction.Action action = action(v.get("action"));
        String file = blankToNull(v.get("file"));
        if (file == null) {
            throw new BadLine("'file' is empty: name the report (its file name, as in fact_observation.source_file)");
        }
        List<String> missing = new ArrayList<>();
        for (String c : List.of("who", "when", "why")) {
            if (blankToNull(v.get(c)) == null) {
                missing.add(c);
            }
        }
        if (!missing.isEmpty()) {
            throw new BadLine("missing " + String.join(", ", missing) + ": every correction says who made it, when and why");
        }
        String when = v.get("when");
        if (!isDateOrTime(when)) {
            throw new BadLine("'when' is '" + when + "', not a date (2026-11-30) or a date and time (2026-11-30T14:05)");
        }
        String sha = blankToNull(v.get("sha256"));
        if (sha != null && !SHA256.matcher(sha.toLowerCase(Locale.ROOT)).matches()) {
            throw new BadLine("'sha256' is not a SHA-256 hash (64 hexadecimal digits): '" + sha + "'");
        }
        Integer charStart = whole(v, "char_start");
        Integer charEnd = whole(v, "char_end");
        Integer tableIndex = whole(v, "table_index");
        Integer tableRow = whole(v, "table_row");
        Integer tableCol = whole(v, "table_col");
        if ((charStart == null) != (charEnd == null)) {
            throw new BadLine("char_start and char_end go together: give both, or neither");
        }
        if (charStart != null && charStart >= charEnd) {
            throw new BadLine("char_start " + charStart + " is not before char_end " + charEnd);
        }
        int cellParts = (tableIndex == null ? 0 : 1) + (tableRow == null ? 0 : 1) + (tableCol == null ? 0 : 1);
        if (cellParts != 0 && cellParts != 3) {
            throw new BadLine("table_index, table_row and table_col go together: give all three, or none");
        }
        String evidence = blankToNull(v.get("evidence"));
        if (action != Correction.Action.ADD && charStart == null && cellParts == 0 && evidence == null) {
            throw new BadLine("no key: give the figure's char_start and char_end, or its table cell, or its evidence text");
        }
        String indicator = blankToNull(v.get("indicator"));
        if (indicator != null && !knownIndicator.test(indicator)) {
            throw new BadLine("unknown indicator '" + indicator + "' (not in the indicator dictionary)");
        }
        String measure = oneOf(v, "measure", MEASURES);
        String status = oneOf(v, "status", STATUSES);
        YearMonth from = period(v, "period_start");
        YearMonth to = period(v, "period_end");
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadLine("period_start " + from + " is after period_end " + to);
        }
        Double value = number(v.get("value"));
        String area = blankToNull(v.get("area"));
        if (action == Correction.Action.CHANGE && indicator == null && measure == null && status == null && from == null
                && to == null && value == null && area == null) {
            throw new BadLine("a change names no new value: fill in at least one of indicator, measure, status, period_start, "
                    + "period_end, value, area");
        }
        if (action == Correction.Action.ADD) {
            List<String> lacking = new ArrayList<>();
            addIfNull(lacking, "indicator", indicator);
            addIfNull(lacking, "measure", measure);
            addIfNull(lacking, "status", status);
            addIfNull(lacking, "period_start", from);
            addIfNull(lacking, "period_end", to);
            addIfNull(lacking, "value", value);
            if (!lacking.isEmpty()) {
                throw new BadLine("an added figure needs " + String.join(", ", lacking));
            }
        }
        return new Correction(line, file, sha == null ? null : sha.toLowerCase(Locale.ROOT), charStart, charEnd, tableIndex,
                tableRow, tableCol, evidence, action, indicator, measure, status, from, to, value, area, v.get("who"), when,
                v.get("why"));
    }

    private static Correction.Action action(String raw) throws BadLine {
        String a = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        for (Correction.Action known : Correction.Action.values()) {
            if (known.code().equals(a)) {
                return known;
            }
        }
        throw new BadLine("unknown action '" + raw + "' (confirm, change, delete or add)");
    }

    private static Integer whole(Map<String, String> v, String column) throws BadLine {
        String s = blankToNull(v.get(column));
        if (s == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(s);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadLine("'" + column + "' is '" + s + "', not a whole number from 0");
    }

    private static String oneOf(Map<String, String> v, String column, Set<String> allowed) throws BadLine {
        String s = blankToNull(v.get(column));
        if (s == null) {
            return null;
        }
        if (!allowed.contains(s)) {
            throw new BadLine("unknown " + column + " '" + s + "' (one of " + String.join(", ", allowed.stream().sorted().toList()) + ")");
        }
        return s;
    }

    private static YearMonth period(Map<String, String> v, String column) throws BadLine {
        String s = blankToNull(v.get(column));
        if (s == null) {
            return null;
        }
        try {
            if (PERIOD.matcher(s).matches()) {
                return YearMonth.parse(s);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new BadLine("'" + column + "' is '" + s + "', not a month written YYYY-MM (2024-03)");
    }

    private static Double number(String raw) throws BadLine {
        String s = blankToNull(raw);
        if (s == null) {
            return null;
        }
        if (!NUMBER.matcher(s).matches()) {
            throw new BadLine("'value' is '" + s + "', not a plain number in the indicator's unit with '.' as the decimal point "
                    + "(5453000000000, 36.28)");
        }
        return Double.parseDouble(s);
    }

    private static boolean isDateOrTime(String s) {
        String t = s.strip().replace(' ', 'T');
        try {
            LocalDate.parse(t);
            return true;
        } catch (DateTimeParseException notDate) {
            try {
                LocalDateTime.parse(t);
                return true;
            } catch (DateTimeParseException notTime) {
                return false;
            }
        }
    }

    private static void addIfNull(List<String> lacking, String column, Object value) {
        if (value == null) {
            lacking.add(column);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
