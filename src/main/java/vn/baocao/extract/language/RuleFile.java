package vn.baocao.extract.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * One CSV file of language rules: a header row, then one entry per row. Every
 * error names the file and the line, so a statistician can mend it.
 */
public final class RuleFile {

    /** One entry of a rule file. */
    public record Row(String file, long line, CSVRecord record) {

        public String get(String column) {
            return record.isMapped(column) && record.isSet(column) ? record.get(column).strip() : "";
        }

        /** The '|'-separated alternatives of a cell, trimmed, empty ones dropped. */
        public List<String> list(String column) {
            String v = get(column);
            return v.isEmpty() ? List.of() : Arrays.stream(v.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        public IllegalArgumentException error(String message) {
            return new IllegalArgumentException(file + " line " + line + ": " + message);
        }

        /** Where the entry stands, for the rule an observation names. */
        public String where() {
            return Path.of(file).getFileName() + ":" + line;
        }
    }

    private RuleFile() {
    }

    /** Reads a rule file from a folder, or the bundled copy of {@code name} when the folder is null. */
    public static List<Row> read(Path folder, String name, String... required) throws IOException {
        if (folder != null) {
            Path file = folder.resolve(name);
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return parse(r, file.toString(), required);
            }
        }
        return readResource("jobs/language/" + name, required);
    }

    /** Reads a rule file bundled in the jar. */
    public static List<Row> readResource(String resource, String... required) throws IOException {
        InputStream in = RuleFile.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("the bundled rule file " + resource + " is missing from the jar");
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse(r, resource, required);
        }
    }

    public static List<Row> parse(Reader reader, String name, String... required) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
        List<Row> rows = new ArrayList<>();
        var parser = format.parse(reader);
        for (String column : required) {
            if (!parser.getHeaderMap().containsKey(column)) {
                throw new IllegalArgumentException(name + ": missing column '" + column + "' (columns: " + parser.getHeaderNames() + ")");
            }
        }
        for (CSVRecord r : parser) {
            // The header is line 1; a record spanning lines starts where the parser says.
            Row row = new Row(name, r.getRecordNumber() + 1, r);
            if (row.get(required[0]).isEmpty() || row.get(required[0]).startsWith("#")) {
                continue;
            }
            rows.add(row);
        }
        return rows;
    }
}
