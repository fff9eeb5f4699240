package vn.baocao.extract.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.extract.DocumentExtraction;
import vn.baocao.normalise.TextNormaliser;
import vn.baocao.support.Rules;

/** What the inbox says of a report's area: a manifest beside the reports, or the folder it lies in. */
class InboxAreasTest {

    private static final String NAMELESS = "BÁO CÁO\nTình hình kinh tế - xã hội quý I năm 2023\nThu ngân sách đạt 12 tỷ đồng.\n";

    @TempDir
    Path inbox;

    private DocumentExtraction.Result extract(Path file) throws Exception {
        InboxAreas areas = new InboxAreas(Rules.RULES.gazetteer(), List.of(inbox));
        InboxAreas.Hint hint = areas.hintFor(file);
        return new DocumentExtraction(Rules.RULES).extract(new TextNormaliser().normalise(Files.readString(file)), List.of(),
                hint == null ? null : hint.unit());
    }

    @Test
    void aManifestNamesTheAreaOfAReportThatDoesNot() throws Exception {
        Path report = Files.writeString(inbox.resolve("bc-quy1.txt"), NAMELESS);
        Files.writeString(inbox.resolve(InboxAreas.MANIFEST), "file,area\nbc-quy1.txt,\"xã Đức Giang, huyện Vũ Quang, tỉnh Hà Tĩnh\"\n");
        var m = extract(report).metadata();
        assertThat(m.areaName()).isEqualTo("Đức Giang");
        assertThat(m.areaLevel()).isEqualTo("commune");
        assertThat(m.area().rule()).isEqualTo("inbox");
    }

    @Test
    void aFolderNamedAfterAUnitNamesIt() throws Exception {
        Path dir = Files.createDirectories(inbox.resolve("can-tho/huyen-thoi-lai"));
        Path report = Files.writeString(dir.resolve("bc.txt"), NAMELESS);
        var m = extract(report).metadata();
        assertThat(m.areaName()).isEqualTo("Thới Lai");
        assertThat(m.areaLevel()).isEqualTo("district");
    }

    @Test
    void whenTheTextAndTheInboxDisagreeTheTextWinsAndTheConflictIsReported() throws Exception {
        Path dir = Files.createDirectories(inbox.resolve("huyen-thoi-lai"));
        Path report = Files.writeString(dir.resolve("bc.txt"), "ỦY BAN NHÂN DÂN HUYỆN CỜ ĐỎ\n" + NAMELESS);
        var m = extract(report).metadata();
        assertThat(m.areaName()).isEqualTo("Cờ Đỏ");
        assertThat(m.area().note()).contains("Cờ Đỏ").contains("Thới Lai");
    }

    @Test
    void aManifestLineNamingNoUnitIsAProblemNamedForTheFile() throws Exception {
        Path report = Files.writeString(inbox.resolve("bc.txt"), NAMELESS);
        Files.writeString(inbox.resolve(InboxAreas.MANIFEST), "file,area\nbc.txt,huyện Không Có\n");
        InboxAreas.Hint hint = new InboxAreas(Rules.RULES.gazetteer(), List.of(inbox)).hintFor(report);
        assertThat(hint.unit()).isNull();
        assertThat(hint.problem()).contains("Không Có");
    }
}
