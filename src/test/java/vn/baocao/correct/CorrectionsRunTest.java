package vn.baocao.correct;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.cli.ExitCode;
import vn.baocao.support.CliRun;
import vn.baocao.support.SampleReports;
import vn.baocao.support.WarehouseSnapshot;

/** The corrections file through real ingest runs on a copy of the sample inbox. */
class CorrectionsRunTest {

    private static final String REPORT = "bao-cao-quy-I-2023.txt";
    private static final String HEADER = String.join(",", CorrectionsFile.COLUMNS);
    /** The headline of the 2023 report: 'giá trị sản xuất các khu vực ước đạt 4.480 tỷ đồng'. */
    private static final String HEADLINE = "indicator = 'prod_value_total' AND measure = 'value'";

    @TempDir
    Path tmp;
    Path inbox;
    Path wh;
    Path corrections;

    @BeforeEach
    void firstRun() throws Exception {
        inbox = SampleReports.copyTo(tmp.resolve("inbox"));
        wh = tmp.resolve("w.duckdb");
        corrections = tmp.resolve("corrections.csv");
        Files.writeString(corrections, HEADER + "\n", StandardCharsets.UTF_8);
        CliRun first = ingest();
        assertThat(first.exit()).as(first.toString()).isZero();
        assertThat(first.out()).contains("corrections applied       0");
    }

