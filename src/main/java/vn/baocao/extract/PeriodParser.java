package vn.baocao.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the reporting periods named in text: 'quý I/2021', '6 tháng đầu năm
 * 2024', '9 tháng năm 2023', 'lũy kế 05 tháng đầu năm 2021', 'tháng 5/2022',
 * 'năm 2020', 'đến ngày 31/3/2021', 'tháng Năm', 'tháng 5 và 5 tháng đầu năm 2023'.
 * Input is folded (lower case, NFC).
 */
public final class PeriodParser {

    /** A period expression found in text, with where it was. */
    public record Mention(Period period, int start, int end, Kind kind) {
    }

    public enum Kind { MONTH, QUARTER, HALF, NINE_MONTHS, YEAR_TO_DATE, YEAR }

    private record Rule(Pattern pattern, Kind kind, Resolver period) {
    }

    /** Builds the period of a match; {@code year} is the year written, or the default for a yearless mention. */
    @FunctionalInterface
    private interface Resolver {
        Period apply(MatchResult m, int year);
    }

    private static final String YEAR = "((?:19|20)\\d{2})";
    private static final String SEP = "\\s*(?:/|-|năm|,)?\\s*(?:năm\\s*)?";
    private static final String OPTIONAL_YEAR = "(?:" + SEP + YEAR + ")?";
    private static final String MONTH_WORDS = "mười hai|mười một|mười|một|giêng|hai|ba|tư|bốn|năm(?!\\s*\\d)|sáu|bảy|tám|chín|chạp";
    private static final String MONTH = "(\\d{1,2}|" + MONTH_WORDS + ")";

    private final List<Rule> rules = List.of(
            new Rule(p("quý\\s+(i{1,3}|iv|[1-4])(?![\\p{L}\\d])" + OPTIONAL_YEAR), Kind.QUARTER,
                    (m, y) -> quarter(roman(m.group(1)), y)),
            new Rule(p("(?:6|06|sáu) tháng cuối năm" + OPTIONAL_YEAR), Kind.HALF,
                    (m, y) -> Period.months(y, 7, 12)),
            new Rule(p("tháng\\s+" + MONTH + "\\s+(?:và|&)\\s+(?:lũy kế\\s+|luỹ kế\\s+)?\\d{1,2}\\s+tháng(?: đầu năm)?" + OPTIONAL_YEAR), Kind.MONTH,
                    (m, y) -> month(y, monthOf(m.group(1)))),
            new Rule(p("(?:lũy kế|luỹ kế|tính chung|trong)?\\s*(\\d{1,2}|sáu|chín) tháng(?: đầu năm| đầu)?" + SEP + YEAR), Kind.YEAR_TO_DATE,
                    (m, y) -> Period.months(y, 1, monthsOf(m.group(1)))),
            new Rule(p("(?:lũy kế|luỹ kế|tính chung|trong)?\\s*(\\d{1,2}|sáu|chín) tháng đầu năm"), Kind.YEAR_TO_DATE,
                    (m, y) -> Period.months(y, 1, monthsOf(m.group(1)))),
            new Rule(p("(?:lũy kế|luỹ kế|tính chung|cộng dồn)\\s+(\\d{1,2}|sáu|chín) tháng(?!\\s*(?:cuối|qua|tới))"), Kind.YEAR_TO_DATE,
                    (m, y) -> Period.months(y, 1, monthsOf(m.group(1)))),
            new Rule(p("cả năm|ước cả năm|toàn năm"), Kind.YEAR,
                    (m, y) -> Period.year(y)),
            new Rule(p("tháng\\s+" + MONTH + "(?![\\p{L}\\d])" + OPTIONAL_YEAR), Kind.MONTH,
                    (m, y) -> month(y, monthOf(m.group(1)))),
            new Rule(p("(?:đến|tính đến)(?: hết)? ngày\\s+(\\d{1,2})\\s*/\\s*(\\d{1,2})(?:\\s*/\\s*" + YEAR + ")?"), Kind.YEAR_TO_DATE,
                    PeriodParser::toDate),
            new Rule(p("năm\\s+" + YEAR + "(?!\\s*-\\s*\\d)"), Kind.YEAR,
                    (m, y) -> Period.year(y)));

