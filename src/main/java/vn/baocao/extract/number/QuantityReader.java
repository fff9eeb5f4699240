package vn.baocao.extract.number;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.baocao.extract.document.DocumentText;
import vn.baocao.extract.language.Cue;
import vn.baocao.extract.language.Unit;
import vn.baocao.extract.text.PhraseIndex;
import vn.baocao.extract.text.Slot;
import vn.baocao.extract.text.TokenPattern;
import vn.baocao.extract.text.Tokens;

/**
 * Reads the quantities of a stretch of text from its number tokens and the units
 * and multipliers of units.csv: '36,1 tỷ đồng', '25 tỷ 941 triệu đồng', '7,5 – 8%',
 * '320.392/765.101 triệu đồng', '(-687,8 ha)', '4.532 nghìn lượt khách', '36,39 vạn
 * tấn'. Dates, times, years, phone numbers, list numbers, document numbers and
 * numbers after the words of qualifiers.csv that say so ('thứ 6', 'khóa XX',
 * 'Quận 1') are not quantities.
 */
public final class QuantityReader {

    private static final int PHONE_GROUPS = 3;
    private static final TokenPattern WRITTEN_DATE = TokenPattern.compile("ngày <DAY> tháng <M> [năm <Y>]");
    static final Set<String> WRITTEN_DATE_START = WRITTEN_DATE.firstWords();
    /** The units of units.csv by code, looked up once per code rather than once per figure. */
    private final Map<String, Unit> unitsByCode = new HashMap<>();

    /** Quantities in tokens [from, to); tokens marked in {@code masked} (periods, dates) are not read. */
    public List<Quantity> read(DocumentText doc, int from, int to, boolean[] masked) {
        return read(new TokenCues(doc), from, to, masked);
    }

