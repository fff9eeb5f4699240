package vn.baocao.correct;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads jobs/corrections.csv, the file statisticians edit by hand (see the README, 'Correcting figures'). A wrong line
 * never stops the run: it comes back as a {@link RejectedLine} naming the file, the line and what to fix, and the
 * other lines are applied.
 */
public final class CorrectionsFile {

    public static final List<String> COLUMNS = List.of("file", "sha256", "char_start", "char_end", "table_index", "table_row",
            "table_col", "evidence", "action", "indicator", "measure", "status", "period_start", "period_end", "value", "area",
            "who", "when", "why");

    private CorrectionsFile() {
    }

    /**
     * The lines of the file; an absent file has none.
     *
     * @param knownIndicator whether an indicator code is in the dictionary the run reads with
     */
    public static CorrectionLines read(Path file, Predicate<String> knownIndicator) throws IOException {
        if (file == null || !Files.isRegularFile(file)) {
            return CorrectionLines.NONE;
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // saved by Excel
        }
        LineValidator validator = new LineValidator(knownIndicator);
        List<Correction> valid = new ArrayList<>();
        List<RejectedLine> invalid = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).get().parse(new StringReader(text))) {
            Map<String, Integer> columns = null;
            Lines lines = new Lines(text);
            int lastLine = 1;
            try {
                for (CSVRecord rec : parser) {
                    int line = lines.at(rec.getCharacterPosition());
                    lastLine = line;
                    if (columns == null) {
                        columns = header(rec);
                        List<String> missing = COLUMNS.stream().filter(c -> !hasColumn(rec, c)).toList();
                        if (!missing.isEmpty()) {
                            invalid.add(new RejectedLine(line, null, null, "the header lacks "
                                    + String.join(", ", missing) + " (it must be " + String.join(",", COLUMNS) + "); no line was applied"));
                            return new CorrectionLines(List.of(), invalid);
                        }
                        continue;
                    }
                    if (rec.size() == 1 && rec.get(0).isBlank()) {
                        continue;
                    }
                    Map<String, String> values = new HashMap<>();
                    for (Map.Entry<String, Integer> c : columns.entrySet()) {
                        values.put(c.getKey(), c.getValue() < rec.size() ? rec.get(c.getValue()).strip() : "");
                    }
                    try {
                        valid.add(validator.validate(line, values));
                    } catch (LineValidator.BadLine bad) {
                        invalid.add(new RejectedLine(line, values.get("action"), values.get("file"), bad.getMessage()));
                    }
                }
            } catch (UncheckedIOException | IllegalStateException e) {
                // A stray quote stops the CSV reader: what came before it stands, what follows it is reported.
                int line = Math.max(lastLine + 1, (int) parser.getCurrentLineNumber());
                invalid.add(new RejectedLine(line, null, null, "cannot be read as CSV ("
                        + rootMessage(e) + "); this line and those after it were not applied"));
            }
        }
        return new CorrectionLines(valid, invalid);
    }

    private static boolean hasColumn(CSVRecord header, String column) {
        return header.stream().anyMatch(h -> h.strip().equalsIgnoreCase(column));
    }

    private static Map<String, Integer> header(CSVRecord rec) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < rec.size(); i++) {
            out.putIfAbsent(rec.get(i).strip().toLowerCase(java.util.Locale.ROOT), i);
        }
        return out;
    }

    /** 1-based lines of character offsets met in order: a record's evidence may span lines, so records are not lines. */
    private static final class Lines {
        private final String text;
        private int offset;
        private int line = 1;

        Lines(String text) {
            this.text = text;
        }

        int at(long position) {
            for (; offset < position && offset < text.length(); offset++) {
                if (text.charAt(offset) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable r = t;
        while (r.getCause() != null) {
            r = r.getCause();
        }
        return String.valueOf(r.getMessage());
    }
}
