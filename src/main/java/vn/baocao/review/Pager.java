package vn.baocao.review;

/** Links to the pages of a list split into pages: the first page is {@code first}, page n is {@code prefix-n.html}. */
final class Pager {

    private Pager() {
    }

    static String html(String first, String prefix, int page, int pages) {
        if (pages <= 1) {
            return "";
        }
        StringBuilder s = new StringBuilder("<nav class=\"pager\">Trang:");
        for (int p = 0; p < pages; p++) {
            String href = p == 0 ? first : prefix + "-" + (p + 1) + ".html";
            s.append(' ').append(p == page ? "<b>" + (p + 1) + "</b>" : HtmlTable.link(href, Integer.toString(p + 1)));
        }
        return s.append("</nav>\n").toString();
    }

    static int count(int items, int perPage) {
        return Math.max(1, (items + perPage - 1) / perPage);
    }
}
