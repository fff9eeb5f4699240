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

    private final List<Lexicon<?>> members;
    private final PhraseIndex<Lexicon.Part<?>> index;

    /** The members must compare tokens by the same key (the key of the first is used). */
    public LexiconGroup(List<Lexicon<?>> members) {
        this.members = List.copyOf(members);
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
        int count = members.size();
        List<List<PhraseIndex.Hit<Lexicon.Part<?>>>> byMember = new ArrayList<>(count);
        for (int m = 0; m < count; m++) {
            byMember.add(new ArrayList<>());
        }
        for (PhraseIndex.Hit<Lexicon.Part<?>> h : index.find(tokens, from, to)) {
            Lexicon<?> owner = h.value().owner();
            for (int m = 0; m < count; m++) {
                if (members.get(m) == owner) {
                    byMember.get(m).add(h);
                    break;
                }
            }
        }
        List<List<PhraseIndex.Hit<?>>> out = new ArrayList<>(count);
        for (int m = 0; m < count; m++) {
            out.add(hits(members.get(m), byMember.get(m)));
        }
        return out;
    }

    /** The member's parts are its own: the walk found them at nodes they were added to by {@code member}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<PhraseIndex.Hit<?>> hits(Lexicon<?> member, List<PhraseIndex.Hit<Lexicon.Part<?>>> found) {
        return (List) member.hits((List) found);
    }
}
