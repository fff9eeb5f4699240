package vn.baocao.extract.language;

/**
 * An example sentence of a rule file entry and what it must give; the test suite
 * runs every one (see jobs/language/README.md for the notation of {@code expect}).
 *
 * @param file     the rule file
 * @param line     the entry's line
 * @param entry    the phrase or pattern the entry is about
 * @param text     the example sentence
 * @param expect   what it must give
 * @param context  the document around it where the file has one ('date=2020-04-10'), else empty
 */
public record Example(String file, long line, String entry, String text, String expect, String context) {

    public static Example of(RuleFile.Row row, String entryColumn) {
        String text = row.get("example");
        if (text.isEmpty()) {
            throw row.error("every entry needs an example sentence (column 'example')");
        }
        return new Example(row.file(), row.line(), row.get(entryColumn), text, row.get("expect"), row.get("context"));
    }

    @Override
    public String toString() {
        return java.nio.file.Path.of(file).getFileName() + ":" + line + " " + entry;
    }
}
