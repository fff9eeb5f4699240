package vn.baocao.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The grid a Word 97-2003 table's rows are laid on: the edges of all their cells, in twips. */
class DocTableTest {

    @Test
    void everyEdgeOfEveryRowIsAColumnEdge() {
        // a two-level header: 'Năm 2024' (1337-2974) over 'Kế hoạch' (1337-2178) and 'Thực hiện' (2178-2974)
        assertThat(DocTable.grid(new int[] {0, 616, 1337, 2974, 0, 616, 1337, 2178, 2974})).containsExactly(0, 616, 1337, 2178, 2974);
    }

    @Test
    void anEdgeDrawnTwiceAFewTwipsApartIsOneEdge() {
        int[] grid = DocTable.grid(new int[] {0, 616, 1337, 2974, 0, 618, 1335, 2178, 2975});
        assertThat(grid).containsExactly(0, 616, 1335, 2178, 2974);
        // either of the two drawings finds the one column edge
        assertThat(new int[] {DocTable.column(grid, 616), DocTable.column(grid, 618)}).containsExactly(1, 1);
        assertThat(new int[] {DocTable.column(grid, 1335), DocTable.column(grid, 1337)}).containsExactly(2, 2);
        assertThat(new int[] {DocTable.column(grid, 2974), DocTable.column(grid, 2975)}).containsExactly(4, 4);
    }
}
