package vn.baocao.review;

/**
 * Escaping for the review pages. Every text that comes from a report or the warehouse goes through here: a report
 * may contain '<', '&' or quotes, and a page must show them, not obey them.
 */
public final class Html {

    private Html() {
    }

    /** {@code s} as element text or a double-quoted attribute value; null as empty. */
    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '&' -> "&amp;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (r != null && b == null) {
                b = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (b != null) {
                if (r != null) {
                    b.append(r);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? s : b.toString();
    }

    /**
     * {@code s} as a JSON string literal that is also safe inside a {@code <script>} element: '<' is written as
     * {@code \u003c}, so no text of a report can close the script.
     */
    public static String json(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '<', '>', '&', '\u2028', '\u2029' -> b.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** A number as JSON: null for none. */
    public static String json(Double v) {
        return v == null || v.isNaN() || v.isInfinite() ? "null" : vn.baocao.warehouse.Numbers.plain(v);
    }
}
