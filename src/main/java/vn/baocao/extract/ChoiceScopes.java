package vn.baocao.extract;

import java.util.List;
import vn.baocao.extract.document.DocumentText;
import vn.baocao.extract.document.Paragraph;
import vn.baocao.extract.number.Quantity;
import vn.baocao.extract.text.Tokens;

/** Where, for one figure, the context and exclusion words that decide between indicators are looked for. */
final class ChoiceScopes {

    /** How far back context words are looked for. */
    private static final int CONTEXT_TOKENS = 400;

    private final DocumentText doc;
    private final Tokens t;
    private final Sections sections;
    /** The paragraph of the last figure, and what was worked out for it. */
    private Paragraph paragraph;
    private int previousStart;
    private int[] anchor;
    private int[] label;

    ChoiceScopes(DocumentText doc, Sections sections) {
        this.doc = doc;
        this.t = doc.tokens();
        this.sections = sections;
    }

    IndicatorChooser.Scope of(Figure f) {
        Quantity q = f.q;
        Paragraph para = f.s.paragraph();
        if (para != paragraph) {
            // what depends on the paragraph alone is worked out once for all its figures (the heading over it
            // changes only between paragraphs)
            paragraph = para;
            previousStart = previousParagraphStart(para);
            anchor = anchorContext(para);
            label = label(para);
        }
        int contextFrom = Math.max(para.from(), q.start() - CONTEXT_TOKENS);
        int outerFrom = Math.max(previousStart, q.start() - CONTEXT_TOKENS);
        int tailEnd = tailEnd(q, f.next, f.clauseTo);
        return new IndicatorChooser.Scope(contextFrom, outerFrom, f.s.to(), anchor[0], anchor[1], f.windowFrom, tailEnd,
                label[0], label[1]);
    }

    /** Where exclusion words after a figure stop: the next comma, bracket or figure. */
    private int tailEnd(Quantity q, int next, int clauseTo) {
        int limit = Math.min(next, clauseTo);
        for (int i = q.end(); i < limit; i++) {
            char c = t.punct(i);
            if (c == ',' || c == '(' || c == ';') {
                return i;
            }
        }
        return limit;
    }

    /**
     * Context words count from the paragraph before: 'Trong đó, khu vực nông - lâm - thủy sản tăng 3,09%' on a line of
     * its own breaks down the GRDP of the line above.
     */
    private int previousParagraphStart(Paragraph p) {
        List<Paragraph> all = doc.paragraphs();
        for (int i = p.index() - 1; i >= 0; i--) {
            Paragraph before = all.get(i);
            if (!before.furniture() && !before.isEmpty()) {
                return before.footnote() == null ? before.from() : p.from();
            }
        }
        return p.from();
    }

    /** A footnote body reads in the context of the sentence its mark stands in: that paragraph up to the mark. */
    private int[] anchorContext(Paragraph p) {
        if (p.footnote() != null && p.footnote().anchor() >= 0) {
            int anchor = t.indexAt(p.footnote().anchor());
            Paragraph at = doc.paragraphOf(Math.max(0, anchor - 1));
            return new int[] {Math.max(at.from(), anchor - CONTEXT_TOKENS), anchor};
        }
        return new int[] {0, 0};
    }

    /** The label that opens a paragraph ('Cây lương thực có hạt: ...', '- Cây lạc: ...'), else the last heading. */
    private int[] label(Paragraph p) {
        for (int i = p.from(); i < Math.min(p.to(), p.from() + 8); i++) {
            if (t.is(i, ':')) {
                return new int[] {p.from(), i};
            }
        }
        int[] heading = sections.label();
        return heading == null ? new int[] {0, 0} : heading;
    }
}
