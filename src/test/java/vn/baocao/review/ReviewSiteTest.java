package vn.baocao.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.warehouse.Warehouse;

/** The site written from the sample warehouse: what the pages hold, and which pages a refresh writes again. */
class ReviewSiteTest {

    @TempDir
    Path tmp;
    SampleSite sample;

    @BeforeEach
    void build() throws Exception {
        sample = SampleSite.build(tmp);
    }

    @Test
    void theIndexListsEveryDocumentAndEveryPageIsWritten() throws Exception {
        String index = read("index.html");
        assertThat(index).contains("bao-cao-quy-I-2022.txt", "nghi-quyet-HDND-nam-2025.md", "huyện Thới Lai", "Quý I/2023");
        for (String sha : new String[] {sample.sha256Of("bao-cao-quy-I-2022.txt"), sample.sha256Of("nghi-quyet-HDND-nam-2025.md")}) {
            assertThat(index).contains("doc/" + sha + ".html");
            assertThat(sample.site().resolve("doc/" + sha + ".html")).isRegularFile();
        }
        assertThat(read("coverage.html")).contains("Quý I", "2022", "2023", "2024", "huyện Thới Lai");
        assertThat(read("indicators.html")).contains("indicator/prod_value_total.html", "Giá trị sản xuất");
        assertThat(sample.site().resolve("assets/echarts.min.js")).isRegularFile();
    }

    @Test
    void aRefreshWritesOnlyThePagesWhoseFiguresOrCorrectionsChanged() throws Exception {
        String sha = sample.sha256Of("bao-cao-quy-I-2024.txt");
        assertThat(refresh().pagesWritten()).as("nothing changed").isZero();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + sample.warehouse().toAbsolutePath());
             Statement st = c.createStatement()) {
            st.execute("""
                    INSERT INTO correction_applied (line_no, action, sha256, source_file, char_start, char_end, evidence, value, who,
                                                    corrected_on, why)
                    VALUES (2, 'change', '%s', 'bao-cao-quy-I-2024.txt', 341, 354, 'x', 4950000000000, 'Lan', '2025-01-10',
                            'the official figure')""".formatted(sha));
        }
        ReviewSite.Summary s = refresh();
        assertThat(s.pagesWritten()).isEqualTo(1);
        assertThat(s.pagesUnchanged()).isEqualTo(3);
        String page = read("doc/" + sha + ".html");
        assertThat(page).contains("class=\"fig m-value s-estimate k-change\" id=\"c341-354\"", "4.950 tỷ đồng", "Lan, 2025-01-10: the official figure",
                "đã đọc: prod_value_total 4.910 tỷ đồng");
    }

    @Test
    void aDocumentWhoseFileIsGoneOrChangedSaysSoInsteadOfHighlightingTheWrongPlaces() throws Exception {
        String gone = sample.sha256Of("bao-cao-quy-I-2022.txt");
        String changed = sample.sha256Of("bao-cao-quy-I-2023.txt");
        Files.delete(sample.inbox().resolve("thoi-lai/bao-cao-quy-I-2022.txt"));
        Files.writeString(sample.inbox().resolve("thoi-lai/bao-cao-quy-I-2023.txt"), "Một văn bản khác.\n", StandardCharsets.UTF_8);
        assertThat(refresh().pagesWritten()).isEqualTo(2);
        String gonePage = read("doc/" + gone + ".html");
        assertThat(gonePage).contains("Tệp không còn").doesNotContain("class=\"fig ");
        assertThat(gonePage).as("its figures are still listed").contains("Tất cả số liệu (35)");
        assertThat(read("doc/" + changed + ".html")).contains("Tệp đã thay đổi").doesNotContain("class=\"fig ");
    }

    @Test
    void everyFigureOfAPageIsHighlightedOnceAndItsCorrectionLineIsThere() throws Exception {
        String sha = sample.sha256Of("bao-cao-quy-I-2023.txt");
        String page = read("doc/" + sha + ".html");
        int figures = Integer.parseInt(sample.query("SELECT count(*) FROM v_fact_reviewed WHERE sha256 = '" + sha + "'"));
        assertThat(count(page, "<mark class=\"fig ")).isEqualTo(figures);
        assertThat(count(page, "\"line\":\"bao-cao-quy-I-2023.txt," + sha + ",")).isEqualTo(figures);
    }

    @Test
    void aWordOrExcelDocumentShowsItsTablesWithTheFiguresCellsHighlighted(@TempDir Path office) throws Exception {
        Path inbox = java.nio.file.Files.createDirectories(office.resolve("inbox/thoi-lai"));
        vn.baocao.support.Fixtures.docx(inbox.resolve("bao-cao.docx"));
        vn.baocao.support.Fixtures.xlsx(inbox.resolve("phu-luc.xlsx"));
        Path warehouse = office.resolve("w.duckdb");
        vn.baocao.support.CliRun.of("ingest", "--input", office.resolve("inbox").toString(), "--warehouse", warehouse.toString());
        Path site = office.resolve("site");
        assertThat(vn.baocao.support.CliRun.of("review", "--warehouse", warehouse.toString(), "--out", site.toString()).exit()).isZero();
        SampleSite officeSite = new SampleSite(inbox, warehouse, site);
        for (String file : new String[] {"bao-cao.docx", "phu-luc.xlsx"}) {
            String sha = officeSite.sha256Of(file);
            int inTables = Integer.parseInt(officeSite.query("SELECT count(*) FROM v_fact_reviewed WHERE sha256 = '" + sha
                    + "' AND table_index IS NOT NULL"));
            int all = Integer.parseInt(officeSite.query("SELECT count(*) FROM v_fact_reviewed WHERE sha256 = '" + sha + "'"));
            String page = Files.readString(site.resolve("doc/" + sha + ".html"), StandardCharsets.UTF_8);
            assertThat(inTables).as(file + " has figures read from tables").isPositive();
            assertThat(count(page, "<td class=\"hit\"><mark class=\"fig ")).as(file).isLessThanOrEqualTo(inTables).isPositive();
            assertThat(count(page, "<mark class=\"fig ")).as(file + ": every figure on the page").isEqualTo(all);
            assertThat(page).contains("<table class=\"src\">").doesNotContain("không đặt được");
        }
    }

    private ReviewSite.Summary refresh() throws Exception {
        try (Connection c = Warehouse.openForReading(sample.warehouse())) {
            return new ReviewSite(sample.site()).refresh(c);
        }
    }

    private String read(String page) throws Exception {
        return Files.readString(sample.site().resolve(page), StandardCharsets.UTF_8);
    }

    private static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
