package vn.baocao.extract.text;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The typed holes of a {@link TokenPattern}: a month, a number of months, a
 * quarter, a year, a date. Each reads digits and the Vietnamese words for them
 * ('tháng Năm', 'sáu tháng', 'quý III', 'tháng Chạp').
 */
public enum Slot {
    /** A month of the year: 1-12, 'một'/'giêng' ... 'mười hai'/'chạp'. */
    MONTH("M"),
    /** A number of months: 1-12, 'hai' ... 'mười hai'. */
    MONTHS("N"),
    /** A quarter: I-IV or 1-4. */
    QUARTER("Q"),
    /** A year, 1945-2100. */
    YEAR("Y"),
    /** A day of the month. */
    DAY("DAY"),
    /** A date: d/m, d/m/y, d-m-y (a year written with two digits reads 20yy). */
    DATE("D"),
    /** Any number. */
    NUMBER("NUM"),
    /** Any word. */
    WORD("WORD");

    /** What a slot read: the value (month, year...) or for a date day, month and year (0 if not written). */
    public record Value(int end, int value, int month, int year) {
    }

    /*
     * Hash maps, not Map.of: nearly every word asked is none of these (a period reader asks once per distinct word of a
     * report), and a hash map turns it away by its hash alone where Map.of's table compares it with a string it holds.
     */
    private static final Map<String, Integer> MONTH_WORDS = byHash(Map.ofEntries(
            Map.entry("một", 1), Map.entry("giêng", 1), Map.entry("hai", 2), Map.entry("ba", 3), Map.entry("tư", 4),
            Map.entry("bốn", 4), Map.entry("năm", 5), Map.entry("sáu", 6), Map.entry("bảy", 7), Map.entry("tám", 8),
            Map.entry("chín", 9), Map.entry("mười", 10), Map.entry("chạp", 12)));
    private static final Map<String, Integer> COUNT_WORDS = byHash(Map.ofEntries(
            Map.entry("một", 1), Map.entry("hai", 2), Map.entry("ba", 3), Map.entry("bốn", 4), Map.entry("năm", 5),
            Map.entry("sáu", 6), Map.entry("bảy", 7), Map.entry("tám", 8), Map.entry("chín", 9), Map.entry("mười", 10)));
    private static final Map<String, Integer> ROMAN = byHash(Map.of("i", 1, "ii", 2, "iii", 3, "iv", 4));

    private static Map<String, Integer> byHash(Map<String, Integer> words) {
        return Collections.unmodifiableMap(new HashMap<>(words));
    }

    private final String code;