    private CliRun ingest(String... more) {
        List<String> args = new ArrayList<>(List.of("ingest", "--input", inbox.toString(), "--warehouse", wh.toString(),
                "--corrections", corrections.toString()));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    /** A line keyed as the review site writes it: the figure's current hash, span and evidence. */
    private List<String> keyedLine(String where, String action, String indicator, String measure, String status, String value,
                                   String why) throws Exception {
        String key = WarehouseSnapshot.rows(wh, "SELECT sha256 || '|' || char_start || '|' || char_end || '|' || evidence FROM fact_observation "
                + "WHERE source_file = '" + REPORT + "' AND " + where).get(0);
        String[] k = key.split("\\|", 4);
        return List.of(REPORT, k[0], k[1], k[2], "", "", "", k[3], action, indicator, measure, status, "", "", value, "",
                "Lan", "2026-11-30", why);
    }

    private void writeCorrections(List<List<String>> lines) throws Exception {
        StringWriter w = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180)) {
            p.printRecord(CorrectionsFile.COLUMNS);
            for (List<String> l : lines) {
                p.printRecord(l);
            }
        }
        Files.writeString(corrections, w.toString(), StandardCharsets.UTF_8);
    }

    private List<String> headline() throws Exception {
        return WarehouseSnapshot.rows(wh, "SELECT value || ' ' || extracted_value || ' ' || correction || ' ' || correction_note "
                + "FROM v_observation_versions WHERE source_file = '" + REPORT + "' AND " + HEADLINE);
    }

    private List<String> outcomes() throws Exception {
        return WarehouseSnapshot.rows(wh, "SELECT line_no || ' ' || outcome || ' ' || coalesce(message, '') FROM correction_outcome");
    }

    @Test
    void aChangedValueIsAppliedByARunWhereOnlyTheCorrectionsChangedAndSurvivesForce() throws Exception {
        writeCorrections(List.of(keyedLine(HEADLINE, "change", "", "", "", "4490000000000", "số liệu chính thức")));

        CliRun run = ingest();

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("skipped, unchanged        4", "corrections applied       1");
        assertThat(headline()).containsExactly("4490000000000.0 4480000000000.0 change Lan, 2026-11-30: số liệu chính thức");
        assertThat(WarehouseSnapshot.rows(wh, "SELECT value || ' ' || corrected FROM v_yoy WHERE indicator = 'prod_value_total' "
                + "AND period_start = '2023-01' AND period_end = '2023-03'")).containsExactly("4490000000000.0 true");
        // The facts keep what was read.
        assertThat(WarehouseSnapshot.rows(wh, "SELECT value FROM fact_observation WHERE source_file = '" + REPORT + "' AND " + HEADLINE))
                .containsExactly("4.48E12");

        CliRun forced = ingest("--force");

        assertThat(forced.out()).as(forced.toString()).contains("loaded                    4", "corrections applied       1");
        assertThat(headline()).containsExactly("4490000000000.0 4480000000000.0 change Lan, 2026-11-30: số liệu chính thức");
    }

    @Test
    void theConsistencyChecksReadTheFiguresAsCorrected() throws Exception {
        // a correction typed with the wrong sign: the checks see the figure as the warehouse now gives it
        writeCorrections(List.of(keyedLine(HEADLINE, "change", "", "", "", "-4490000000000", "số liệu chính thức")));

        CliRun wrong = ingest();

        assertThat(wrong.exit()).as(wrong.toString()).isZero();
        assertThat(wrong.out()).contains("corrections applied       1").containsPattern("consistency checks\\s+4 error")
                .contains("error impossible_value: " + REPORT + ": a negative value (-4490000000000.0)")
                .contains("error part_exceeds_total: " + REPORT + ": prod_value_agri (1090000000000.0) is larger than prod_value_total (-4490000000000.0)");

        writeCorrections(List.of(keyedLine(HEADLINE, "change", "", "", "", "4490000000000", "số liệu chính thức")));
        CliRun mended = ingest();

        assertThat(mended.out()).containsPattern("consistency checks\\s+0 error");
        assertThat(WarehouseSnapshot.count(wh, "SELECT count(*) FROM check_result")).isZero();
    }

    @Test
    void aCorrectionFollowsItsFigureIntoANewVersionWhoseOffsetsMoved() throws Exception {
        writeCorrections(List.of(keyedLine(HEADLINE, "change", "", "", "", "4490000000000", "số liệu chính thức")));
        assertThat(ingest().exit()).isZero();
        Path report = inbox.resolve("thoi-lai").resolve(REPORT);
        Files.writeString(report, "Bản lưu lại ngày 01/12/2026.\n" + Files.readString(report, StandardCharsets.UTF_8), StandardCharsets.UTF_8);

        CliRun run = ingest();

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("loaded                    1", "corrections applied       1");
        assertThat(headline()).containsExactly("4490000000000.0 4480000000000.0 change Lan, 2026-11-30: số liệu chính thức");
        assertThat(outcomes()).singleElement().asString().startsWith("2 applied found by its evidence at characters 355-368");
    }

    @Test
    void aCorrectionWhoseSentenceWasEditedAwayIsAnOrphanInTheSummary() throws Exception {
        writeCorrections(List.of(keyedLine(HEADLINE, "confirm", "", "", "", "", "đã đối chiếu")));
        assertThat(ingest().out()).contains("corrections applied       1");
        Path report = inbox.resolve("thoi-lai").resolve(REPORT);
        String text = Files.readString(report, StandardCharsets.UTF_8);
        assertThat(text).contains("các khu vực ước đạt 4.480 tỷ đồng");
        Files.writeString(report, text.replace("các khu vực ước đạt 4.480 tỷ đồng", "các khu vực ước đạt 4.485 tỷ đồng"), StandardCharsets.UTF_8);

        CliRun run = ingest();

        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCode.REJECTED_FILES);
        assertThat(run.out()).contains("corrections applied       0", "corrections unused        1",
                "corrections.csv line 2, orphan (confirm " + REPORT + "): no figure of " + REPORT
                        + " has the evidence 'giá trị sản xuất các khu vực ước đạt 4.480 tỷ đồng'");
        assertThat(outcomes()).singleElement().asString().startsWith("2 orphan no figure of");
        assertThat(WarehouseSnapshot.count(wh, "SELECT count(*) FROM correction_applied")).isZero();
    }

    @Test
    void aDeletedFigureLeavesTheViewsAndTheExportAndAnAddedOneJoinsThem() throws Exception {
        List<String> add = List.of(REPORT, "", "", "", "", "", "", "", "add", "military_recruits", "value", "actual", "2023-01",
                "2023-03", "45", "", "Lan", "2026-11-30T09:15", "có trong phụ lục, không có trong văn bản");
        writeCorrections(List.of(keyedLine("indicator = 'rice_output' AND measure = 'value'", "delete", "", "", "", "", "không phải của huyện"),
                add));

        CliRun run = ingest();

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("corrections applied       2");
        assertThat(WarehouseSnapshot.count(wh, "SELECT count(*) FROM v_observation_versions WHERE source_file = '" + REPORT
                + "' AND indicator = 'rice_output' AND measure = 'value'")).isZero();
        assertThat(WarehouseSnapshot.rows(wh, "SELECT area || ' ' || indicator || ' ' || value || ' ' || unit || ' ' || strftime(period_end, '%Y-%m') "
                + "|| ' ' || correction FROM v_observation_versions WHERE correction = 'add'"))
                .containsExactly("Thới Lai military_recruits 45.0 person 2023-03 add");
        Path csv = tmp.resolve("obs.csv");
        assertThat(CliRun.of("export", "observations", "--warehouse", wh.toString(), "--out", csv.toString(), "--no-bom").exit()).isZero();
        List<String> exported = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(exported.get(0)).endsWith(",table_col,extracted_value,correction,correction_note");
        assertThat(exported).noneMatch(l -> l.contains("rice_output,value") && l.startsWith(REPORT));
        assertThat(exported).filteredOn(l -> l.contains("military_recruits")).singleElement().asString()
                .contains(",actual,45,,person,2023-01,2023-03,").endsWith(",add,\"Lan, 2026-11-30T09:15: có trong phụ lục, không có trong văn bản\"");
    }

    @Test
    void twoFiguresReadFromOneSpanAreToldApartByTheLinesStatus() throws Exception {
        String pair = "indicator = 'budget_revenue' AND measure = 'value' AND status = 'target'";
        writeCorrections(List.of(keyedLine(pair, "confirm", "", "", "", "", "không rõ số nào"),
                keyedLine(pair, "change", "", "", "target", "330000000000", "dự toán điều chỉnh")));

        CliRun run = ingest();

        assertThat(run.out()).as(run.toString()).contains("corrections applied       1",
                "corrections.csv line 2, ambiguous (confirm " + REPORT + "): 2 figures fit (budget_revenue value actual at characters 1056-1081; "
                        + "budget_revenue value target at characters 1056-1081)");
        assertThat(WarehouseSnapshot.rows(wh, "SELECT status || ' ' || value || ' ' || extracted_value || ' ' || coalesce(correction, '-') "
                + "FROM v_observation_versions WHERE source_file = '" + REPORT + "' AND indicator = 'budget_revenue' AND measure = 'value'"))
                .containsExactly("actual 92700000000.0 92700000000.0 -", "target 330000000000.0 325000000000.0 change");
    }

    @Test
    void badLinesAreReportedWithTheirReasonAndTheOthersApply() throws Exception {
        Files.writeString(corrections, HEADER + "\n"
                + REPORT + ",,,,,,,x,undo,,,,,,,,Lan,2026-11-30,vì\n"
                + REPORT + ",,,,,,,x,change,no_such_code,,,,,,,Lan,2026-11-30,vì\n"
                + REPORT + ",,,,,,,x,change,,,,2023-13,,,,Lan,2026-11-30,vì\n"
                + REPORT + ",,,,,,,x,change,,,,,,\"4,5\",,Lan,2026-11-30,vì\n"
                + REPORT + ",,,,,,,x,delete,,,,,,,,,2026-11-30,\n"
                + REPORT + ",,,,,,,,delete,,,,,,,,Lan,2026-11-30,vì\n"
                + REPORT + ",,,,,,,x,change,,,estimated,,,,,Lan,hôm qua,vì\n"
                + String.join(",", keyedLine(HEADLINE, "confirm", "", "", "", "", "đúng").stream().map(CorrectionsRunTest::quoted).toList()) + "\n",
                StandardCharsets.UTF_8);

        CliRun run = ingest();

        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCode.REJECTED_FILES);
        assertThat(run.out()).contains("corrections applied       1", "corrections unused        7",
                "line 2, invalid (undo " + REPORT + "): unknown action 'undo' (confirm, change, delete or add)",
                "line 3, invalid (change " + REPORT + "): unknown indicator 'no_such_code' (not in the indicator dictionary)",
                "line 4, invalid (change " + REPORT + "): 'period_start' is '2023-13', not a month written YYYY-MM (2024-03)",
                "line 5, invalid (change " + REPORT + "): 'value' is '4,5', not a plain number",
                "line 6, invalid (delete " + REPORT + "): missing who, why",
                "line 7, invalid (delete " + REPORT + "): no key: give the figure's char_start and char_end, or its table cell, or its evidence text",
                "line 8, invalid (change " + REPORT + "): 'when' is 'hôm qua', not a date");
        assertThat(outcomes()).hasSize(8).filteredOn(o -> o.startsWith("9 ")).containsExactly("9 applied ");
    }

    private static String quoted(String s) {
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
