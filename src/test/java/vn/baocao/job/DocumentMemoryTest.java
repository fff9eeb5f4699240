package vn.baocao.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentMemoryTest {

    private static final long MB = 1L << 20;

    @Test
    void aOneGigabyteHeapReadsAboutThirtySixMillionCharactersAtOnce() {
        DocumentMemory memory = new DocumentMemory(1024 * MB);
        // 1,024 MB less 64 MB and an eighth for the rest of the job, at 24 bytes a character
        assertThat(memory.maxChars()).isEqualTo(832 * MB / 24);
        assertThat(memory.tooLarge(30_000_000)).isNull();
        assertThat(memory.tooLarge(memory.maxChars())).isNull();
        assertThat(memory.tooLarge(memory.maxChars() + 1)).startsWith("too large to read in the job's memory")
                .contains("36.4 million characters", "heap of 1024 MB", "room for 36.4 million", "BAOCAO_JAVA_OPTIONS");
        assertThat(memory.tooLarge(45_500_000)).contains("45.5 million characters, which needs about 1041 MB");
    }

    @Test
    void aLargerHeapReadsLargerDocuments() {
        assertThat(new DocumentMemory(4096 * MB).maxChars()).isGreaterThan(4 * new DocumentMemory(1024 * MB).maxChars());
    }

    @Test
    void aHeapTooSmallForTheJobItselfReadsNothing() {
        DocumentMemory memory = new DocumentMemory(64 * MB);
        assertThat(memory.maxChars()).isZero();
        assertThat(memory.tooLarge(1)).isNotNull();
        assertThat(memory.tooLarge(0)).isNull();
    }

    @Test
    void theReasonForRunningOutAllTheSameNamesTheHeap() {
        assertThat(new DocumentMemory(193 * MB).ranOut()).startsWith("ran out of memory while being read")
                .contains("heap is 193 MB", "BAOCAO_JAVA_OPTIONS");
    }
}
