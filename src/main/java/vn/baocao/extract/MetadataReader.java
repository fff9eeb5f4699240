package vn.baocao.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a document's kind, issuer, area, period, number, date and draft flag from its opening text. */
public final class MetadataReader {

    private static final int HEADER_CHARS = 2500;
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Set<String> PROVINCIAL_CITIES = Set.of("hà nội", "hồ chí minh", "hải phòng", "đà nẵng", "cần thơ", "huế");

    private static final Pattern KIND = Pattern.compile("NGHỊ QUYẾT|BÁO CÁO|KẾ HOẠCH|THÔNG CÁO BÁO CHÍ|BẢN TIN|THÔNG BÁO|TỜ TRÌNH");
    private static final String LEVEL = "tỉnh|thành phố|tp\\.?|quận|huyện|thị xã|phường|xã|thị trấn|đặc khu";
    private static final String NAME = "(\\p{Lu}[\\p{L}]*(?:[ ]+\\p{Lu}[\\p{L}]*){0,3})";
    private static final String BODIES = "hội đồng nhân dân|ủy ban nhân dân|uỷ ban nhân dân|hđnd|ubnd|ban chấp hành đảng bộ|cục thống kê|chi cục thống kê"
            + "|tòa án nhân dân|toà án nhân dân|viện kiểm sát nhân dân|chi cục thi hành án dân sự|cục thi hành án dân sự|công an";
    private static final Pattern BODY = Pattern.compile("(" + BODIES + ")\\s+(" + LEVEL + ")[ ]*" + NAME, FLAGS);
    private static final Pattern BODY_UPPER = Pattern.compile("(" + BODIES.toUpperCase(java.util.Locale.ROOT) + ")\\s+("
            + LEVEL.toUpperCase(java.util.Locale.ROOT) + ")[ ]*(\\p{Lu}+(?:[ ]+\\p{Lu}+){0,3})");
    private static final Pattern AREA_IN_TEXT = Pattern.compile(
            "(?:của|tại|trên địa bàn|toàn)\\s+(" + LEVEL + ")[ ]*" + NAME, Pattern.UNICODE_CASE);
    private static final Pattern AREA_ANYWHERE = Pattern.compile("(?<!\\p{L})(" + LEVEL + ")[ ]*" + NAME, Pattern.UNICODE_CASE);
    private static final Pattern AREA_ANYWHERE_UPPER = Pattern.compile("(?<!\\p{L})(" + LEVEL.toUpperCase(java.util.Locale.ROOT)
            + ")(?![ ]+HỘI(?!\\p{L}))[ ]+(\\p{Lu}+(?:[ ]+\\p{Lu}+){0,3})");
    private static final Pattern NUMBER = Pattern.compile("Số\\s*:\\s*(\\d*)\\s*/\\s*([\\p{Lu}0-9\\-]+)", Pattern.UNICODE_CASE);
    private static final Pattern DATE = Pattern.compile("ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})", FLAGS);
    private static final Pattern DRAFT = Pattern.compile("[dđ][ựư]\\s*thảo", FLAGS);
    private static final Pattern HALF_WITHOUT_YEAR = Pattern.compile("(6|06|sáu) tháng đầu năm(?!\\s*\\d)", FLAGS);
    private static final Pattern TITLE_END = Pattern.compile("\\n[\\s*_]*(căn cứ|xét|hội đồng nhân dân|ủy ban nhân dân|uỷ ban nhân dân|quyết nghị|trong quý|kính gửi)", FLAGS);

    private static final Set<String> ABBREVIATIONS = Set.of("UBND", "HĐND", "TP");

    private final PeriodParser periods = new PeriodParser();

