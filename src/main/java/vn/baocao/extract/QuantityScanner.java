package vn.baocao.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the quantities written in a piece of text: a number in Vietnamese
 * format, optionally a range ('113 - 115', 'từ 7,5 đến 8%') or a pair
 * ('320.392/765.101'), a multiplier ('tỷ', 'triệu') and a unit word.
 * Dates, years, document numbers and ordinals are not quantities and are skipped.
 */
public final class QuantityScanner {

    private static final String NUM = "\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+,\\d+|\\d+(?:\\.\\d+)?";
    private static final String MULT = "nghìn tỷ|ngàn tỷ|nghìn tỉ|ngàn tỉ|tỷ|tỉ|triệu|nghìn|ngàn|trđ";
    /** Longest first, so 'lượt người' wins over 'lượt'. */
    private static final String UNIT_WORDS = String.join("|",
            "điểm phần trăm", "điểm %", "đồng", "vnđ", "vnd", "đ", "usd", "đô la",
            "héc-ta", "hécta", "ha", "tấn", "tạ", "kg",
            "lượt người", "lượt khách", "lượt", "người", "đối tượng", "bị can", "bị cáo", "lao động", "công dân",
            "bệnh nhân", "học sinh", "hội viên", "đoàn viên", "bác sĩ",
            "vụ, việc", "vụ việc", "vụ án", "vụ", "việc", "tin", "ca", "trường hợp", "công trình", "đơn vị", "đơn", "hồ sơ",
            "doanh nghiệp", "dn", "hộ", "cuộc", "phương tiện", "cơ sở", "giấy phép");

