package vn.baocao.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides what a figure measures from the words just before and after it:
 * 'tăng 24,06% so cùng kỳ' is a year-on-year change, 'so với cùng kỳ đạt
 * 92,37%' an index turned into a change, 'đạt 33% chỉ tiêu' a share of the
 * plan, '(151.592 lượt)' after a change the year-earlier level.
 */
public final class MeasureClassifier {

    private static final int FLAGS = Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE;
    private static final String SAME_PERIOD = "so\\s*(?:với\\s*)?(?:cùng\\s*k[ỳì]|ck\\b|năm trước|cùng thời điểm|ước thực hiện năm|thực hiện năm|năm (?:19|20)\\d{2})";
    private static final String PREVIOUS_PERIOD = "so\\s*(?:với\\s*)?(?:tháng trước|quý trước|kỳ trước|tháng liền kề|quý liền kề)";
    private static final String TARGET_NOUN = "(?:so\\s*(?:với\\s*)?)?(?:kế hoạch|kh\\b|chỉ tiêu|dự toán|nghị quyết|nq\\b|mục tiêu)";

    private static final Pattern EXCEEDED_BEFORE = Pattern.compile("vượt(?:\\s+(?:mức|trên))?\\s*$", FLAGS);
    private static final Pattern UP_DOWN_BEFORE = Pattern.compile("(tăng|giảm)(?:\\s+thêm)?(?:\\s+(?:khoảng|hơn|gần|trên|từ|tối thiểu|ít nhất))*\\s*$", FLAGS);
    private static final Pattern EQUIVALENT_BEFORE = Pattern.compile("tương đương(?:\\s+(?:với|tăng|giảm))?\\s*$", FLAGS);
    private static final Pattern SAME_PERIOD_START = Pattern.compile("^\\s*\\)?\\s*,?\\s*" + SAME_PERIOD, FLAGS);
    private static final Pattern SAME_PERIOD_ANY = Pattern.compile(SAME_PERIOD, FLAGS);
    private static final Pattern PREVIOUS_PERIOD_START = Pattern.compile("^\\s*,?\\s*" + PREVIOUS_PERIOD, FLAGS);
    private static final Pattern INDEX_BEFORE = Pattern.compile("(?:đạt|bằng)(?:\\s+tỷ lệ)?\\s*$", FLAGS);
    private static final Pattern INDEX_AFTER = Pattern.compile("^\\s*(?:so\\s*(?:với\\s*)?)?(?:cùng\\s*k[ỳì]|ck\\b)", FLAGS);
    private static final Pattern INDEX_SAME_PERIOD_BEFORE = Pattern.compile(SAME_PERIOD + "(?:\\s+năm\\s+(?:trước|\\d{4}))?\\s*,?\\s*(?:đạt|bằng)(?:\\s+tỷ lệ)?\\s*$", FLAGS);
    private static final Pattern TARGET_AFTER = Pattern.compile("^\\s*" + TARGET_NOUN, FLAGS);
    private static final Pattern OPEN_PAREN_BEFORE = Pattern.compile("\\(\\s*(?:cùng kỳ(?:\\s+năm trước)?\\s*:?\\s*)?$", FLAGS);
    private static final Pattern LIST_JOINER = Pattern.compile("^\\s*(?:,|và|;)?\\s*$", FLAGS);
    private static final Pattern LAST_DIRECTION = Pattern.compile("(tăng|giảm)", FLAGS);
    private static final Pattern GROWTH_BEFORE = Pattern.compile("(?:tốc độ tăng|tăng trưởng|tăng)\\b[^\\d;]{0,80}$", FLAGS);

    /**
     * @param left      folded text between the previous figure (or clause start) and this one
     * @param right     folded text after this figure, up to the next figure
     * @param q         the figure
     * @param previous  how the previous figure of the same sentence was read, or null
     * @param sentenceBefore folded sentence text before this figure
     */
    public MeasureReading classify(String left, String right, Quantity q, MeasureReading previous, String sentenceBefore) {
        boolean percent = q.isPercent() || q.unit() == Unit.PERCENT_POINT;
        Matcher upDown = UP_DOWN_BEFORE.matcher(left);
        if (upDown.find()) {
            double sign = upDown.group(1).equals("giảm") ? -1 : 1;
            if (PREVIOUS_PERIOD_START.matcher(right).find()) {
                return percent ? new MeasureReading(Measure.MOM_PCT, sign * q.value(), upDown.group(1) + " so kỳ trước") : null;
            }
            if (TARGET_AFTER.matcher(right).find()) {
                return null; // 'tăng 5% so với kế hoạch': an overshoot, not a change over time
            }
            String cue = upDown.group(1) + (SAME_PERIOD_START.matcher(right).find() ? " so cùng kỳ" : "");
            return new MeasureReading(percent && q.unit() == Unit.PERCENT ? Measure.YOY_PCT : Measure.YOY_ABS, sign * q.value(), cue);
        }
        if (percent && EQUIVALENT_BEFORE.matcher(left).find()) {
            Matcher dir = LAST_DIRECTION.matcher(sentenceBefore);
            String last = null;
            while (dir.find()) {
                last = dir.group(1);
            }
            if (last != null) {
                double sign = last.equals("giảm") ? -1 : 1;
                return new MeasureReading(Measure.YOY_PCT, sign * q.value(), "tương đương ... " + last);
            }
        }
        if (q.isPercent() && TARGET_AFTER.matcher(right).find()) {
            if (EXCEEDED_BEFORE.matcher(left).find()) {
                return new MeasureReading(Measure.PCT_OF_TARGET, round(100 + q.value()), "vượt % kế hoạch");
            }
            return new MeasureReading(Measure.PCT_OF_TARGET, q.value(), "% kế hoạch");
        }
        // In 'tăng 9,6% so với cùng kỳ, đạt 24,43%' the 'so với cùng kỳ' belongs to the change before.
        boolean comparisonBelongsToPrevious = previous != null
                && (previous.measure() == Measure.YOY_PCT || previous.measure() == Measure.YOY_ABS)
                && SAME_PERIOD_START.matcher(left).find();
        if (q.isPercent() && ((INDEX_BEFORE.matcher(left).find() || left.isBlank()) && INDEX_AFTER.matcher(right).find()
                || !comparisonBelongsToPrevious && INDEX_SAME_PERIOD_BEFORE.matcher(left).find())) {
            return new MeasureReading(Measure.YOY_PCT, round(q.value() - 100), "chỉ số so cùng kỳ");
        }
        if (previous != null && (previous.measure() == Measure.YOY_PCT || previous.measure() == Measure.YOY_ABS)
                && OPEN_PAREN_BEFORE.matcher(left).find() && !percent) {
            return new MeasureReading(Measure.PREV_VALUE, q.value(), "(cùng kỳ)");
        }
        if (previous != null && previous.measure() == Measure.YOY_ABS && !percent && LIST_JOINER.matcher(left).find()) {
            return new MeasureReading(Measure.YOY_ABS, Math.signum(previous.value()) * q.value(), previous.cue() + " (liệt kê)");
        }
        if (q.isPercent() && GROWTH_BEFORE.matcher(left).find() && !SAME_PERIOD_ANY.matcher(left).find()) {
            return new MeasureReading(Measure.YOY_PCT, q.value(), "tăng trưởng");
        }
        return new MeasureReading(Measure.VALUE, q.value(), "giá trị");
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
