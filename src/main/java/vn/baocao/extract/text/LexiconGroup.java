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

    /**
     * A member's part in the group's index, with what a hit of it needs, worked out once: the member's number,
     * whether its phrases have gaps, and the part's value.
     */
    private record Entry(int member, boolean gapped, Lexicon.Part<?> part, Object value) {
    }

    private final int members;
    private final boolean anyGapped;
    private final Lexicon<?>[] gappedMembers;
    private final PhraseIndex<Entry> index;

    /** The members must compare tokens by the same key (the key of the first is used). */
    public LexiconGroup(List<Lexicon<?>> members) {
        this.members = members.size();
        this.gappedMembers = new Lexicon<?>[this.members];
        this.index = new PhraseIndex<>(members.get(0).key());
        boolean any = false;
        for (int m = 0; m < this.members; m++) {
            int member = m;
            Lexicon<?> lexicon = members.get(m);
            boolean gapped = lexicon.gapped();
            gappedMembers[m] = gapped ? lexicon : null;
            any |= gapped;
            lexicon.addPartsTo((words, part) -> index.add(words, new Entry(member, gapped, part, part.value())));
        }
        this.anyGapped = any;
    }

    /**
     * The phrases of every member found in each span of {@code spans}: in the k-th list what the k-th member's
     * {@link Lexicon#find(Tokens, int, int)} gives span after span. The index is set up for the text once, and each
     * member's hits go straight into its list.
     */
    public List<List<PhraseIndex.Hit<?>>> find(Tokens tokens, TokenSpans spans) {
        Split split = new Split();
        PhraseIndex<Entry>.Walker walker = index.walker(tokens);
        for (int s = 0; s < spans.size(); s++) {
            walker.walk(spans.from(s), spans.to(s), PhraseIndex.ANYWHERE, split);
            if (anyGapped) {
                split.joinGapped();
            }
        }
        return List.of(split.found);
    }

    /**
     * Deals the walk's hits to the members. A member without gaps wants each start's hits longest first (see
     * {@link Lexicon#find}): the walk tells them shorter first, so they are taken back to front, made once, in their
     * final order, straight into its list. A member with gaps gets its parts in the walk's order, joined at the end
     * of each span.
     */
    private final class Split implements PhraseIndex.Ends {
        /** Each member's hits; ArrayList, not List: C1 inlines its add, not an interface call. */
        private final ArrayList<PhraseIndex.Hit<?>>[] found;
        /** The parts found in the span of each member with gaps. */
        private final ArrayList<PhraseIndex.Hit<?>>[] parts;

        @SuppressWarnings("unchecked")
        Split() {
            found = new ArrayList[members];
            parts = new ArrayList[members];
            for (int m = 0; m < members; m++) {
                found[m] = new ArrayList<>();
                parts[m] = gappedMembers[m] != null ? new ArrayList<>() : null;
            }
        }

        @Override
        public void at(int start, int[] ends, Object[][] values, int count) {
            for (int k = count - 1; k >= 0; k--) {
                Object[] entries = values[k];
                for (int v = 0; v < entries.length; v++) {
                    Entry e = (Entry) entries[v];
                    if (!e.gapped()) {
                        found[e.member()].add(new PhraseIndex.Hit<>(start, ends[k], e.value()));
                    }
                }
            }
            if (!anyGapped) {
                return;
            }
            for (int k = 0; k < count; k++) {
                Object[] entries = values[k];
                for (int v = 0; v < entries.length; v++) {
                    Entry e = (Entry) entries[v];
                    if (e.gapped()) {
                        parts[e.member()].add(new PhraseIndex.Hit<>(start, ends[k], e.part()));
                    }
                }
            }
        }

        /** Joins the parts found in a span into the phrases of their members, as each member's own find does. */
        void joinGapped() {
            for (int m = 0; m < members; m++) {
                if (parts[m] != null && !parts[m].isEmpty()) {
                    found[m].addAll(gappedHits(gappedMembers[m], parts[m]));
                    parts[m].clear();
                }
            }
        }
    }

    /** A gapped member's parts are its own: the walk found them at nodes they were added to by {@code member}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<PhraseIndex.Hit<?>> gappedHits(Lexicon<?> member, List<PhraseIndex.Hit<?>> parts) {
        return (List) member.hits((List) parts);
    }
}
