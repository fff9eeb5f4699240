package vn.baocao.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.support.Fixtures;

/** A PDF is read page by page, asking the document's budget before each page, so a long one stops when its time is up. */
class PdfReadBudgetTest {

    @TempDir
    Path tmp;

    private SourceFile threePages() throws Exception {
        Path pdf = Fixtures.pdf(tmp.resolve("bao-cao-nam-2022.pdf"), null);
        return new SourceFile(pdf, Files.size(pdf), Files.getLastModifiedTime(pdf).toInstant());
    }

    @Test
    void theBudgetIsAskedBeforeEveryPage() throws Exception {
        List<String> asked = new ArrayList<>();
        DocumentContent content = new PdfReader(ReadLimits.standard())
                .read(threePages(), asked::add);
        assertThat(asked).containsExactly("reading page 1 of 3", "reading page 2 of 3", "reading page 3 of 3");
        assertThat(content.text().toString()).contains("Tai nạn giao thông xảy ra 7 vụ");
    }

    @Test
    void aSpentBudgetStopsTheReadingWithItsReasonNotAsADamagedFile() throws Exception {
        ReadBudget twoPages = stage -> {
            if (stage.startsWith("reading page 3")) {
                throw new RejectedDocumentException("time is up (stopped while " + stage + ")");
            }
        };
        SourceFile pdf = threePages();
        assertThatThrownBy(() -> DocumentReaders.standard(ReadLimits.standard()).read(pdf, twoPages))
                .isInstanceOf(RejectedDocumentException.class)
                .hasMessage("time is up (stopped while reading page 3 of 3)");
    }
}
