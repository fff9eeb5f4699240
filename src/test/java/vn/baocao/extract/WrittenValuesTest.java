package vn.baocao.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WrittenValuesTest {

    @Test
    void knowsTheValuesWrittenSinceItWasLastCleared() {
        WrittenValues values = new WrittenValues();
        for (int k = 0; k < 100; k++) {
            values.add(k * 1.5);
        }
        assertThat(values.contains(1051)).isFalse();
        values.add(1051);

        assertThat(values.contains(1051)).isTrue();
        assertThat(values.contains(99 * 1.5)).isTrue();
        values.clear();
        assertThat(values.contains(1051)).isFalse();
    }

    @Test
    void comparesAsDoubleEqualsDoes() {
        // the set of boxed doubles it replaces told 0.0 from -0.0 and found NaN
        WrittenValues values = new WrittenValues();
        values.add(0.0);
        values.add(Double.NaN);

        assertThat(values.contains(-0.0)).isFalse();
        assertThat(values.contains(0.0)).isTrue();
        assertThat(values.contains(Double.NaN)).isTrue();
    }
}
