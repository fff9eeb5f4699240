package vn.baocao.extract.figure;

import vn.baocao.extract.document.DocumentText;
import vn.baocao.extract.language.Cue;
import vn.baocao.extract.language.Unit;
import vn.baocao.extract.number.Quantity;
import vn.baocao.extract.number.TokenCues;
import vn.baocao.extract.text.PhraseIndex;

/**
 * Decides what a number measures by composing the cues of measures.csv around
 * it: a direction ('tăng', 'giảm', a written sign), a comparison ('so với' with
 * 'cùng kỳ', 'tháng trước' or a period), a plan noun ('kế hoạch', 'dự toán'),
 * 'đạt'/'bằng', 'vượt', 'gấp ... lần', 'chiếm', a growth word. The rules are
 * about those roles, never about particular words:
 * <ul>
 *   <li>a percentage with a plan noun after it is a share of the plan; with 'vượt' or a direction
 *       before it, the excess over the plan ('vượt 7,8% dự toán' is 107.8);</li>
 *   <li>a direction makes a change: against the previous month or quarter when the comparison says
 *       so, else against the same period a year earlier; in percent or in the unit;</li>
 *   <li>'gấp N lần' is a change of (N - 1) x 100 percent;</li>
 *   <li>a percentage compared with the same period without a direction is an index
 *       ('bằng 73,1% so với cùng kỳ' is -26.9);</li>
 *   <li>anything else is the level itself.</li>
 * </ul>
 * Contributions in points ('đóng góp 0,82 điểm phần trăm') and remainders ('còn lại 1.730 vụ') are no
 * figure of the indicator and give nothing.
 */
public final class MeasureReader {

    /** How far before a number a direction or reach word still governs it. */
    private static final int NEAR = 3;
    /** Measure words that, nearer the number than a direction, say what it is instead. */
    private static final MeasureWord[] BLOCKERS = {MeasureWord.REACH, MeasureWord.GROWTH, MeasureWord.SHARE};

    /**
     * @param before the reading of the figure just before this one in its sentence, else null: 'tăng 12,8 tỷ đồng,
     *               tương đương 24,06% so cùng kỳ' restates that change in percent and takes its direction
     */
    public Reading read(DocumentText doc, Quantity q, int leftLimit, int rightLimit, boolean[] periodToken, Reading before) {
        return read(new TokenCues(doc), q, leftLimit, rightLimit, periodToken, before);
    }

    /** The same, for a reader that reads many figures of one document with its cues by token. */
    public Reading read(TokenCues cues, Quantity q, int leftLimit, int rightLimit, boolean[] periodToken, Reading before) {
        DocumentText doc = cues.doc();
        CueChain left = CueChain.before(cues, q.start(), leftLimit, periodToken);
        CueChain right = CueChain.after(cues, q.end(), rightLimit, periodToken);
        if (near(left, MeasureWord.CONTRIBUTION) || near(left, MeasureWord.REMAINDER) || right.position(MeasureWord.CONTRIBUTION) == 0) {
            return null;
        }
        // '(+35,7)' after a named indicator: a signed change without its % sign
        boolean percent = q.percent() || q.signed() && q.unit() == Unit.NONE && q.start() > 0 && doc.tokens().is(q.start() - 1, '(');
        double v = q.value();
        Double high = q.high();
        String direction = direction(left, q);
        if (direction == null && near(left, MeasureWord.EQUIVALENT) && before != null && isChange(before.measure())) {
            direction = before.value() < 0 ? "down" : "up";
        }
        double sign = "down".equals(direction) ? -1 : 1;
        boolean previous = right.has(MeasureWord.PREVIOUS_PERIOD) || near(left, MeasureWord.PREVIOUS_PERIOD);
        boolean samePeriod = comparedWithSamePeriod(right, doc, q) || left.has(MeasureWord.SAME_PERIOD);
        PhraseIndex.Hit<Cue> plan = right.find(MeasureWord.PLAN);
        boolean planAfter = plan != null && (right.position(MeasureWord.PLAN) == 0
                || onlyCompareBefore(right, right.position(MeasureWord.PLAN)));
        int planLeft = left.position(MeasureWord.PLAN);
        if (!planAfter && planLeft >= 0 && planLeft <= NEAR && left.position(MeasureWord.COMPARE) == planLeft + 1) {
            planAfter = true;   // 'so với kế hoạch đạt 95%'
            plan = left.find(MeasureWord.PLAN);
        }
        String basis = planAfter ? basisAfter(right, plan, doc) : null;
        boolean times = near(left, MeasureWord.TIMES) || right.position(MeasureWord.TIMES_UNIT) == 0;
        int end = right.end();
        if (q.unit() == Unit.PERCENT_POINT) {
            return direction == null ? null
                    : new Reading(Measure.YOY_ABS, sign * Math.abs(v), signed(high, sign), direction + " điểm phần trăm", end, null, false, false);
        }
        if (times) {
            if (percent || q.unit() != Unit.NONE && q.unit() != Unit.NOUN) {
                return null; // 'tăng 150% lần': percent or times, the text does not say
            }
            return new Reading(previous ? Measure.MOM_PCT : Measure.YOY_PCT, round((v - 1) * 100), null, "gấp ... lần", end, null, false, false);
        }
        int exceedAt = left.position(MeasureWord.EXCEED);
        boolean exceedPlan = left.has(MeasureWord.EXCEED_PLAN)
                || exceedAt > 0 && left.position(MeasureWord.PLAN) == exceedAt - 1; // 'vượt' + 'kế hoạch năm'
        if (exceedPlan) {
            // 'vượt chỉ tiêu ... là 0,57%': the excess over the plan
            return percent ? new Reading(Measure.PCT_OF_TARGET, round(100 + Math.abs(v)), null, "vượt kế hoạch %", end, basis, false, false) : null;
        }
        if (percent) {
            if (planAfter) {
                boolean over = near(left, MeasureWord.EXCEED) || direction != null && !q.signed();
                double share = over ? 100 + sign * Math.abs(v) : v;
                return new Reading(Measure.PCT_OF_TARGET, round(share), high == null ? null : round(over ? 100 + high : high),
                        over ? "vượt % kế hoạch" : "% kế hoạch", end, basis, false, false);
            }
            if (direction != null) {
                return new Reading(previous ? Measure.MOM_PCT : Measure.YOY_PCT, sign * Math.abs(v), signed(high, sign),
                        direction + (previous ? " so kỳ trước" : " so cùng kỳ"), end, null, false, false);
            }
            int growthAt = left.position(MeasureWord.GROWTH);
            int sameAt = left.position(MeasureWord.SAME_PERIOD);
            if (near(left, MeasureWord.GROWTH) && sameAt >= 0 && sameAt < growthAt) {
                // 'cao hơn mức tăng của cùng kỳ năm trước (4,09%)': last year's growth
                return new Reading(Measure.PREV_VALUE, v, high, "mức tăng cùng kỳ", end, null, true, false);
            }
            if (near(left, MeasureWord.GROWTH) && !samePeriod) {
                return new Reading(Measure.YOY_PCT, v, high, "tăng trưởng", end, null, true, false);
            }
            if (near(left, MeasureWord.SHARE)) {
                return new Reading(Measure.VALUE, v, high, "chiếm", end, null, false, true);
            }
            if ((samePeriod || previous) && !near(left, MeasureWord.EXCEED)) {
                return new Reading(previous ? Measure.MOM_PCT : Measure.YOY_PCT, round(v - 100), high == null ? null : round(high - 100),
                        "chỉ số so cùng kỳ", end, null, false, false);
            }
            return new Reading(Measure.VALUE, v, high, "giá trị", end, null, false, false);
        }
        if (direction != null) {
            if (previous) {
                return null; // a change against last month in units: not in the observation model
            }
            if (near(left, MeasureWord.EXCEED)) {
                return null; // 'vượt 1,5 ha so với KH': an excess over the plan in units
            }
            return new Reading(Measure.YOY_ABS, sign * Math.abs(v), signed(high, sign), direction + " so cùng kỳ", end, null, false, false);
        }
        return new Reading(Measure.VALUE, v, high, "giá trị", end, null, false, false);
    }

