package vn.baocao.read;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses the reader for a file by what the file is, not what it is called,
 * and turns every way a file can be unreadable into a rejection with a reason.
 */
public final class DocumentReaders {

    private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "md");
    private static final Set<String> KNOWN_EXTENSIONS = Set.of("txt", "md", "docx", "doc", "xlsx", "xls", "pdf");

    private final Map<FileFormat, DocumentReader> readers = new EnumMap<>(FileFormat.class);
    private final long maxBytes;

    public DocumentReaders(List<DocumentReader> readers, long maxBytes) {
        readers.forEach(r -> this.readers.put(r.format(), r));
        this.maxBytes = maxBytes;
    }

    /** The readers for every format baocao supports. */
    public static DocumentReaders standard(ReadLimits limits) {
        return new DocumentReaders(List.of(
                new TextFileReader(FileFormat.TXT), new TextFileReader(FileFormat.MD),
                new DocxReader(limits), new DocReader(limits), new XlsxReader(limits), new XlsReader(limits), new PdfReader(limits)),
                limits.maxFileBytes());
    }

    public String supported() {
        return ".txt, .md, .docx, .doc, .xlsx, .xls, .pdf";
    }

    public DocumentContent read(SourceFile file) throws RejectedDocumentException {
        return read(file, ReadBudget.NONE);
    }

    /** The same, the reader asking {@code budget} between the parts of a long document (see {@link ReadBudget}). */
    public DocumentContent read(SourceFile file, ReadBudget budget) throws RejectedDocumentException {
        if (file.size() > maxBytes) {
            throw new RejectedDocumentException("file too large: " + file.size() + " bytes (limit " + maxBytes
                    + " bytes, set max-file-mb in the job configuration)");
        }
        FileFormat format;
        try {
            format = FileFormat.detect(file.path(), file.extension());
        } catch (IOException e) {
            throw RejectedDocumentException.unreadable(e);
        }
        String ext = file.extension();
        switch (format) {
            case EMPTY -> throw new RejectedDocumentException("empty file");
            case ENCRYPTED_OFFICE -> throw new RejectedDocumentException("password-protected Office document: save a copy without a password");
            case OTHER_OLE2 -> throw new RejectedDocumentException("an Office file of a kind baocao does not read (supported: " + supported() + ")");
            case OTHER_ZIP -> throw new RejectedDocumentException(ext.equals("docx") || ext.equals("xlsx")
                    ? "corrupt or truncated Office file: the zip holds no Word or Excel document"
                    : "a zip archive, not a document (supported: " + supported() + ")");
            case BINARY -> throw new RejectedDocumentException(TEXT_EXTENSIONS.contains(ext)
                    ? "not a text document (binary content)"
                    : KNOWN_EXTENSIONS.contains(ext)
                    ? "wrong extension or damaged file: named ." + ext + " but the content is not a ." + ext + " document"
                    : "not a document baocao reads (binary content; supported: " + supported() + ")");
            case TXT, MD -> {
                if (!TEXT_EXTENSIONS.contains(ext)) {
                    throw new RejectedDocumentException(KNOWN_EXTENSIONS.contains(ext) ? wrongName(file, ext)
                            : "unsupported format ('." + ext + "'; supported: " + supported() + ")");
                }
            }
            default -> {
                // an Office or PDF document: read by what it is, whatever its name says
            }
        }
        DocumentReader reader = readers.get(format);
        if (reader == null) {
            throw new RejectedDocumentException("unsupported format (" + format.code() + ")");
        }
        DocumentContent content = reader.read(file, budget);
        if (!ext.equals(format.code()) && !(format == FileFormat.TXT && ext.equals("md"))) {
            return new DocumentContent(format.code() + " (named ." + ext + ")", content.text(), content.tables());
        }
        return content;
    }

    /** Why a text under an Office or PDF name is turned away, and, when it is markup, what to do with it. */
    private static String wrongName(SourceFile file, String ext) throws RejectedDocumentException {
        String kind;
        try {
            kind = FileFormat.describeText(file.path());
        } catch (IOException e) {
            throw RejectedDocumentException.unreadable(e);
        }
        String why = "wrong extension: named ." + ext + " but the content is " + kind;
        return kind.equals("plain text") ? why : why + "; open it in Word or LibreOffice and save it as ." + (ext.startsWith("xls") ? "xlsx" : "docx");
    }
}
