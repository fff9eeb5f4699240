package vn.baocao.review;

import java.util.Map;

/** What the colours and outlines of the highlighted figures mean. */
final class Legend {

    private Legend() {
    }

    static String html() {
        StringBuilder s = new StringBuilder("<div class=\"legend\"><span class=\"lt\">Thước đo:</span>");
        for (Map.Entry<String, String> m : Words.MEASURES.entrySet()) {
            s.append("<span class=\"sw m-").append(m.getKey()).append(" s-actual\">").append(Html.esc(m.getValue())).append("</span>");
        }
        s.append("<span class=\"lt\">Trạng thái:</span>");
        for (Map.Entry<String, String> st : Words.STATUSES.entrySet()) {
            s.append("<span class=\"sw m-none s-").append(st.getKey()).append("\">").append(Html.esc(st.getValue())).append("</span>");
        }
        s.append("<span class=\"lt\">Khác:</span><span class=\"sw m-none s-actual k-change\">đã sửa</span>")
                .append("<span class=\"sw m-none s-actual k-delete\">đã loại bỏ</span>")
                .append("<span class=\"num\">123</span> số không thành số liệu");
        return s.append("</div>\n").toString();
    }
}
