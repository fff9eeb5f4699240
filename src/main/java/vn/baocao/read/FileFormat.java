package vn.baocao.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** The formats baocao reads, told apart by content (magic bytes and container structure), not by name. */
public enum FileFormat {
    TXT, MD, DOCX, XLSX, DOC, XLS, PDF,
    /** An OLE2 container holding an encrypted (password-protected) Office document. */
    ENCRYPTED_OFFICE,
    /** A zip that is not a Word or Excel document. */
    OTHER_ZIP,
    /** An OLE2 file that is neither a Word nor an Excel document. */
    OTHER_OLE2,
    BINARY, EMPTY;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Detects the format of a file from its first bytes and, for containers, their entries. */
    public static FileFormat detect(Path file, String extension) throws IOException {
        byte[] head = new byte[8192];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n == 0) {
            return EMPTY;
        }
        if (n >= 4 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F') {
            return PDF;
        }
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return zipKind(file);
        }
        if (n >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11 && (head[3] & 0xFF) == 0xE0) {
            return ole2Kind(file);
        }
        if (looksBinary(head, n)) {
            return BINARY;
        }
        return "md".equals(extension) ? MD : TXT;
    }

    private static FileFormat zipKind(Path file) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            ZipEntry e;
            int seen = 0;
            while ((e = zip.getNextEntry()) != null && seen++ < 200) {
                String name = e.getName();
                if (name.startsWith("word/")) {
                    return DOCX;
                }
                if (name.startsWith("xl/")) {
                    return XLSX;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return OTHER_ZIP; // a damaged zip: the reader will say what is wrong with it
        }
        return OTHER_ZIP;
    }

    private static FileFormat ole2Kind(Path file) {
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem(file.toFile(), true)) {
            var root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                return ENCRYPTED_OFFICE;
            }
            if (root.hasEntry("WordDocument")) {
                return DOC;
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                return XLS;
            }
            return OTHER_OLE2;
        } catch (IOException | RuntimeException e) {
            return OTHER_OLE2;
        }
    }

    /**
     * What a file detected as text is, said for a person: 'a web page (HTML)', 'a web archive (MHT)', 'a Rich Text
     * (RTF) file' or 'plain text'. Portals and older office systems serve all of these under a Word or Excel name.
     */
    public static String describeText(Path file) throws IOException {
        byte[] head = new byte[1024];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        String start = new String(head, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1).replace("\u0000", "")
                .replaceFirst("^(\u00EF\u00BB\u00BF|\u00FF\u00FE|\u00FE\u00FF)", "").stripLeading().toLowerCase(java.util.Locale.ROOT);
        if (start.startsWith("{\\rtf")) {
            return "a Rich Text (RTF) file";
        }
        if (start.contains("mime-version:") && start.contains("multipart/related")) {
            return "a web archive (MHT)";
        }
        if (start.startsWith("<") && (start.contains("<html") || start.contains("<body") || start.contains("<table"))) {
            return "a web page (HTML)";
        }
        return "plain text";
    }

    /** NUL bytes or many control characters in the first 8 KiB: not a text file. */
    private static boolean looksBinary(byte[] buf, int n) {
        boolean utf16 = n >= 2 && ((buf[0] & 0xFF) == 0xFF && (buf[1] & 0xFF) == 0xFE || (buf[0] & 0xFF) == 0xFE && (buf[1] & 0xFF) == 0xFF);
        if (utf16) {
            return false;
        }
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = buf[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control > n / 20;
    }
}
