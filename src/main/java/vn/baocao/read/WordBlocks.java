package vn.baocao.read;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.w3c.dom.Node;

/**
 * What a Word body or table cell holds, as a reader wants it: its paragraphs and tables in document order, those
 * inside content controls ({@code w:sdt}, which templates and document systems wrap around whole sections) included.
 * POI lists such a control as one element with its text flattened, and a cell's list leaves it out altogether.
 */
final class WordBlocks {

    private WordBlocks() {
    }

    /**
     * The paragraphs and tables of {@code container} (a body or a cell), in order, nested content controls opened.
     * POI's own wrappers are used for the ones it made ({@code paragraphs}, {@code tables}), found by identity in one
     * map: POI's lookup of a wrapper searches its list from the start each time.
     */
    static List<IBodyElement> of(XmlObject container, List<XWPFParagraph> paragraphs, List<XWPFTable> tables, IBody body) {
        Map<XmlObject, IBodyElement> known = new IdentityHashMap<>();
        paragraphs.forEach(p -> known.put(p.getCTP(), p));
        tables.forEach(t -> known.put(t.getCTTbl(), t));
        List<IBodyElement> out = new ArrayList<>();
        add(container, known, body, out);
        return out;
    }

    private static void add(XmlObject container, Map<XmlObject, IBodyElement> known, IBody body, List<IBodyElement> out) {
        try (XmlCursor c = container.newCursor()) {
            if (!c.toFirstChild()) {
                return;
            }
            do {
                XmlObject o = c.getObject();
                if (o instanceof CTP p) {
                    IBodyElement e = known.get(p);
                    out.add(e != null ? e : new XWPFParagraph(p, body));
                } else if (o instanceof CTTbl t) {
                    IBodyElement e = known.get(t);
                    out.add(e != null ? e : new XWPFTable(t, body));
                } else if (o instanceof CTSdtBlock sdt && sdt.getSdtContent() != null) {
                    add(sdt.getSdtContent(), known, body, out);
                }
            } while (c.toNextSibling());
        }
    }

    /** The blocks of one kind: the paragraphs, or the tables. */
    static <T extends IBodyElement> List<T> only(Class<T> kind, List<IBodyElement> blocks) {
        List<T> out = new ArrayList<>();
        for (IBodyElement e : blocks) {
            if (kind.isInstance(e)) {
                out.add(kind.cast(e));
            }
        }
        return out;
    }

    /**
     * A run a reviewer deleted with changes tracked ({@code w:del}, or moved away: {@code w:moveFrom}). POI gives its
     * text with the rest, so a draft read '5.0005.453' where the figure was changed from 5.000 to 5.453.
     */
    static boolean deleted(XWPFRun run) {
        Node parent = run.getCTR().getDomNode().getParentNode();
        if (parent == null) {
            return false;
        }
        String name = parent.getLocalName();
        return "del".equals(name) || "moveFrom".equals(name);
    }
}