    /** 'tăng'/'giảm' before the number, or its written sign. */
    private static String direction(CueChain left, Quantity q) {
        if (q.signed()) {
            return q.value() < 0 ? "down" : "up";
        }
        int up = left.position(MeasureWord.UP);
        int down = left.position(MeasureWord.DOWN);
        int nearest = up < 0 ? down : down < 0 ? up : Math.min(up, down);
        if (nearest < 0 || nearest > NEAR) {
            return null;
        }
        for (MeasureWord blocker : BLOCKERS) {
            int b = left.position(blocker);
            if (b >= 0 && b < nearest) {
                return null; // 'giảm còn 2,1%', 'thấp hơn mức tăng 13,52%': a nearer word says what the number is
            }
        }
        return nearest == up ? "up" : "down";
    }

    private static boolean isChange(Measure m) {
        return m == Measure.YOY_ABS || m == Measure.YOY_PCT || m == Measure.MOM_PCT;
    }

    /** 'so với cùng kỳ', 'so cùng kỳ năm 2021', 'với cùng kỳ', 'so với năm 2022' (a compared period). */
    private static boolean comparedWithSamePeriod(CueChain right, DocumentText doc, Quantity q) {
        if (right.has(MeasureWord.SAME_PERIOD)) {
            return true;
        }
        return right.position(MeasureWord.COMPARE) >= 0 && right.position(MeasureWord.PLAN) < 0
                && right.position(MeasureWord.PREVIOUS_PERIOD) < 0 && right.end() > q.end() + 1;
    }

    private static boolean onlyCompareBefore(CueChain right, int k) {
        for (int i = 0; i < k; i++) {
            if (right.word(i) != MeasureWord.COMPARE) {
                return false;
            }
        }
        return true;
    }

    /** The body whose plan it is: the first plan_body of bases.csv within a few words after the plan noun. */
    private static String basisAfter(CueChain right, PhraseIndex.Hit<Cue> plan, DocumentText doc) {
        boolean seen = false;
        for (PhraseIndex.Hit<Cue> h : right.hits()) {
            if (h == plan) {
                seen = true;
                continue;
            }
            if (seen && h.start() - plan.end() <= 2 && h.value().is(Cue.Category.BASIS, "plan_body")) {
                return vn.baocao.extract.text.Fold.plain(doc.tokens().span(h.start(), h.end()));
            }
        }
        return null;
    }

    private static boolean near(CueChain chain, MeasureWord w) {
        int p = chain.position(w);
        return p >= 0 && p <= NEAR;
    }

    private static Double signed(Double high, double sign) {
        return high == null ? null : sign * Math.abs(high);
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