    /** The same, for a reader that reads many stretches of one document with its cues by token; the list is the caller's. */
    public List<Quantity> read(TokenCues cues, int from, int to, boolean[] masked) {
        DocumentText doc = cues.doc();
        Tokens t = doc.tokens();
        NumberWords words = cues.numberWords();
        List<Quantity> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (!t.isNumber(i)) {
                i++;
                continue;
            }
            if (masked[i] || notAFigure(cues, words, i, from, to)) {
                i = skipDateOrTime(t, words, i, to);
                continue;
            }
            Quantity q = readAt(cues, words, i, from, to, masked);
            if (q == null) {
                i++;
                continue;
            }
            out.add(q);
            i = Math.max(q.end(), i + 1);
        }
        return out;
    }

    /** '0273', and the groups written after it: '0273 3872 582', '024.38837692'. */
    private static boolean phone(Tokens t, int i) {
        // a phone number needs a group starting with '0': most numbers have none near them, and their digits are not looked at
        boolean zero = false;
        for (int k = i; k >= Math.max(0, i - PHONE_GROUPS) && !zero; k--) {
            zero = t.isNumber(k) && phoneStart(t.folded(k));
        }
        if (!zero) {
            return false;
        }
        for (int k = i; k >= Math.max(0, i - PHONE_GROUPS); k--) {
            if (!t.isNumber(k) || !digits(t.folded(k))) {
                return false;
            }
            if (phoneStart(t.folded(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean phoneStart(String s) {
        return s.length() >= 3 && s.charAt(0) == '0';
    }

    /** Only ASCII digits, as the regular expression {@code \\d+} reads them. */
    private static boolean digits(String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }

    /** '1,193': one to three digits, a comma, three digits. */
    private static boolean commaThousands(String s) {
        int comma = s.indexOf(',');
        return comma >= 1 && comma <= 3 && s.length() == comma + 4 && digits(s.substring(0, comma)) && digits(s.substring(comma + 1));
    }

    /** 'ngày 20 tháng 12': a written date, tried only where its first word stands. */
    private static TokenPattern.Match writtenDate(Tokens t, NumberWords words, int at, int to) {
        return at >= 0 && words.dateStart(at) ? WRITTEN_DATE.match(t, at, to) : null;
    }

    private static int skipDateOrTime(Tokens t, NumberWords words, int i, int to) {
        TokenPattern.Match written = i > 0 ? writtenDate(t, words, i - 1, to) : null;
        if (written != null) {
            return written.end(); // 'ngày 20 tháng 12 năm 2023'
        }
        Slot.Value d = Slot.DATE.read(t, i, to);
        if (d != null) {
            return d.end();
        }
        int j = i + 1;
        // '16:07', 'xếp thứ 56/63': the parts of one number that counts nothing
        while (j + 1 < to && (t.is(j, ':') || t.is(j, '/')) && t.isNumber(j + 1) && !t.spaceBefore(j + 1) && !t.spaceBefore(j)) {
            j += 2;
        }
        return j;
    }

    private Quantity readAt(TokenCues cues, NumberWords words, int i, int from, int to, boolean[] masked) {
        DocumentText doc = cues.doc();
        Tokens t = doc.tokens();
        int start = i;
        double sign = 1;
        boolean signed = false;
        // the marks around a number are read through punct, not is(i, '+'): small enough for C1 to inline
        char mark = i - 1 >= from ? t.punct(i - 1) : 0;
        if ((mark == '+' || mark == '-' || mark == '−') && !t.spaceBefore(i)
                && (i - 2 < from || t.spaceBefore(i - 1) || t.is(i - 2, '('))) {
            signed = true;
            sign = mark == '+' ? 1 : -1;
            start = i - 1;
        }
        if (!words.number(i)) {
            return null;
        }
        double a = words.value(i);
        int j = i + 1;
        boolean percent = j < to && t.is(j, '%');
        if (percent) {
            j++;
        }
        Double b = null;
        Double second = null;
        char dash = j + 1 < to ? t.punct(j) : 0;
        if (j + 1 < to && (dash == '-' || dash == '–' || dash == '—' || t.is(j, "đến")) && t.isNumber(j + 1) && !masked[j + 1]
                && !(yearLike(t.folded(i)) && yearLike(t.folded(j + 1)))) {
            b = parse(words, j + 1);
            if (b != null) {
                j += 2;
                if (j < to && t.is(j, '%')) {
                    percent = true;
                    j++;
                }
            }
        } else if (j + 1 < to && t.is(j, '/') && t.isNumber(j + 1) && !masked[j + 1] && !yearLike(t.folded(j + 1))) {
            second = parse(words, j + 1);
            if (second != null) {
                j += 2;
                if (j < to && t.is(j, '%')) {
                    percent = true;
                    j++;
                }
            }
        }
        double factor = 1;
        boolean multiplied = false;
        PhraseIndex.Hit<Cue> mult = j < to ? cues.cueAt(j, Cue.Category.MULTIPLIER) : null;
        double extra = 0;
        if (mult != null && !percent && mult.end() <= to) {
            factor = mult.value().number();
            multiplied = true;
            j = mult.end();
            // '25 tỷ 941 triệu đồng': a smaller amount written after the larger one
            if (j + 1 < to && t.isNumber(j)) {
                PhraseIndex.Hit<Cue> smaller = cues.cueAt(j + 1, Cue.Category.MULTIPLIER);
                Double rest = parse(words, j);
                if (smaller != null && rest != null && smaller.value().number() < factor) {
                    extra = rest * smaller.value().number();
                    j = smaller.end();
                }
            }
        }
        Unit unit = percent ? Unit.PERCENT : multiplied ? Unit.VND : Unit.NONE;
        String unitWords = percent ? "%" : "";
        if (!percent && j < to) {
            PhraseIndex.Hit<Cue> u = cues.cueAt(j, Cue.Category.UNIT);
            if (u != null && u.end() <= to) {
                Cue c = u.value();
                unit = c.type().equals("other") ? Unit.NOUN : unitsByCode.computeIfAbsent(c.detail(), Unit::ofCode);
                factor *= c.number();
                unitWords = u.end() - u.start() == 1 ? t.folded(u.start()) : t.foldedSpan(u.start(), u.end());
                j = u.end();
                if (mult != null && !c.detail().isEmpty() && mult.value().detail().equals("VND")) {
                    unit = Unit.VND; // 'trđ' already said đồng
                }
                if (j + 1 < to && t.is(j, '/') && t.isWord(j + 1) && !t.spaceBefore(j)) {
                    unit = Unit.RATE;   // 'tạ/ha', 'triệu đồng/người/năm'
                    while (j + 1 < to && t.is(j, '/') && t.isWord(j + 1)) {
                        j += 2;
                    }
                }
            } else if (mult != null && mult.value().detail().equals("VND")) {
                unit = Unit.VND;
            } else if (unit == Unit.NONE && t.isWord(j) && !doc.covered(j)) {
                unit = Unit.NOUN;       // '19 tuyến đường', '3 tiêu chí': counts something no rule names
            }
        }
        if (!percent && !multiplied && unit == Unit.NONE && yearLike(t.folded(i))) {
            return null;                // 'năm 2019', '2021 - 2026'
        }
        String raw = t.folded(i);
        if (unit.whole() && !multiplied && commaThousands(raw)) {
            a = VietnameseNumber.parseDouble(raw.replace(",", "")); // '1,193 vụ': whole cases, the comma groups thousands
        }
        double value = sign * (a * factor + extra);
        Double high = b == null ? null : sign * b * factor;
        Double sec = second == null ? null : second * factor;
        String qualifier = qualifier(cues, start, j, from, to);
        if (qualifier != null && qualifier.endsWith("_after")) {
            PhraseIndex.Hit<Cue> after = cues.cueAt(j, Cue.Category.QUALIFIER);
            j = after.end();
            qualifier = qualifier.replace("_after", "");
        }
        return new Quantity(start, j, i, value, high, sec, unit, unitWords, signed, qualifier);
    }

    private static String qualifier(TokenCues cues, int start, int end, int from, int to) {
        PhraseIndex.Hit<Cue> before = cues.cueEndingAt(start, from, Cue.Category.QUALIFIER);
        PhraseIndex.Hit<Cue> after = end < to ? cues.cueAt(end, Cue.Category.QUALIFIER) : null;
        if (after != null && after.value().type().endsWith("_after")) {
            return after.value().type();
        }
        String kind = before == null ? null : before.value().type();
        return kind == null || kind.equals("not_a_figure") || kind.equals("a_figure") || kind.endsWith("_after") ? null : kind;
    }

    /**
     * Numbers that count nothing: after a word of qualifiers.csv that says so ('thứ 6', 'khóa 20'),
     * after a type word ('Quận 1', 'phường 5'), phone numbers ('0273', '024.38837692'), list numbers
     * at the start of a paragraph ('1.', '2.1.'), document numbers ('65/NQ-HĐND').
     */
    private static boolean notAFigure(TokenCues cues, NumberWords words, int i, int from, int to) {
        DocumentText doc = cues.doc();
        Tokens t = doc.tokens();
        PhraseIndex.Hit<Cue> q = cues.cueEndingAt(i, Math.max(0, i - 8), Cue.Category.QUALIFIER);
        if (q != null && q.value().type().equals("not_a_figure")) {
            return true;
        }
        PhraseIndex.Hit<Cue> place = cues.cueEndingAt(i, Math.max(0, i - 4), Cue.Category.PLACE);
        if (place != null && place.value().type().equals("type")) {
            return true;
        }
        if (phone(t, i)) {
            return true;
        }
        if (Slot.DATE.read(t, i, to) != null || i > 0 && writtenDate(t, words, i - 1, to) != null || i + 1 < to && t.is(i + 1, ':') && t.isNumber(i + 2) && !t.spaceBefore(i + 2)) {
            return true;
        }
        if (i + 2 < to && t.is(i + 1, '/') && t.isWord(i + 2) && t.upper(i + 2)) {
            return true;
        }
        if (i + 1 < to && (t.is(i + 1, '.') || t.is(i + 1, ')')) && onlyMarkersBefore(t, doc.paragraphOf(i).from(), i)
                && (i + 2 >= to || !t.isNumber(i + 2))) {
            return true;
        }
        return false;
    }

    private static boolean onlyMarkersBefore(Tokens t, int from, int i) {
        for (int k = from; k < i; k++) {
            if (!(t.isNumber(k) || t.is(k, '.') || t.is(k, '(') || t.is(k, '-'))) {
                return false;
            }
        }
        return true;
    }

    static boolean yearLike(String digits) {
        if (digits.length() != 4) {
            return false;
        }
        for (int k = 0; k < 4; k++) {
            if (!Character.isDigit(digits.charAt(k))) {
                return false;
            }
        }
        int y = Integer.parseInt(digits);
        return y >= 1945 && y <= 2100;
    }

    /** The number token j reads, or null. */
    private static Double parse(NumberWords words, int j) {
        return words.number(j) ? words.value(j) : null;
    }
}