    public DocumentMetadata read(String text) {
        String head = text.substring(0, Math.min(text.length(), HEADER_CHARS));
        String folded = IndicatorDictionary.fold(head);

        Matcher k = KIND.matcher(head);
        String kind = "other";
        int titleFrom = 0;
        if (k.find()) {
            kind = switch (k.group()) {
                case "NGHỊ QUYẾT" -> "resolution";
                case "BÁO CÁO", "THÔNG CÁO BÁO CHÍ", "BẢN TIN" -> "report";
                case "KẾ HOẠCH" -> "plan";
                default -> "other";
            };
            titleFrom = k.end();
        }
        LocalDate issued = date(head);
        String title = title(folded, titleFrom);
        if ("resolution".equals(kind) && title.startsWith("kế hoạch")) {
            kind = "plan";
        }

        String issuer = null;
        String levelWord = null;
        String name = null;
        Matcher b = BODY_UPPER.matcher(head);
        if (!b.find()) {
            b = BODY.matcher(head);
            if (!b.find()) {
                b = null;
            }
        }
        if (b != null) {
            issuer = sentenceCase(b.group(1)) + " " + b.group(2).toLowerCase(Locale.ROOT) + " " + titleCase(b.group(3));
            levelWord = b.group(2).toLowerCase(Locale.ROOT);
            name = titleCase(b.group(3));
        } else {
            String opening = text.substring(0, Math.min(text.length(), HEADER_CHARS * 2));
            Matcher a = AREA_IN_TEXT.matcher(opening);
            if (!a.find()) {
                a = AREA_ANYWHERE.matcher(opening);
                if (!a.find()) {
                    a = AREA_ANYWHERE_UPPER.matcher(opening);
                    if (!a.find()) {
                        a = null;
                    }
                }
            }
            if (a != null) {
                levelWord = a.group(1).toLowerCase(Locale.ROOT);
                name = a.group(2).equals(a.group(2).toUpperCase(Locale.ROOT)) ? titleCase(a.group(2)) : a.group(2);
            }
        }
        if (levelWord != null && levelWord.startsWith("tp")) {
            levelWord = "thành phố";
        }
        String area = name == null ? null : levelWord + " " + name;
        String level = levelWord == null ? null : levelOf(levelWord, name);

        List<PeriodParser.Mention> inTitle = periods.findAll(title, issued == null ? null : issued.getYear());
        Period period = inTitle.isEmpty() ? null : inTitle.get(0).period();
        Integer targetYear = null;
        if (!inTitle.isEmpty()) {
            Period last = inTitle.get(inTitle.size() - 1).period();
            Matcher half = HALF_WITHOUT_YEAR.matcher(title);
            if (half.find() && half.start() < inTitle.get(0).start()) {
                period = Period.months(last.year(), 1, 6);
            }
            targetYear = last.year();
        }
        if (period == null && issued != null) {
            period = Period.year(issued.getYear());
        }
        if (targetYear == null && period != null) {
            targetYear = period.year();
        }
        Matcher n = NUMBER.matcher(head);
        String number = n.find() ? (n.group(1).isEmpty() ? "" : n.group(1)) + "/" + n.group(2) : null;
        boolean draft = DRAFT.matcher(head).find();
        return new DocumentMetadata(kind, issuer, area, level, period, targetYear, draft, number, issued);
    }

    private static String title(String folded, int from) {
        String rest = folded.substring(Math.min(from, folded.length()));
        Matcher end = TITLE_END.matcher(rest);
        int stop = end.find() ? end.start() : Math.min(rest.length(), 400);
        return rest.substring(0, Math.min(stop, 400)).strip();
    }

    private static LocalDate date(String head) {
        Matcher d = DATE.matcher(head);
        while (d.find()) {
            String before = head.substring(Math.max(0, d.start() - 60), d.start()).toLowerCase(Locale.ROOT);
            if (before.contains("căn cứ") || before.contains("nghị quyết số") || before.contains("luật")) {
                continue;
            }
            try {
                return LocalDate.of(Integer.parseInt(d.group(3)), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(1)));
            } catch (DateTimeException e) {
                return null;
            }
        }
        return null;
    }

    static String levelOf(String levelWord, String name) {
        return switch (levelWord) {
            case "tỉnh" -> "province";
            case "thành phố" -> name != null && PROVINCIAL_CITIES.contains(name.toLowerCase(Locale.ROOT)) ? "province" : "district";
            case "quận", "huyện", "thị xã" -> "district";
            default -> "commune";
        };
    }

    /** 'HỘI ĐỒNG NHÂN DÂN' becomes 'Hội đồng nhân dân'; abbreviations such as UBND stay as written. */
    private static String sentenceCase(String s) {
        if (ABBREVIATIONS.contains(s.toUpperCase(Locale.ROOT))) {
            return s.toUpperCase(Locale.ROOT);
        }
        String lower = s.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** 'CÁI RĂNG' becomes 'Cái Răng'; abbreviations such as UBND stay as written. */
    private static String titleCase(String s) {
        StringBuilder out = new StringBuilder();
        for (String w : s.split("\\s+")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(ABBREVIATIONS.contains(w.toUpperCase(Locale.ROOT)) ? w.toUpperCase(Locale.ROOT)
                    : Character.toUpperCase(w.charAt(0)) + w.substring(1).toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }
}
