package vn.baocao.extract.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Several lexicons that compare by the same key, found in one walk: a document is read for its cues, its
 * indicator phrases and its topic words, and one trie holding all their phrases is walked from each token once,
 * where three walks asked the same words at the same tokens. Each trie node keeps which lexicon's parts end there,
 * so each lexicon gets exactly the hits its own walk gives.
 */
public final class LexiconGroup {

    private final Lexicon<?>[] members;
    private final PhraseIndex<Lexicon.Part<?>> index;

    /** The members must compare tokens by the same key (the key of the first is used). */
    public LexiconGroup(List<Lexicon<?>> members) {
        this.members = members.toArray(new Lexicon<?>[0]);
        this.index = new PhraseIndex<>(members.get(0).key());
        for (Lexicon<?> m : members) {
            m.addPartsTo(index);
        }
    }

    /**
     * The phrases of every member found in tokens [from, to): the k-th list is what the k-th member's
     * {@link Lexicon#find(Tokens, int, int)} gives.
     */
    public List<List<PhraseIndex.Hit<?>>> find(Tokens tokens, int from, int to) {
        Split split = new Split();
        index.walk(tokens, from, to, PhraseIndex.ANYWHERE, split);
        split.flush();
        List<List<PhraseIndex.Hit<?>>> out = new ArrayList<>(members.length);
        for (int m = 0; m < members.length; m++) {
            out.add(members[m].gapped() ? gappedHits(members[m], split.found.get(m)) : split.found.get(m));
        }
        return out;
    }

    /**
     * Deals the walk's hits to the members. A member without gaps wants each start's hits longest first (see
     * {@link Lexicon#find}): the nodes of one start are held until the next start and given back to front, so its
     * hits are made once, in their final order. A member with gaps gets its parts in the walk's order, to join.
     */
    private final class Split implements PhraseIndex.Ends<Lexicon.Part<?>> {
        final List<List<PhraseIndex.Hit<?>>> found = new ArrayList<>(members.length);
        private int start = -1;
        private int held;
        private int[] ends = new int[8];
        @SuppressWarnings("unchecked")
        private List<Lexicon.Part<?>>[] values = new List[8];

        Split() {
            for (int m = 0; m < members.length; m++) {
                found.add(new ArrayList<>());
            }
        }

        @Override
        public void at(int start, int end, List<Lexicon.Part<?>> parts) {
            if (start != this.start) {
                flush();
                this.start = start;
            }
            if (held == ends.length) {
                ends = java.util.Arrays.copyOf(ends, held * 2);
                values = java.util.Arrays.copyOf(values, held * 2);
            }
            ends[held] = end;
            values[held++] = parts;
            for (int v = 0, size = parts.size(); v < size; v++) {
                Lexicon.Part<?> p = parts.get(v);
                int m = member(p);
                if (members[m].gapped()) {
                    found.get(m).add(new PhraseIndex.Hit<>(start, end, p));
                }
            }
        }

        void flush() {
            for (int k = held - 1; k >= 0; k--) {
                List<Lexicon.Part<?>> parts = values[k];
                for (int v = 0, size = parts.size(); v < size; v++) {
                    Lexicon.Part<?> p = parts.get(v);
                    int m = member(p);
                    if (!members[m].gapped()) {
                        found.get(m).add(new PhraseIndex.Hit<>(start, ends[k], p.value()));
                    }
                }
                values[k] = null;
            }
            held = 0;
        }

        private int member(Lexicon.Part<?> p) {
            int m = 0;
            while (members[m] != p.owner()) {
                m++;
            }
            return m;
        }
    }

    /** A gapped member's parts are its own: the walk found them at nodes they were added to by {@code member}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<PhraseIndex.Hit<?>> gappedHits(Lexicon<?> member, List<PhraseIndex.Hit<?>> parts) {
        return (List) member.hits((List) parts);
    }
}
