package vn.baocao.extract.text;

import java.util.Arrays;

/**
 * Distinct strings numbered in the order they come: the lower-case forms of one text (see {@link Tokens#wordId}),
 * or the vocabulary of a {@link PhraseIndex}. A text numbers its new forms by the thousand and looks each up in
 * several vocabularies: open addressing with each slot's hash beside its number, so a probe that misses reads one
 * place of memory, without a boxed number or a map entry for each string.
 */
final class WordNumbers {

    private String[] words;
    private int size;
    /** Two ints a slot: the string's hash, and its number + 1 (0 for empty); forms numbered by {@link #newId} are not in it. */
    private int[] slots;
    private int placed;

    /** @param expected about how many strings will be numbered (a rule's phrase has a few, a report thousands) */
    WordNumbers(int expected) {
        int n = Integer.highestOneBit(Math.max(8, expected));
        words = new String[n * 2];
        slots = new int[n * 8];
    }

    /** The number of a string, or -1 if it has none. */
    int find(String f) {
        int h = f.hashCode();
        int[] t = slots;
        int mask = t.length / 2 - 1;
        for (int s = mix(h) & mask; ; s = (s + 1) & mask) {
            int id = t[2 * s + 1];
            if (id == 0) {
                return -1;
            }
            if (t[2 * s] == h && words[id - 1].equals(f)) {
                return id - 1;
            }
        }
    }

    /** The number of a string, numbering it if it is new. */
    int idOf(String f) {
        int id = find(f);
        if (id >= 0) {
            return id;
        }
        id = append(f);
        place(f.hashCode(), id + 1);
        if (++placed * 4 > slots.length) {
            int[] old = slots;
            slots = new int[old.length * 2];
            for (int s = 0; s < old.length; s += 2) {
                if (old[s + 1] != 0) {
                    place(old[s], old[s + 1]);
                }
            }
        }
        return id;
    }

    /** Numbers a form that no other form can equal (see {@link Tokens#newId}), without looking it up. */
    int newId(String f) {
        return append(f);
    }

    String get(int id) {
        return words[id];
    }

    int size() {
        return size;
    }

    private int append(String f) {
        if (size == words.length) {
            words = Arrays.copyOf(words, size * 2);
        }
        words[size] = f;
        return size++;
    }

    private void place(int h, int number) {
        int mask = slots.length / 2 - 1;
        int s = mix(h) & mask;
        while (slots[2 * s + 1] != 0) {
            s = (s + 1) & mask;
        }
        slots[2 * s] = h;
        slots[2 * s + 1] = number;
    }

    private static int mix(int h) {
        return h ^ (h >>> 16) * 0x45d9f3b;
    }
}
