package vn.baocao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The benchmark reports each figure as the median of its rounds: unmoved by one round the machine slowed. */
class BenchmarkMedianTest {

    @Test
    void oddRoundsGiveTheMiddleOne() {
        assertThat(BenchmarkCommand.median(new double[] {5.4, 7.9, 5.1})).isEqualTo(5.4);
        assertThat(BenchmarkCommand.median(new double[] {6.0})).isEqualTo(6.0);
    }

    @Test
    void evenRoundsGiveTheMeanOfTheMiddleTwo() {
        assertThat(BenchmarkCommand.median(new double[] {9.0, 4.0, 5.0, 1.0})).isEqualTo(4.5);
    }

    @Test
    void leavesTheCallersFiguresInTheirOrder() {
        double[] figures = {3.0, 1.0, 2.0};
        BenchmarkCommand.median(figures);
        assertThat(figures).containsExactly(3.0, 1.0, 2.0);
    }
}
