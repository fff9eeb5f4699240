package vn.baocao.extract.table;

import java.util.ArrayList;
import java.util.List;
import vn.baocao.extract.document.DocumentText;
import vn.baocao.extract.document.Paragraph;
import vn.baocao.extract.language.Cue;
import vn.baocao.extract.text.PhraseIndex;
import vn.baocao.extract.text.Tokens;
import vn.baocao.read.Table;

/**
 * A table flattened one cell per line that kept its row numbers, its comment
 * column and its sub-rows, and lost its empty cells (a web table copied with
 * '|' between cells):
 * <pre>
 *   Stt | Chỉ tiêu chủ yếu | TH năm 2023 | KH năm 2024 | Ước TH 2024 | Đánh giá     (the header, one cell per line)
 *   1 | Tốc độ tăng GRDP (%), trong đó: | 7,03 | 8,5-9,5 | 8-8,5 | Đạt
 *   - Nông Lâm Ngư nghiệp (%) | 5,86 | 5,5-6,0 | 2,8
 *   3 | Cơ cấu kinh tế | Đạt                                                      (a group row: no figures)
 *   4 | Tổng vốn đầu tư toàn xã hội | (tỷ đồng) | 29.459 | 33.000-34.000 | 34.100 | Đạt
 * </pre>
 * The header's value columns are the cells that name a period, a plan or an
 * estimate; a row is a name followed by exactly that many figures (a number or
 * a range); a unit in brackets on its own line belongs to the name above; a
 * name that follows a row number and no figures is a group row, which the
 * table reader uses as the context of the rows under it. Everything else (row
 * numbers, 'Đạt' / 'Không đạt') is passed over.
 */
final class LooseRows {

    private static final int MAX_HEADER = 8;
    private static final int MIN_ROWS = 2;
    private static final int MAX_GAP = 3;
    private static final int LABEL = 30;

    private LooseRows() {
    }

    static FlattenedTables.Found tableAt(DocumentText doc, List<Paragraph> lines, int start, int index) {
        Tokens t = doc.tokens();
        int end = start;
        while (end < lines.size() && end - start < MAX_HEADER && FlattenedTables.isShort(lines.get(end))
                && !figure(t, lines.get(end))) {
            end++;
        }
        List<Integer> valueHeaders = new ArrayList<>();
        for (int h = start; h < end; h++) {
            if (namesAColumn(doc, lines.get(h))) {
                valueHeaders.add(h);
            }
        }
        int k = valueHeaders.size();
        if (k < 2 || end >= lines.size() || !contiguous(valueHeaders)) {
            return null;
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add(FlattenedTables.text(t, lines.get(start)).equals(FlattenedTables.text(t, lines.get(valueHeaders.get(0))))
                ? "" : FlattenedTables.text(t, lines.get(valueHeaders.get(0) - 1)));
        for (int h : valueHeaders) {
            header.add(FlattenedTables.text(t, lines.get(h)));
        }
        rows.add(header);
        int figures = 0;
        int j = end;
        int gap = 0;
        int last = end;
        while (j < lines.size() && gap <= MAX_GAP) {
            Paragraph p = lines.get(j);
            if (!label(t, p)) {
                j++;
                gap++;
                continue;
            }
            String name = FlattenedTables.text(t, p);
            int v = j + 1;
            if (v < lines.size() && bracketed(t, lines.get(v))) {
                name = name + " " + FlattenedTables.text(t, lines.get(v)); // 'Tổng vốn đầu tư toàn xã hội' / '(tỷ đồng)'
                v++;
            }
            if (allFigures(t, lines, v, k)) {
                List<String> row = new ArrayList<>();
                row.add(name);
                for (int c = 0; c < k; c++) {
                    row.add(FlattenedTables.text(t, lines.get(v + c)));
                }
                rows.add(row);
                figures++;
                j = v + k;
                last = j;
                gap = 0;
            } else if (j > 0 && rowNumber(t, lines.get(j - 1))) {
                rows.add(List.of(name)); // '3 | Cơ cấu kinh tế': a group row
                j = v;
                gap = 0;
            } else {
                j++;
                gap++;
            }
        }
        if (figures < MIN_ROWS) {
            return null;
        }
        Paragraph above = start > 0 ? lines.get(start - 1) : null;
        String caption = above == null ? "" : FlattenedTables.text(t, above);
        return new FlattenedTables.Found(new Table(index, null, caption, rows), last);
    }

    /** A header cell over figures: it names a year, a plan, an estimate or a comparison. */
    private static boolean namesAColumn(DocumentText doc, Paragraph p) {
        Tokens t = doc.tokens();
        for (int i = p.from(); i < p.to(); i++) {
            if (t.isNumber(i) && t.folded(i).matches("(19|20)\\d\\d")) {
                return true;
            }
            for (PhraseIndex.Hit<Cue> h : doc.cuesAt(i)) {
                Cue c = h.value();
                if (c.is(Cue.Category.STATUS, "estimate") || c.is(Cue.Category.STATUS, "target")
                        || c.is(Cue.Category.MEASURE, "plan") || c.is(Cue.Category.MEASURE, "same_period")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean contiguous(List<Integer> xs) {
        for (int i = 1; i < xs.size(); i++) {
            if (xs.get(i) != xs.get(i - 1) + 1) {
                return false;
            }
        }
        return true;
    }

    /** A row name: words, not a figure, not a bracketed unit, not too long. */
    private static boolean label(Tokens t, Paragraph p) {
        if (p.to() - p.from() > LABEL || figure(t, p) || bracketed(t, p) || rowNumber(t, p)) {
            return false;
        }
        for (int i = p.from(); i < p.to(); i++) {
            if (t.isWord(i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean bracketed(Tokens t, Paragraph p) {
        return t.is(p.from(), '(') && t.is(p.to() - 1, ')') && p.to() - p.from() <= 6;
    }

    /** 'I', '1', '12.' on a line of its own. */
    private static boolean rowNumber(Tokens t, Paragraph p) {
        int n = p.to() - p.from();
        if (n == 0 || n > 2 || n == 2 && !t.is(p.from() + 1, '.')) {
            return false;
        }
        String s = t.folded(p.from());
        return s.matches("\\d{1,3}") || s.matches("[ivx]{1,5}") && t.upper(p.from());
    }

    private static boolean allFigures(Tokens t, List<Paragraph> lines, int from, int k) {
        return FlattenedTables.all(lines, from, k, p -> figure(t, p));
    }

    /** A line that is one number or one range ('8,5-9,5', '33.000 - 34.000'), perhaps with '%'. */
    static boolean figure(Tokens t, Paragraph p) {
        int numbers = 0;
        boolean dash = false;
        for (int i = p.from(); i < p.to(); i++) {
            if (t.isNumber(i)) {
                numbers++;
            } else if (t.is(i, '-') || t.is(i, '–')) {
                dash |= numbers == 1;
            } else if (!(t.is(i, '%') || t.is(i, '+'))) {
                return false;
            }
        }
        return numbers == 1 || numbers == 2 && dash;
    }
}
