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

    /** A member's part in the group's index, with the member's number: a hit is dealt without looking for it. */
    private record Entry(int member, Lexicon.Part<?> part) {
    }

    private final Lexicon<?>[] members;
    private final boolean[] gapped;
    private final PhraseIndex<Entry> index;

    /** The members must compare tokens by the same key (the key of the first is used). */
    public LexiconGroup(List<Lexicon<?>> members) {
        this.members = members.toArray(new Lexicon<?>[0]);
        this.gapped = new boolean[this.members.length];
        this.index = new PhraseIndex<>(members.get(0).key());
        for (int m = 0; m < this.members.length; m++) {
            int member = m;
            gapped[m] = this.members[m].gapped();
            this.members[m].addPartsTo((words, part) -> index.add(words, new Entry(member, part)));
        }
    }

    /**
     * Appends the phrases of every member found in tokens [from, to) to {@code into}: to the k-th list what the
     * k-th member's {@link Lexicon#find(Tokens, int, int)} gives. A document is read paragraph by paragraph into the
     * same lists: no lists to make and copy again for each paragraph.
     */
    public void find(Tokens tokens, int from, int to, List<? extends List<? super PhraseIndex.Hit<?>>> into) {
        Split split = new Split(into);
        index.walk(tokens, from, to, PhraseIndex.ANYWHERE, split);
        split.flush();
        for (int m = 0; m < members.length; m++) {
            if (gapped[m]) {
                into.get(m).addAll(gappedHits(members[m], split.parts.get(m)));
            }
        }
    }

    /**
     * Deals the walk's hits to the members. A member without gaps wants each start's hits longest first (see
     * {@link Lexicon#find}): the nodes of one start are held until the next start and given back to front, so its
     * hits are made once, in their final order, straight into its list. A member with gaps gets its parts in the
     * walk's order, to join.
     */
    private final class Split implements PhraseIndex.Ends<Entry> {
        private final List<? extends List<? super PhraseIndex.Hit<?>>> found;
        /** The parts found of each member with gaps. */
        final List<List<PhraseIndex.Hit<?>>> parts = new ArrayList<>(members.length);
        private int start = -1;
        private int held;
        private int[] ends = new int[8];
        @SuppressWarnings("unchecked")
        private List<Entry>[] values = new List[8];

        Split(List<? extends List<? super PhraseIndex.Hit<?>>> into) {
            this.found = into;
            for (int m = 0; m < members.length; m++) {
                parts.add(gapped[m] ? new ArrayList<>() : null);
            }
        }

        @Override
        public void at(int start, int end, List<Entry> entries) {
            if (start != this.start) {
                flush();
                this.start = start;
            }
            if (held == ends.length) {
                ends = java.util.Arrays.copyOf(ends, held * 2);
                values = java.util.Arrays.copyOf(values, held * 2);
            }
            ends[held] = end;
            values[held++] = entries;
            for (int v = 0, size = entries.size(); v < size; v++) {
                Entry e = entries.get(v);
                if (gapped[e.member()]) {
                    parts.get(e.member()).add(new PhraseIndex.Hit<>(start, end, e.part()));
                }
            }
        }

        void flush() {
            for (int k = held - 1; k >= 0; k--) {
                List<Entry> entries = values[k];
                for (int v = 0, size = entries.size(); v < size; v++) {
                    Entry e = entries.get(v);
                    if (!gapped[e.member()]) {
                        found.get(e.member()).add(new PhraseIndex.Hit<>(start, ends[k], e.part().value()));
                    }
                }
                values[k] = null;
            }
            held = 0;
        }
    }

    /** A gapped member's parts are its own: the walk found them at nodes they were added to by {@code member}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<PhraseIndex.Hit<?>> gappedHits(Lexicon<?> member, List<PhraseIndex.Hit<?>> parts) {
        return (List) member.hits((List) parts);
    }
}
