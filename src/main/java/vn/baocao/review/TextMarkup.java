package vn.baocao.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document's text as HTML: every figure read from it wrapped in a highlighted mark, every other number marked
 * faintly (a number that gave no figure is what a reviewer looks for when something was missed). One pass over the
 * text, in the order of the figures' offsets.
 */
final class TextMarkup {

    /** A number as reports write it: digits grouped with '.' or ',' ('5.453', '36,28', '101.200/340.000' in two). */
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");

    private final List<Figure> unplaced = new ArrayList<>();
    private int marked;

    /** The figures that could not be put on the text (offsets outside it). */
    List<Figure> unplaced() {
        return unplaced;
    }

    int marked() {
        return marked;
    }

    String render(String text, List<Figure> figures) {
        List<Figure> inText = new ArrayList<>(figures);
        inText.sort(Comparator.comparingInt(Figure::charStart).thenComparingInt(Figure::charEnd));
        StringBuilder out = new StringBuilder(text.length() * 11 / 10 + 64 * inText.size());
        int pos = 0;
        for (Figure f : inText) {
            if (f.charEnd() > text.length()) {
                unplaced.add(f);
                continue;
            }
            int start = Math.max(f.charStart(), pos);
            plain(text, pos, start, out);
            pos = Math.max(pos, start);
            // A second figure on characters a first one already covers (rare: an added figure over a read one) gets a
            // marker of its own, so that every figure can be selected.
            String shown = start < f.charEnd() ? text.substring(start, f.charEnd()) : "◆";
            out.append(mark(f, "mark")).append(Html.esc(shown)).append("</mark>");
            pos = Math.max(pos, f.charEnd());
            marked++;
        }
        plain(text, pos, text.length(), out);
        return out.toString();
    }

    /** The opening tag of a figure's mark: its measure and status as classes (colour and outline), its id. */
    static String mark(Figure f, String tag) {
        String classes = "fig m-" + f.measure() + " s-" + f.status() + (f.correction() == null ? "" : " k-" + f.correction());
        return "<" + tag + " class=\"" + Html.esc(classes) + "\" id=\"" + Html.esc(f.id()) + "\" tabindex=\"0\">";
    }

    static void plain(String text, int from, int to, StringBuilder out) {
        if (from >= to) {
            return;
        }
        Matcher m = NUMBER.matcher(text).region(from, to);
        int pos = from;
        while (m.find()) {
            out.append(Html.esc(text.substring(pos, m.start())));
            out.append("<span class=\"num\">").append(m.group()).append("</span>");
            pos = m.end();
        }
        out.append(Html.esc(text.substring(pos, to)));
    }
}