    Slot(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Slot ofCode(String code) {
        for (Slot s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown slot <" + code + ">; known: <M> <N> <Q> <Y> <DAY> <D> <NUM> <WORD>");
    }

    /**
     * Whether {@link #read} can succeed at token i, judged by that token alone (its lower-case form and kind), so a
     * reader may ask once per distinct word. Only a date reads on past its first token before it can say no.
     */
    public boolean mayReadAt(Tokens t, int i) {
        if (t.isNumber(i)) {
            return ofNumber(t.folded(i)) >= 0;
        }
        Set<String> words = wordsRead();
        return words == null ? t.isWord(i) : words.contains(t.folded(i));
    }

    /**
     * The lower-case forms of the tokens other than numbers that this slot can read, as {@link #mayReadAt} judges
     * them: a finite set ('năm', 'chạp' for a month; 'ii' for a quarter), empty for the slots that read only numbers,
     * or null for {@link #WORD}, which reads any word. A reader can then decide a word with one look-up.
     */
    public Set<String> wordsRead() {
        return switch (this) {
            case MONTH -> MONTH_WORDS.keySet();
            case MONTHS -> COUNT_WORDS.keySet();
            case QUARTER -> ROMAN.keySet();
            case YEAR, DAY, DATE, NUMBER -> Set.of();
            case WORD -> null;
        };
    }

    /**
     * The value this slot reads from a number token alone ('8' a month, '2021' a year), or -1 when it reads no such
     * number; 0 for a date (which reads on) and for any number.
     */
    private int ofNumber(String digits) {
        return switch (this) {
            case MONTH, MONTHS -> within(smallInt(digits), 1, 12);
            case QUARTER -> within(smallInt(digits), 1, 4);
            case YEAR -> digits.length() == 4 ? within(smallInt(digits), 1945, 2100) : -1;
            case DAY -> within(smallInt(digits), 1, 31);
            case DATE, NUMBER -> 0;
            case WORD -> -1;
        };
    }

    private static int within(int n, int min, int max) {
        return n >= min && n <= max ? n : -1;
    }

    /** Reads this slot at token i (not beyond {@code limit}), or returns null. */
    public Value read(Tokens t, int i, int limit) {
        if (i >= limit) {
            return null;
        }
        return switch (this) {
            case MONTH -> monthLike(t, i, limit, MONTH_WORDS);
            case MONTHS -> monthLike(t, i, limit, COUNT_WORDS);
            case QUARTER -> {
                Integer roman = ROMAN.get(t.folded(i));
                int q = roman != null ? roman : t.isNumber(i) ? ofNumber(t.folded(i)) : -1;
                yield q >= 0 ? new Value(i + 1, q, 0, 0) : null;
            }
            case YEAR, DAY -> {
                int n = t.isNumber(i) ? ofNumber(t.folded(i)) : -1;
                yield n >= 0 ? new Value(i + 1, n, 0, 0) : null;
            }
            case DATE -> date(t, i, limit);
            case NUMBER -> t.isNumber(i) ? new Value(i + 1, 0, 0, 0) : null;
            case WORD -> t.isWord(i) ? new Value(i + 1, 0, 0, 0) : null;
        };
    }

    private Value monthLike(Tokens t, int i, int limit, Map<String, Integer> words) {
        if (t.isNumber(i)) {
            int n = ofNumber(t.folded(i));
            return n >= 0 ? new Value(i + 1, n, 0, 0) : null;
        }
        Integer n = words.get(t.folded(i));
        if (n == null) {
            return null;
        }
        if (n == 10 && i + 1 < limit && (t.is(i + 1, "một") || t.is(i + 1, "hai"))) {
            return new Value(i + 2, t.is(i + 1, "một") ? 11 : 12, 0, 0); // 'mười một', 'mười hai'
        }
        return new Value(i + 1, n, 0, 0);
    }

    /** d/m, d/m/y, d-m-y with no space around the separators. */
    private static Value date(Tokens t, int i, int limit) {
        if (!t.isNumber(i) || i + 2 >= limit) {
            return null;
        }
        char sep;
        if (t.is(i + 1, '/')) {
            sep = '/';
        } else if (t.is(i + 1, '-')) {
            sep = '-';
        } else if (t.is(i + 1, '.')) {
            sep = '.';
        } else {
            return null;
        }
        if (!t.isNumber(i + 2) || t.spaceBefore(i + 1) && sep != '-' || t.spaceBefore(i + 2) && sep != '-') {
            return null;
        }
        int a = smallInt(t.folded(i));
        int b = smallInt(t.folded(i + 2));
        if (a < 0 || b < 0) {
            return null;
        }
        int end = i + 3;
        int year = 0;
        if (end + 1 < limit && t.is(end, sep) && t.isNumber(end + 1) && !t.spaceBefore(end + 1)) {
            int y = smallInt(t.folded(end + 1));
            if (y >= 0 && (y >= 1945 && y <= 2100 || t.folded(end + 1).length() == 2)) {
                year = y < 100 ? 2000 + y : y;
                end += 2;
            }
        } else if (sep == '-') {
            return null; // 'd-m' alone is a range of numbers, not a date
        }
        int day = a;
        int mon = b;
        if (mon > 12 && day <= 12 && mon <= 31) {
            day = b;     // 3/30/2019: written month first
            mon = a;
        }
        if (day < 1 || day > 31 || mon < 1 || mon > 12) {
            return null;
        }
        return new Value(end, day, mon, year);
    }

    /** The value of one to four digits (of any script, as Integer.parseInt reads them), or -1. */
    private static int smallInt(String digits) {
        int n = digits.length();
        if (n == 0 || n > 4) {
            return -1;
        }
        int v = 0;
        for (int k = 0; k < n; k++) {
            char c = digits.charAt(k);
            if (c >= '0' && c <= '9') {
                v = v * 10 + c - '0';
            } else if (Character.isDigit(c)) {
                v = v * 10 + Character.digit(c, 10);
            } else {
                return -1;
            }
        }
        return v;
    }
}