    private static final Pattern QUANTITY = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,])(?<!\\d/)(?<![\\p{L}\\p{N}][-–])(?<sign>[+-])?(?<a>" + NUM + ")(?<ap>\\s?%)?"
                    + "(?:\\s*(?:-|–|đến)\\s*(?<b>" + NUM + ")(?<bp>\\s?%)?)?"
                    + "(?:\\s*/\\s*(?<c>" + NUM + ")(?<cp>\\s?%)?)?"
                    + "(?:\\s*(?<mult>" + MULT + ")(?![\\p{L}]))?"
                    + "(?:\\s*(?<unit>" + UNIT_WORDS + ")(?![\\p{L}]))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern DATE = Pattern.compile(
            "(?<![\\p{N}])\\d{1,2}/\\d{1,2}/\\d{2,4}|(?<![\\p{N}])\\d{1,2}/(?:19|20)\\d{2}(?![\\p{N}])|(?<![\\p{N}])\\d{1,2}-\\d{1,2}-\\d{4}");

    private static final Pattern NOT_A_QUANTITY_BEFORE = Pattern.compile(
            "(?:số|ngày|tháng|năm|quý|khóa|khoá|lần thứ|điều|khoản|mục|giai đoạn|nhiệm kỳ|lớp|tiểu đoàn|sư đoàn|tổ|khu vực|phường|lô|tỷ lệ 1|kỳ họp thứ|covid-)\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern QUALIFIER_BEFORE = Pattern.compile(
            "(hơn|gần|trên|khoảng|tối thiểu|ít nhất|từ|dưới|tối đa|không quá|đạt trên|đạt hơn)\\s*(?:từ\\s*)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern QUALIFIER_AFTER = Pattern.compile("^\\s*(trở lên|trở xuống)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    public List<Quantity> scan(String text) {
        boolean[] masked = maskDates(text);
        List<Quantity> found = new ArrayList<>();
        Matcher m = QUANTITY.matcher(text);
        while (m.find()) {
            if (masked[m.start("a")]) {
                continue;
            }
            Quantity q = toQuantity(text, m);
            if (q != null) {
                found.add(q);
            }
        }
        return found;
    }

    private static boolean[] maskDates(String text) {
        boolean[] masked = new boolean[text.length() + 1];
        Matcher d = DATE.matcher(text);
        while (d.find()) {
            for (int i = d.start(); i < d.end(); i++) {
                masked[i] = true;
            }
        }
        return masked;
    }

    private static final Pattern LIST_MARKER_BEFORE = Pattern.compile("^[\\s(\\-–•·*]*$");
    private static final Pattern LIST_MARKER_AFTER = Pattern.compile("^(?:\\.\\d+)*[.)]");

    private Quantity toQuantity(String text, Matcher m) {
        String before = text.substring(Math.max(0, m.start() - 24), m.start());
        if (m.group("unit") == null && m.group("mult") == null && m.group("ap") == null
                && LIST_MARKER_BEFORE.matcher(text.substring(0, m.start())).matches()
                && LIST_MARKER_AFTER.matcher(text.substring(m.end())).find()) {
            return null; // '3.', '(12)', '2.1.': the number of an item in a list
        }
        String unitWord = lower(m.group("unit"));
        String mult = lower(m.group("mult"));
        boolean percent = m.group("ap") != null || m.group("bp") != null || m.group("cp") != null;
        if (NOT_A_QUANTITY_BEFORE.matcher(before).find() && !percent && mult == null && unitWord == null) {
            return null;
        }
        if (NOT_A_QUANTITY_BEFORE.matcher(before).find() && before.toLowerCase(Locale.ROOT).matches("(?s).*(số|ngày|tháng|năm|quý)\\s*$")) {
            return null;
        }
        BigDecimal a;
        try {
            a = VietnameseNumber.parse(m.group("a"));
        } catch (NumberFormatException e) {
            return null;
        }
        if (!percent && mult == null && unitWord == null && isYear(m.group("a"))) {
            return null;
        }
        Unit unit = unitOf(unitWord, mult, percent);
        double factor = factorOf(mult, unitWord);
        double sign = "-".equals(m.group("sign")) ? -1 : 1;
        double value = sign * a.doubleValue() * factor;
        Double high = m.group("b") == null ? null : sign * VietnameseNumber.parse(m.group("b")).doubleValue() * factor;
        Double target = m.group("c") == null ? null : VietnameseNumber.parse(m.group("c")).doubleValue() * factor;
        if (high != null && isYear(m.group("a")) && isYear(m.group("b")) && !percent && mult == null) {
            return null;
        }
        if (unit == Unit.OTHER && countsSomethingElse(text.substring(m.end()))) {
            unit = Unit.NOUN;
        }
        String qualifier = qualifier(before, text.substring(m.end()));
        return new Quantity(value, high, target, unit, unitWord, qualifier, m.start(), m.end());
    }

    /** Words that may follow a bare figure without naming what it counts. */
    private static final Pattern FUNCTION_WORD_AFTER = Pattern.compile(
            "^\\s*(?:và|so|với|trong|đạt|tăng|giảm|bằng|chiếm|là|của|trên|tại|từ|đến|năm|,|;|\\.|\\)|\\(|:|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static boolean countsSomethingElse(String after) {
        return after.length() > 0 && !FUNCTION_WORD_AFTER.matcher(after).find()
                && Character.isLetter(after.stripLeading().isEmpty() ? ' ' : after.stripLeading().charAt(0));
    }

    private static boolean isYear(String digits) {
        if (!digits.matches("\\d{4}")) {
            return false;
        }
        int y = Integer.parseInt(digits);
        return y >= 1945 && y <= 2100;
    }

    private static String qualifier(String before, String after) {
        Matcher b = QUALIFIER_BEFORE.matcher(before);
        String q = b.find() ? b.group(1).toLowerCase(Locale.ROOT) : null;
        Matcher a = QUALIFIER_AFTER.matcher(after);
        if (a.find()) {
            q = q == null ? a.group(1).toLowerCase(Locale.ROOT) : q + " ... " + a.group(1).toLowerCase(Locale.ROOT);
        }
        return q;
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    static Unit unitOf(String unitWord, String mult, boolean percent) {
        if (unitWord != null && unitWord.startsWith("điểm")) {
            return Unit.PERCENT_POINT;
        }
        if (percent) {
            return Unit.PERCENT;
        }
        if (unitWord == null) {
            return mult != null ? Unit.VND : Unit.OTHER;
        }
        return switch (unitWord) {
            case "đồng", "vnđ", "vnd", "đ" -> Unit.VND;
            case "usd", "đô la" -> Unit.USD;
            case "héc-ta", "hécta", "ha" -> Unit.HA;
            case "tấn", "tạ", "kg" -> Unit.TONNE;
            case "lượt người", "lượt khách", "lượt" -> Unit.VISIT;
            case "người", "đối tượng", "bị can", "bị cáo", "lao động", "công dân", "bệnh nhân", "học sinh",
                 "hội viên", "đoàn viên", "bác sĩ" -> Unit.PERSON;
            case "doanh nghiệp", "dn" -> Unit.ENTERPRISE;
            case "hộ" -> Unit.HOUSEHOLD;
            case "cuộc" -> Unit.INSPECTION;
            case "phương tiện", "cơ sở", "giấy phép" -> Unit.OTHER;
            case "đơn vị" -> Unit.NOUN;
            default -> Unit.CASE;
        };
    }

    static double factorOf(String mult, String unitWord) {
        double f = 1;
        if (mult != null) {
            f = switch (mult) {
                case "nghìn tỷ", "ngàn tỷ", "nghìn tỉ", "ngàn tỉ" -> 1e12;
                case "tỷ", "tỉ" -> 1e9;
                case "triệu", "trđ" -> 1e6;
                default -> 1e3;
            };
        }
        if ("tạ".equals(unitWord)) {
            f *= 0.1;
        } else if ("kg".equals(unitWord)) {
            f *= 0.001;
        }
        return f;
    }
}
