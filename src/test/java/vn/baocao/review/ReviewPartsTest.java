package vn.baocao.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The pieces of the pages that must be exactly right: escaping, the correction line, the coverage states. */
class ReviewPartsTest {

    private static Figure figure(String evidence, Integer start, Integer end, Integer table, String correction) {
        return new Figure("ab12", "/in/r.txt", "r.txt", "budget_revenue", "Thu ngân sách", "value", "actual", 1.012e11, null, null,
                "VND", "2024-01", "2024-03", "Thới Lai", evidence, start, end, "dict:budget_revenue", table, table == null ? null : 3,
                table == null ? null : 4, correction, null, null, null, null, 0);
    }

    @Test
    void theCorrectionLineReadsBackAsTheCorrectionsFileExpects() throws Exception {
        String line = CorrectionLine.of(figure("đạt 101.200, \"triệu\" đồng", 10, 25, null, null));
        CSVRecord r = CSVFormat.DEFAULT.builder().setHeader(CorrectionLine.HEADER.toArray(String[]::new)).get()
                .parse(new StringReader(line)).getRecords().get(0);
        assertThat(r.size()).isEqualTo(19);
        assertThat(r.get("file")).isEqualTo("r.txt");
        assertThat(r.get("char_start")).isEqualTo("10");
        assertThat(r.get("table_index")).isEmpty();
        assertThat(r.get("evidence")).isEqualTo("đạt 101.200, \"triệu\" đồng");
        assertThat(r.get("action")).isEqualTo("confirm");
        assertThat(r.get("period_start")).isEqualTo("2024-01");
        assertThat(r.get("value")).isEqualTo("101200000000");
        assertThat(r.get("who") + r.get("when") + r.get("why")).isEmpty();
        assertThat(line).doesNotContain("\n");
    }

    @Test
    void aTableFigureIsKeyedByItsCell() {
        CSVRecord r = parse(CorrectionLine.of(figure("Thu | 2024", 5, 9, 1, null)));
        assertThat(List.of(r.get(2), r.get(3), r.get(4), r.get(5), r.get(6))).containsExactly("", "", "1", "3", "4");
    }

    @Test
    void textFromAReportIsShownNotObeyed() {
        TextMarkup m = new TextMarkup();
        String text = "<script>x</script> đạt 5 tỷ & 7 người";
        int at = text.indexOf("5 tỷ");
        String html = m.render(text, List.of(figure("5 tỷ", at, at + 4, null, "confirm")));
        assertThat(html).startsWith("&lt;script&gt;x&lt;/script&gt;").contains("&amp;")
                .contains("<mark class=\"fig m-value s-actual k-confirm\" id=\"c" + at + "-" + (at + 4) + "\" tabindex=\"0\">5 tỷ</mark>")
                .contains("<span class=\"num\">7</span>");
        assertThat(m.marked()).isEqualTo(1);
        assertThat(Html.json("</script><b>\"")).isEqualTo("\"\\u003c/script\\u003e\\u003cb\\u003e\\\"\"");
    }

    @Test
    void aFigureBeyondTheTextIsNotPlacedAndOverlappingFiguresEachGetAMark() {
        TextMarkup m = new TextMarkup();
        String html = m.render("đạt 140.800/530.000", List.of(figure("a", 4, 19, null, null), figure("b", 12, 19, null, null),
                figure("c", 30, 40, null, null)));
        assertThat(m.marked()).isEqualTo(2);
        assertThat(m.unplaced()).extracting(Figure::charStart).containsExactly(30);
        assertThat(html).contains("id=\"c12-19\" tabindex=\"0\">◆</mark>");
    }

    @Test
    void twoFiguresReadFromTheSamePlaceHaveIdsOfTheirOwn() {
        List<Figure> figures = Figure.numbered(List.of(figure("a", 4, 9, null, null), figure("b", 4, 9, null, null),
                figure("c", 4, 9, 2, null), figure("d", 4, 9, 2, null), figure("e", null, null, null, null)));
        assertThat(figures).extracting(Figure::id).containsExactly("c4-9", "c4-9_1", "t2-3-4", "t2-3-4_1", "n");
        String html = new TextMarkup().render("đạt 140.800", figures.subList(0, 2));
        assertThat(html).contains("id=\"c4-9\"", "id=\"c4-9_1\"");
    }

    @Test
    void aUnitThatReportedTheSamePeriodBeforeIsMissingWhenItHasNotYet() {
        Coverage c = new Coverage(List.of(
                cell("a", "2023-01", "2023-03", 1, 0), cell("a", "2024-01", "2024-03", 1, 0), cell("a", "2023-01", "2023-12", 1, 0),
                cell("b", "2023-01", "2023-03", 1, 0), cell("b", "2024-01", "2024-06", 0, 1),
                cell("c", "2024-01", "2024-03", 1, 0)));
        Coverage.Row a = row(c, "a");
        Coverage.Row b = row(c, "b");
        Coverage.Row cc = row(c, "c");
        Coverage.Period q1of2024 = new Coverage.Period("2024-01", "2024-03");
        Coverage.Period q1of2023 = new Coverage.Period("2023-01", "2023-03");
        Coverage.Period half2024 = new Coverage.Period("2024-01", "2024-06");
        assertThat(c.periods()).as("the same part of the year side by side").containsExactly(q1of2023, q1of2024, half2024,
                new Coverage.Period("2023-01", "2023-12"));
        assertThat(c.state(a, q1of2024)).isEqualTo(Coverage.State.LOADED);
        assertThat(c.state(b, q1of2024)).isEqualTo(Coverage.State.MISSING);
        assertThat(c.state(b, half2024)).isEqualTo(Coverage.State.REJECTED);
        assertThat(c.state(cc, q1of2023)).as("no earlier year to expect it from").isEqualTo(Coverage.State.NONE);
        assertThat(c.state(a, half2024)).as("never sent a half-year report").isEqualTo(Coverage.State.NONE);
    }

    @Test
    void periodsAreNamedAsReportsNameThem() {
        assertThat(PeriodLabel.of("2024-01", "2024-03")).isEqualTo("Quý I/2024");
        assertThat(PeriodLabel.of("2024-07", "2024-09")).isEqualTo("Quý III/2024");
        assertThat(PeriodLabel.of("2024-01", "2024-06")).isEqualTo("6 tháng/2024");
        assertThat(PeriodLabel.of("2024-01", "2024-12")).isEqualTo("Năm 2024");
        assertThat(PeriodLabel.of("2024-05", "2024-05")).isEqualTo("Tháng 5/2024");
        assertThat(PeriodLabel.of(null, null)).isEmpty();
    }

    private static Coverage.Cell cell(String area, String start, String end, int loaded, int rejected) {
        return new Coverage.Cell(area, "xã " + area, "Cần Thơ", start, end, loaded, rejected, loaded > 0 ? "sha-" + area : null);
    }

    private static Coverage.Row row(Coverage c, String area) {
        return c.rows().stream().filter(r -> r.areaId().equals(area)).findFirst().orElseThrow();
    }

    private static CSVRecord parse(String line) {
        try {
            return CSVFormat.DEFAULT.parse(new StringReader(line)).getRecords().get(0);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