    private static Pattern p(String regex) {
        return Pattern.compile(regex, Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
    }

    /** Every period mention with a year written in the text, in order of position. */
    public List<Mention> findAll(String folded) {
        return findAll(folded, null);
    }

    /**
     * Every period mention in the text, in order of position. Mentions without a year
     * ('tháng 5', 'quý II', '5 tháng đầu năm') take {@code defaultYear}, or are skipped when it is null.
     */
    public List<Mention> findAll(String folded, Integer defaultYear) {
        List<Mention> all = new ArrayList<>();
        boolean[] taken = new boolean[folded.length() + 1];
        for (Rule r : rules) {
            Matcher m = r.pattern().matcher(folded);
            while (m.find()) {
                if (m.end() == m.start() || taken[m.start()] || taken[Math.max(m.start(), m.end() - 1)]) {
                    continue;
                }
                String written = lastYear(m);
                if (written == null && defaultYear == null) {
                    continue;
                }
                Period period;
                try {
                    period = r.period().apply(m, written != null ? Integer.parseInt(written) : defaultYear);
                } catch (RuntimeException e) {
                    continue; // 'tháng 13', 'quý V': not a period
                }
                Kind kind = r.kind();
                if (kind == Kind.YEAR_TO_DATE && period.start().getMonthValue() == 1) {
                    int months = period.end().getMonthValue();
                    kind = months == 6 ? Kind.HALF : months == 9 ? Kind.NINE_MONTHS : months == 12 ? Kind.YEAR : kind;
                }
                all.add(new Mention(period, m.start(), m.end(), kind));
                for (int i = m.start(); i < m.end(); i++) {
                    taken[i] = true;
                }
            }
        }
        all.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return all;
    }

    /** The year group of a match (the last group that reads as a year), or null. */
    private static String lastYear(MatchResult m) {
        for (int g = m.groupCount(); g >= 1; g--) {
            String v = m.group(g);
            if (v != null && v.matches("(?:19|20)\\d{2}")) {
                return v;
            }
        }
        return null;
    }

    public Optional<Mention> first(String folded) {
        List<Mention> all = findAll(folded);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    private static int roman(String s) {
        return switch (s) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            case "iv", "4" -> 4;
            default -> throw new IllegalArgumentException(s);
        };
    }

    private static int monthsOf(String s) {
        int n = switch (s) {
            case "sáu" -> 6;
            case "chín" -> 9;
            default -> Integer.parseInt(s);
        };
        if (n < 1 || n > 12) {
            throw new IllegalArgumentException("months " + n);
        }
        return n;
    }

    /** 'đến ngày 05/4/2021': a count taken in the first days of a month closes the month before. */
    private static Period toDate(MatchResult m, int year) {
        int day = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        if (day <= 10 && month > 1) {
            month--;
        }
        return month(year, month, true);
    }

    private static int monthOf(String s) {
        return switch (s) {
            case "một", "giêng" -> 1;
            case "hai" -> 2;
            case "ba" -> 3;
            case "tư", "bốn" -> 4;
            case "năm" -> 5;
            case "sáu" -> 6;
            case "bảy" -> 7;
            case "tám" -> 8;
            case "chín" -> 9;
            case "mười" -> 10;
            case "mười một" -> 11;
            case "mười hai", "chạp" -> 12;
            default -> Integer.parseInt(s);
        };
    }

    private static Period quarter(int q, int year) {
        return Period.months(year, 3 * q - 2, 3 * q);
    }

    private static Period month(int year, int month) {
        return month(year, month, false);
    }

    private static Period month(int year, int month, boolean toDate) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month " + month);
        }
        return toDate ? Period.months(year, 1, month) : Period.months(year, month, month);
    }
}
