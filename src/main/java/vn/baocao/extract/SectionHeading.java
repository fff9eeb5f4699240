package vn.baocao.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells the headings that open a part about results ('Điều 1. Về kết quả thực
 * hiện...', 'I. Tình hình...') from those that open a part setting targets
 * ('Điều 2. ... nhiệm vụ, giải pháp', 'II. Phương hướng, nhiệm vụ quý II',
 * '2. Các chỉ tiêu chủ yếu'). Figures under the second kind are targets.
 */
final class SectionHeading {

    private static final int FLAGS = Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE;
    private static final int MAX_LENGTH = 400;
    private static final Pattern ARTICLE = Pattern.compile("^điều\\s+\\d+\\s*[.:]", FLAGS);
    private static final Pattern MARKER = Pattern.compile(
            "^(?:phần\\s+(?:[ivx]+|thứ\\s+\\p{L}+)|[ivx]+|\\d+(?:\\.\\d+)*|[a-zđ])\\s*[.):]\\s*(?:về\\s+|các\\s+|những\\s+|một số\\s+)*", FLAGS);
    private static final Pattern RESULT = Pattern.compile("kết quả|tình hình|đánh giá|thực hiện nhiệm vụ", FLAGS);
    private static final Pattern TARGET = Pattern.compile(
            "phương hướng|nhiệm vụ,? (?:và )?giải pháp|nhiệm vụ trọng tâm|mục tiêu|chỉ tiêu chủ yếu|các chỉ tiêu|chỉ tiêu (?:kinh tế|xã hội|môi trường)|kế hoạch phát triển", FLAGS);
    private static final Pattern TARGET_AT_START = Pattern.compile(
            "^(?:phương hướng|nhiệm vụ|mục tiêu|chỉ tiêu|kế hoạch)", FLAGS);

    private static final Pattern RESULT_AT_START = Pattern.compile("^(?:kết quả|tình hình|đánh giá)", FLAGS);

    private SectionHeading() {
    }

    /** True for a heading that opens targets, false for one that opens results, empty for other text. */
    static Optional<Boolean> classify(String folded) {
        String t = folded.strip();
        if (t.isEmpty() || t.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        if (ARTICLE.matcher(t).find()) {
            return firstOf(t);
        }
        Matcher marker = MARKER.matcher(t);
        if (!marker.find()) {
            return Optional.empty();
        }
        String rest = t.substring(marker.end());
        if (TARGET_AT_START.matcher(rest).find()) {
            return Optional.of(true);
        }
        return RESULT_AT_START.matcher(rest).find() ? Optional.of(false) : Optional.empty();
    }

    private static Optional<Boolean> firstOf(String t) {
        Matcher r = RESULT.matcher(t);
        Matcher g = TARGET.matcher(t);
        int result = r.find() ? r.start() : Integer.MAX_VALUE;
        int target = g.find() ? g.start() : Integer.MAX_VALUE;
        if (result == Integer.MAX_VALUE && target == Integer.MAX_VALUE) {
            return Optional.empty();
        }
        return Optional.of(target < result);
    }
}
