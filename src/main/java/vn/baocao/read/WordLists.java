package vn.baocao.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The lists of a Word document's XML whose size POI pays for with the square of it: the rows of a table, the cells
 * of a row, the paragraphs of a cell. POI builds each of them item by item, counting the list again for every item
 * (a table of 24,000 rows took 4.3 s to open, 8 times as many as one of 3,000 took 17 times as long). Found by
 * reading the XML once, as a stream, before POI opens the document, so that such a file is turned away in time
 * linear in its size instead of holding the night's run for minutes.
 */
final class WordLists {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /** A list longer than the limit: what it is a list of ('rows', 'paragraphs in a cell'). */
    record TooLong(String what) {
        String reason(int limit) {
            return "a Word table with more than " + limit + " " + what + " (Word files read such tables in minutes; "
                    + "save the table as an Excel sheet)";
        }
    }

    private WordLists() {
    }

    /** The first list of {@code documentXml} with more than {@code limit} items, if any. */
    static Optional<TooLong> longerThan(InputStream documentXml, int limit) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        // the open tables, rows and cells, innermost first, each with how many items it holds so far
        Deque<int[]> open = new ArrayDeque<>();
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(documentXml);
            try {
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event != XMLStreamReader.START_ELEMENT && event != XMLStreamReader.END_ELEMENT || !W.equals(xml.getNamespaceURI())) {
                        continue;
                    }
                    int kind = kind(xml.getLocalName());
                    if (kind < 0) {
                        continue;
                    }
                    if (event == XMLStreamReader.END_ELEMENT) {
                        if (kind != PARAGRAPH) {
                            open.pop();
                        }
                        continue;
                    }
                    // a row counts in its table, a cell in its row, a paragraph in its cell (one of the body in none)
                    int[] holder = open.peek();
                    if (holder != null && holder[0] == kind - 1 && ++holder[1] > limit) {
                        return Optional.of(new TooLong(ITEMS[kind]));
                    }
                    if (kind != PARAGRAPH) {
                        open.push(new int[] {kind, 0});
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new IOException("the document's XML cannot be read: " + e.getMessage(), e);
        }
        return Optional.empty();
    }

    private static final int TABLE = 0;
    private static final int ROW = 1;
    private static final int CELL = 2;
    private static final int PARAGRAPH = 3;
    /** What each kind is an item of its holder as: rows of a table, cells of a row, paragraphs of a cell. */
    private static final String[] ITEMS = {null, "rows", "cells in a row", "paragraphs in a cell"};

    private static int kind(String localName) {
        return switch (localName) {
            case "tbl" -> TABLE;
            case "tr" -> ROW;
            case "tc" -> CELL;
            case "p" -> PARAGRAPH;
            default -> -1;
        };
    }
}
