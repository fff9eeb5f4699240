package vn.baocao.correct;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the corrections file as a statistician saves it: from Excel, with evidence over two lines, with mistakes. */
class CorrectionsFileTest {

    private static final String HEADER = String.join(",", CorrectionsFile.COLUMNS) + "\n";

    @TempDir
    Path tmp;

    private CorrectionLines read(String content) throws Exception {
        Path file = tmp.resolve("corrections.csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return CorrectionsFile.read(file, Set.of("prod_value_total")::contains);
    }

    @Test
    void linesAreCountedInTheFileEvenWhenEvidenceSpansTwoAndExcelAddedAMark() throws Exception {
        CorrectionLines lines = read("\uFEFF" + HEADER
                + "a.txt,,10,20,,,,\"dòng một\ndòng hai\",change,,,,2024-01,2024-03,12.5,,Lan,2026-11-30,vì\n"
                + "\n"
                + "a.txt,,,,1,2,3,,add,prod_value_total,value,actual,2024-01,2024-03,7,xã Đức Giang,Lan,2026-11-30 08:00,sót\n"
                + "a.txt,,,,,,,x,delete,,,,,,,,Lan,30/11/2026,vì\n");

        assertThat(lines.valid()).extracting(Correction::lineNo, Correction::action).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, Correction.Action.CHANGE), org.assertj.core.groups.Tuple.tuple(5, Correction.Action.ADD));
        Correction change = lines.valid().get(0);
        assertThat(change.evidence()).isEqualTo("dòng một\ndòng hai");
        assertThat(change.value()).isEqualTo(12.5);
        assertThat(change.periodEnd()).isEqualTo(YearMonth.of(2024, 3));
        assertThat(lines.valid().get(1).tableCol()).isEqualTo(3);
        assertThat(lines.invalid()).singleElement().satisfies(r -> {
            assertThat(r.lineNo()).isEqualTo(6);
            assertThat(r.message()).startsWith("'when' is '30/11/2026', not a date");
        });
    }

    @Test
    void aWrongHeaderAppliesNothingAndSaysWhatIsMissing() throws Exception {
        CorrectionLines lines = read("file,action,value\na.txt,delete,1\n");

        assertThat(lines.valid()).isEmpty();
        assertThat(lines.invalid()).singleElement().satisfies(r -> assertThat(r.message()).startsWith("the header lacks sha256, char_start"));
    }

    @Test
    void aStrayQuoteKeepsTheLinesBeforeItAndReportsWhereReadingStopped() throws Exception {
        CorrectionLines lines = read(HEADER
                + "a.txt,,,,,,,x,confirm,,,,,,,,Lan,2026-11-30,đúng\n"
                + "a.txt,,,,,,,\"x\"y,confirm,,,,,,,,Lan,2026-11-30,đúng\n");

        assertThat(lines.valid()).hasSize(1);
        assertThat(lines.invalid()).singleElement().satisfies(r -> {
            assertThat(r.lineNo()).isEqualTo(3);
            assertThat(r.message()).startsWith("cannot be read as CSV");
        });
    }

    @Test
    void anAbsentFileHasNoLines() throws Exception {
        assertThat(CorrectionsFile.read(tmp.resolve("none.csv"), c -> true)).isEqualTo(CorrectionLines.NONE);
    }
}
