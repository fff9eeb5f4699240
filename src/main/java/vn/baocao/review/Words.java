package vn.baocao.review;

import java.util.Map;

/** The Vietnamese words the pages use for the warehouse's codes, with the code beside them for the SQL user. */
final class Words {

    static final Map<String, String> MEASURES = orderedMap(
            "value", "mức đạt được",
            "pct_of_target", "% kế hoạch",
            "yoy_pct", "% so cùng kỳ",
            "yoy_abs", "tăng/giảm so cùng kỳ",
            "mom_pct", "% so kỳ trước",
            "prev_value", "mức cùng kỳ năm trước");

    static final Map<String, String> STATUSES = orderedMap(
            "actual", "thực hiện",
            "estimate", "ước tính",
            "target", "kế hoạch, chỉ tiêu");

    static final Map<String, String> CORRECTIONS = orderedMap(
            "confirm", "đã xác nhận",
            "change", "đã sửa",
            "delete", "đã loại bỏ",
            "add", "đã bổ sung");

    private Words() {
    }

    static String measure(String code) {
        return MEASURES.getOrDefault(code, code);
    }

    static String status(String code) {
        return STATUSES.getOrDefault(code, code);
    }

    static String correction(String code) {
        return code == null ? "" : CORRECTIONS.getOrDefault(code, code);
    }

    private static Map<String, String> orderedMap(String... pairs) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
