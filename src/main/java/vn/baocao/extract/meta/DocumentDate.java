package vn.baocao.extract.meta;

import java.time.DateTimeException;
import java.time.LocalDate;
import vn.baocao.extract.document.DocumentText;
import vn.baocao.extract.document.Paragraph;
import vn.baocao.extract.text.Slot;
import vn.baocao.extract.text.TokenPattern;
import vn.baocao.extract.text.Tokens;

/**
 * The date of a document: the first full date in its head (the place-and-date
 * line of an administrative document, 'Ngày đăng 26/06/2018', a portal's
 * '16:07 28/06/2022', a page's 'date 2024-07'), leaving out the dates of laws and
 * decisions a preamble cites. Page furniture is read too: that is where portals
 * put the date.
 */
final class DocumentDate {

    private static final int HEAD_TOKENS = 600;
    private static final String NGHI = vn.baocao.extract.text.Fold.spelling("nghị");
    private static final TokenPattern WRITTEN = TokenPattern.compile("ngày <DAY> tháng <M> năm <Y>");
    private static final TokenPattern ISO = TokenPattern.compile("date <Y> - <M> [- <DAY>]");

    private DocumentDate() {
    }

    static LocalDate of(DocumentText doc) {
        Tokens t = doc.tokens();
        int limit = Math.min(t.size(), HEAD_TOKENS);
        for (Paragraph p : doc.paragraphs()) {
            if (p.from() >= limit) {
                break;
            }
            if (p.to() > p.from() && (t.is(p.from(), "căn") || t.is(p.from(), "xét") || t.is(p.from(), "theo") && t.is(p.from() + 1, "quyết"))) {
                continue; // 'Căn cứ Luật ... ngày 19 tháng 6 năm 2015': the date of a law
            }
            for (int i = p.from(); i < Math.min(p.to(), limit); i++) {
                LocalDate d = at(t, i, p.to());
                if (d != null && !cited(t, p.from(), i)) {
                    return d;
                }
            }
        }
        return null;
    }

    private static LocalDate at(Tokens t, int i, int to) {
        try {
            TokenPattern.Match m = WRITTEN.match(t, i, to);
            if (m != null) {
                return LocalDate.of(m.value(Slot.YEAR), m.value(Slot.MONTH), m.value(Slot.DAY));
            }
            m = ISO.match(t, i, to);
            if (m != null) {
                Integer day = m.value(Slot.DAY);
                return LocalDate.of(m.value(Slot.YEAR), m.value(Slot.MONTH), day == null ? 15 : day);
            }
            Slot.Value d = Slot.DATE.read(t, i, to);
            if (d != null && d.year() > 0 && (i == 0 || !t.isNumber(i - 1) || t.spaceBefore(i))) {
                return LocalDate.of(d.year(), d.month(), d.value());
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    /**
     * A date right after 'Luật', 'Quyết định số ...', 'Nghị quyết số ...' or any document number written
     * 'số 12/CT-UBND' (the document's own 'Số: 64/BC-UBND' has its colon) in the same paragraph is cited, not the
     * document's.
     */
    private static boolean cited(Tokens t, int from, int at) {
        for (int i = Math.max(from, at - 12); i < at; i++) {
            if (t.is(i, "luật") || t.is(i, "định") && t.is(i - 1, "quyết") || t.is(i, "quyết") && t.is(i - 1, NGHI)
                    || t.is(i, "tờ") && t.is(i + 1, "trình") || t.is(i, "số") && t.isNumber(i + 1) && t.is(i + 2, '/')) {
                return true;
            }
        }
        return false;
    }
}
