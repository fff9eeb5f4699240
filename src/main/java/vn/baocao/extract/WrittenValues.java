package vn.baocao.extract;

import java.util.Arrays;

/**
 * The numbers written so far in a paragraph, which a later pair can refer back to ('tổng số việc phải thi hành là 1.051
 * việc; ... 609/1.051 việc'). Every figure adds its value and few pairs ask: a plain array, not a set of boxed
 * doubles that boxes and hashes every figure. Values are the same as {@link Double#equals} says. A look goes over the
 * whole paragraph's values, and a paragraph is cut at 1,600 tokens (see DocumentText): the looks stay linear in the
 * document whatever its shape.
 */
final class WrittenValues {

    private long[] bits = new long[16];
    private int size;

    void clear() {
        size = 0;
    }

    void add(double value) {
        if (size == bits.length) {
            bits = Arrays.copyOf(bits, size * 2);
        }
        bits[size++] = Double.doubleToLongBits(value);
    }

    boolean contains(double value) {
        long b = Double.doubleToLongBits(value);
        for (int k = 0; k < size; k++) {
            if (bits[k] == b) {
                return true;
            }
        }
        return false;
    }
}
