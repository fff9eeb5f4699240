package vn.baocao.read;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks the inbox folders recursively and lists the files in them. Hidden
 * files and folders (a leading '.') and editor lock files ('~$...') are not
 * reports and are left alone; folders that cannot be entered are reported.
 */
public final class InboxScanner {

    /** What a scan found: the files, and the places it could not look into. */
    public record Scan(List<SourceFile> files, Map<Path, String> problems) {
    }

    public Scan scan(List<Path> inputs) throws IOException {
        Map<Path, SourceFile> files = new LinkedHashMap<>();
        Map<Path, String> problems = new LinkedHashMap<>();
        for (Path input : inputs) {
            Path root = input.toAbsolutePath().normalize();
            if (!Files.exists(root)) {
                throw new IOException("input folder does not exist: " + root);
            }
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (hidden(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isSymbolicLink()) {
                        // Reached only when the link could not be followed: it is broken or loops.
                        problems.put(file.toAbsolutePath().normalize(), "cannot open: broken or looping symbolic link");
                    } else if (attrs.isRegularFile()) {
                        Path p = file.toAbsolutePath().normalize();
                        files.putIfAbsent(p, new SourceFile(p, attrs.size(), attrs.lastModifiedTime().toInstant()));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    String why = e instanceof FileSystemLoopException ? "symbolic link loop, not followed"
                            : e instanceof java.nio.file.AccessDeniedException ? "cannot open: permission denied"
                            : "cannot open: " + e.getMessage();
                    problems.put(file.toAbsolutePath().normalize(), why);
                    return FileVisitResult.CONTINUE;
                }
            });
        }
        List<SourceFile> list = new ArrayList<>(files.values());
        list.sort((a, b) -> a.path().compareTo(b.path()));
        return new Scan(list, problems);
    }

    /** Hidden files, editor lock files and the inbox manifest are not reports. */
    private static boolean hidden(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        return name.startsWith(".") || name.startsWith("~$") || name.equals(MANIFEST);
    }

    /** The inbox manifest that says which area the reports of a folder are about (see extract.area.InboxAreas). */
    public static final String MANIFEST = "baocao-inbox.csv";
}
