package vn.baocao.review;

import java.util.List;

/** A plain HTML table of the index pages: a header row and rows of cells already made safe (see {@link Html}). */
final class HtmlTable {

    private final StringBuilder html = new StringBuilder();

    HtmlTable(String cssClass, List<String> headers) {
        html.append("<div class=\"scroll\"><table class=\"list ").append(cssClass).append("\"><thead><tr>");
        headers.forEach(h -> html.append("<th>").append(Html.esc(h)).append("</th>"));
        html.append("</tr></thead><tbody>\n");
    }

    /** A row; each cell is HTML (escape text with Html.esc first). */
    HtmlTable row(String rowClass, String... cells) {
        html.append(rowClass == null ? "<tr>" : "<tr class=\"" + rowClass + "\">");
        for (String c : cells) {
            html.append("<td>").append(c == null ? "" : c).append("</td>");
        }
        html.append("</tr>\n");
        return this;
    }

    String html() {
        return html + "</tbody></table></div>\n";
    }

    static String link(String href, String text) {
        return href == null ? Html.esc(text) : "<a href=\"" + Html.esc(href) + "\">" + Html.esc(text) + "</a>";
    }
}
