package vn.baocao.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads PDF text with PDFBox, page by page, in bounded memory (a temp-file
 * cache). Running headers and footers (lines that repeat at the top or bottom of
 * most pages) and page numbers are removed; words hyphenated across lines are
 * joined. Paragraph repair and footnotes are left to the normaliser, as for
 * any converted text. A PDF without a text layer is rejected: it needs OCR.
 */
public final class PdfReader implements DocumentReader {

    private static final Pattern PAGE_NUMBER = Pattern.compile("^\\s*(?:trang\\s*)?[-–]?\\s*\\d{1,4}\\s*[-–]?\\s*(?:/\\s*\\d{1,4})?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern HYPHENATED = Pattern.compile("(\\p{Ll})-\\n(\\p{Ll})", Pattern.UNICODE_CASE);
    private static final int EDGE_LINES = 3;

    private final ReadLimits limits;

    public PdfReader(ReadLimits limits) {
        this.limits = limits;
    }

    @Override
    public FileFormat format() {
        return FileFormat.PDF;
    }

    @Override
    public DocumentContent read(SourceFile file) throws RejectedDocumentException {
        return read(file, ReadBudget.NONE);
    }

    @Override
    public DocumentContent read(SourceFile file, ReadBudget budget) throws RejectedDocumentException {
        try (PDDocument pdf = Loader.loadPDF(file.path().toFile(), IOUtils.createTempFileOnlyStreamCache())) {
            if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
                throw new RejectedDocumentException("encrypted PDF: copying text is not permitted");
            }
            int pages = pdf.getNumberOfPages();
            PDFTextStripper stripper = new PDFTextStripper();
            List<List<String>> pageLines = new ArrayList<>();
            for (int p = 1; p <= pages; p++) {
                budget.check("reading page " + p + " of " + pages);
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pageLines.add(new ArrayList<>(List.of(stripper.getText(pdf).split("\\r?\\n"))));
            }
            if (pageLines.stream().allMatch(lines -> String.join("", lines).isBlank())) {
                throw new RejectedDocumentException("no text layer: needs OCR (a scanned PDF of " + pages + " page"
                        + (pages == 1 ? "" : "s") + ")");
            }
            removeRunningLines(pageLines);
            StringBuilder text = new StringBuilder();
            for (List<String> lines : pageLines) {
                lines.forEach(l -> text.append(l).append('\n'));
            }
            String joined = HYPHENATED.matcher(text).replaceAll("$1$2");
            return DocumentContent.text(format().code(), LegacyVietnamese.convertParagraphs(TextChars.of(joined)));
        } catch (InvalidPasswordException e) {
            throw new RejectedDocumentException("encrypted PDF: it needs a password to open", e);
        } catch (RejectedDocumentException e) {
            throw e;
        } catch (OutOfMemoryError e) {
            throw RejectedDocumentException.tooLargeForMemory("PDF", e);
        } catch (IOException | RuntimeException e) {
            throw new RejectedDocumentException("corrupt or truncated PDF: " + e.getMessage(), e);
        }
    }

    /** Drops page numbers and lines repeated at the top or bottom of at least half of the pages. */
    private static void removeRunningLines(List<List<String>> pages) {
        Map<String, Integer> seen = new HashMap<>();
        for (List<String> lines : pages) {
            edges(lines).stream().map(PdfReader::shape).distinct().forEach(k -> seen.merge(k, 1, Integer::sum));
        }
        int threshold = Math.max(2, (pages.size() + 1) / 2);
        for (List<String> lines : pages) {
            List<String> edge = edges(lines);
            lines.removeIf(l -> edge.contains(l) && (PAGE_NUMBER.matcher(l).matches()
                    || pages.size() >= 3 && !l.isBlank() && seen.getOrDefault(shape(l), 0) >= threshold));
        }
    }

    private static List<String> edges(List<String> lines) {
        List<String> nonBlank = lines.stream().filter(l -> !l.isBlank()).toList();
        List<String> out = new ArrayList<>(nonBlank.subList(0, Math.min(EDGE_LINES, nonBlank.size())));
        out.addAll(nonBlank.subList(Math.max(0, nonBlank.size() - EDGE_LINES), nonBlank.size()));
        return out;
    }

    /** A line with its digits blurred, so 'Trang 3' and 'Trang 4' count as the same running line. */
    private static String shape(String line) {
        return line.strip().replaceAll("\\d+", "#");
    }
}
