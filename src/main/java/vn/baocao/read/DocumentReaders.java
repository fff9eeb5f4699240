package vn.baocao.read;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** The readers the job knows, chosen by what a file is. */
public final class DocumentReaders {

    private final List<DocumentReader> readers;

    public DocumentReaders(List<DocumentReader> readers) {
        this.readers = List.copyOf(readers);
    }

    public Optional<DocumentReader> forFile(SourceFile file) {
        return readers.stream().filter(r -> r.extensions().contains(file.extension())).findFirst();
    }

    public String supported() {
        TreeSet<String> all = new TreeSet<>();
        readers.forEach(r -> r.extensions().forEach(e -> all.add("." + e)));
        return String.join(", ", all);
    }
}
