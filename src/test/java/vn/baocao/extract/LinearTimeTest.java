package vn.baocao.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.baocao.normalise.TextNormaliser;
import vn.baocao.read.DocumentContent;
import vn.baocao.read.DocumentReaders;
import vn.baocao.read.ReadLimits;
import vn.baocao.read.SourceFile;
import vn.baocao.support.PathologicalShapes;
import vn.baocao.support.PathologicalShapes.Shape;
import vn.baocao.support.Rules;
import vn.baocao.support.ThreadCpuTime;

/**
 * Reading, normalising and extracting stay linear in the size of a document whatever its shape: the time per
 * megabyte of an 8 times larger document of the same shape stays about the same. Work that grows with the square
 * of the size would make it 8 times more; the bound of 3 leaves room for a noisy machine and n log n.
 */
class LinearTimeTest {

    private static final int SMALL = 256 * 1024;
    private static final int LARGE = 8 * SMALL;
    private static final double MAX_GROWTH = 3.0;

    @TempDir
    static Path tmp;
    static DocumentExtraction extraction;
    static DocumentReaders readers;

    @BeforeAll
    static void rules() throws Exception {
        extraction = new DocumentExtraction(Rules.RULES);
        readers = DocumentReaders.standard(ReadLimits.of(64L << 20));
    }

    static Stream<Shape> shapes() {
        return PathologicalShapes.all().stream().filter(s -> !s.name().equals("random-bytes"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void timePerMegabyteStaysFlatAsTheDocumentGrows(Shape shape) throws Exception {
        Path small = shape.write(tmp.resolve("small"), SMALL);
        Path large = shape.write(tmp.resolve("large"), LARGE);
        read(small); // warm up
        double perMbSmall = ThreadCpuTime.bestOfThree(() -> read(small)) / (SMALL / 1048576.0);
        double perMbLarge = ThreadCpuTime.bestOfThree(() -> read(large)) / (LARGE / 1048576.0);
        System.out.printf("%-18s %.3f s/MB at %d KB, %.3f s/MB at %d KB%n", shape, perMbSmall, SMALL / 1024, perMbLarge, LARGE / 1024);
        assertThat(perMbLarge).as("%s: seconds per MB at %d KB against %d KB", shape, LARGE / 1024, SMALL / 1024)
                .isLessThan(MAX_GROWTH * Math.max(perMbSmall, 0.02));
    }

    private static int read(Path file) throws Exception {
        DocumentContent c = readers.read(new SourceFile(file, Files.size(file), Files.getLastModifiedTime(file).toInstant()));
        List<Observation> facts = extraction.extract(new TextNormaliser().normalise(c.text()), c.tables(), null).facts();
        return facts.size();
    }
}
