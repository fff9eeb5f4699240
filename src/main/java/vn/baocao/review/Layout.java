package vn.baocao.review;

/**
 * The frame every review page shares: head, the bundled style sheet and script, and the navigation. Paths are
 * relative ({@code root} is "" for a page at the top of the site, "../" one folder down), so the site opens from
 * disk, moved or copied anywhere, with no server.
 */
final class Layout {

    private Layout() {
    }

    static String page(String title, String root, String body, String... scripts) {
        StringBuilder s = new StringBuilder(body.length() + 2048);
        s.append("""
                <!DOCTYPE html>
                <html lang="vi">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · baocao</title>
                <link rel="stylesheet" href="%sassets/review.css">
                </head>
                <body>
                <nav class="top"><span class="brand">baocao</span>
                <a href="%sindex.html">Lần chạy &amp; hộp thư</a>
                <a href="%scoverage.html">Độ phủ</a>
                <a href="%sindicators.html">Chỉ tiêu</a></nav>
                <main>
                """.formatted(Html.esc(title), root, root, root, root));
        s.append(body);
        s.append("</main>\n");
        for (String script : scripts) {
            s.append("<script src=\"").append(root).append("assets/").append(script).append("\"></script>\n");
        }
        s.append("</body>\n</html>\n");
        return s.toString();
    }
}
