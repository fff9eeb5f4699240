package vn.baocao.extract.period;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.baocao.extract.document.DocumentText;
import vn.baocao.extract.document.Paragraph;
import vn.baocao.extract.language.Cue;
import vn.baocao.extract.language.PeriodRule;
import vn.baocao.extract.text.PhraseIndex;
import vn.baocao.extract.text.Slot;
import vn.baocao.extract.text.TokenPattern;
import vn.baocao.extract.text.Tokens;

/**
 * Finds the periods written in a document with the patterns of periods.csv: the
 * longest pattern that matches at a token wins. A year written after a mention
 * ('quý I/2021', 'tháng 11 - 2018', 'quý I năm 2019') belongs to it; a mention
 * after 'so với' is the period compared with; a year after a price basis ('giá so
 * sánh năm 2010') is no period at all.
 */
public final class PeriodReader {

    private static final int MAX_PATTERN_TOKENS = 16;

    private static final PeriodRule[] NONE = new PeriodRule[0];
    private static final char FIRST_CHARS = 0x2000;
    /** What most words start, by token kind: nothing. */
    private static final Starters[] NOTHING = {new Starters(Tokens.WORD, NONE, null), new Starters(Tokens.NUMBER, NONE, null),
        new Starters(Tokens.PUNCT, NONE, null)};

    private final Map<String, List<PeriodRule>> byFirstWord = new HashMap<>();
    /**
     * The characters the words of {@link #byFirstWord} and {@link #wordStarters} start with (below
     * {@link #FIRST_CHARS}): a word starting with another opens no pattern and no first hole reads it, and it is not
     * looked up.
     */
    private final boolean[] firstChars = new boolean[FIRST_CHARS];
    /** Patterns that open with a slot ('<N> tháng ...') or an optional part, in file order (the first of equals wins). */
    private final List<PeriodRule> anywhere = new ArrayList<>();
    /** The kinds of hole the patterns of {@link #anywhere} open with. */
    private final Slot[] firstSlots;
    /**
     * The patterns of {@link #anywhere} a word opening none by its own words may start, by which of
     * {@link #firstSlots} can read it (bit k for firstSlots[k]), and those with its kind: made once, not per word.
     */
    private final PeriodRule[][] anywhereFor;
    private final Starters[][] startersFor;
    /**
     * What a word (a token of kind word) may start, for each word some rule opens with or some first hole reads:
     * the holes say which words they can read, so a new word of a document is decided with this one look-up.
     */
    private final Map<String, Starters> wordStarters = new HashMap<>();
    /** What any other word may start: the rules whose first hole reads any word. */
    private final Starters anyWord;

    /** The rules a word of a kind may start, in the order they are tried: those it opens, then those open to it. */
    private record Starters(byte kind, PeriodRule[] rules, SecondStep[] steps) {
    }

    /** The {@link SecondStep} of each rule that has one. */
    private final Map<PeriodRule, SecondStep> steps = new java.util.IdentityHashMap<>();

    public PeriodReader(List<PeriodRule> rules) {
        List<Slot> firstOfAnywhere = new ArrayList<>();
        for (PeriodRule r : rules) {
            SecondStep step = SecondStep.of(r.pattern());
            if (step != null) {
                steps.put(r, step);
            }
            Set<String> first = r.pattern().firstWords();
            if (first == null) {
                anywhere.add(r);
                Slot s = r.pattern().firstSlot();
                if (s != null && !firstOfAnywhere.contains(s)) {
                    firstOfAnywhere.add(s);
                }
            } else {
                for (String w : first) {
                    byFirstWord.computeIfAbsent(w, k -> new ArrayList<>()).add(r);
                }
            }
        }
        firstSlots = firstOfAnywhere.toArray(new Slot[0]);
        anywhereFor = new PeriodRule[1 << firstSlots.length][];
        startersFor = new Starters[NOTHING.length][anywhereFor.length];
        for (int readable = 0; readable < anywhereFor.length; readable++) {
            List<PeriodRule> open = new ArrayList<>();
            for (PeriodRule r : anywhere) {
                int k = firstOfAnywhere.indexOf(r.pattern().firstSlot());
                if (k < 0 || (readable & 1 << k) != 0) {
                    open.add(r);
                }
            }
            anywhereFor[readable] = open.isEmpty() ? NONE : open.toArray(NONE);
            for (byte kind = 0; kind < NOTHING.length; kind++) {
                startersFor[kind][readable] = open.isEmpty() ? NOTHING[kind] : starters(kind, anywhereFor[readable]);
            }
        }
        int anyWordReadable = 0;
        Set<String> startingWords = new java.util.HashSet<>(byFirstWord.keySet());
        for (int k = 0; k < firstSlots.length; k++) {
            Set<String> read = firstSlots[k].wordsRead();
            if (read == null) {
                anyWordReadable |= 1 << k;
            } else {
                startingWords.addAll(read);
            }
        }
        anyWord = startersFor[Tokens.WORD][anyWordReadable];
        for (String w : startingWords) {
            int readable = anyWordReadable;
            for (int k = 0; k < firstSlots.length; k++) {
                Set<String> read = firstSlots[k].wordsRead();
                readable |= read != null && read.contains(w) ? 1 << k : 0;
            }
            wordStarters.put(w, starters(Tokens.WORD, byFirstWord.getOrDefault(w, List.of()), readable));
            if (w.isEmpty() || w.charAt(0) >= FIRST_CHARS) {
                java.util.Arrays.fill(firstChars, true); // a word no table can tell: every word is looked up
            } else {
                firstChars[w.charAt(0)] = true;
            }
        }
    }

    /** Every period mention of the document, in order. */
    public List<PeriodMention> read(DocumentText doc) {
        List<PeriodMention> out = new ArrayList<>();
        for (Paragraph p : doc.paragraphs()) {
            if (!p.furniture()) {
                read(doc, p.from(), p.to(), out);
            }
        }
        return out;
    }

    /** Period mentions in tokens [from, to). */
    public void read(DocumentText doc, int from, int to, List<PeriodMention> out) {
        Tokens t = doc.tokens();
        Object[] starters = t.perWord(this);
        int i = from;
        while (i < to) {
            if (starters[t.wordId(i)] == NOTHING[t.kind(i)]) {
                i++; // the word of most tokens is known to start nothing: one look, no call
                continue;
            }
            PeriodMention best = bestAt(t, starters, i, to);
            if (best == null) {
                i++;
                continue;
            }
            int later = overtaken(t, starters, best, to);
            if (later > 0) {
                i = later; // 'trong tháng 5': 'tháng 5' reaches further than 'trong tháng'
                continue;
            }
            Integer year = best.match().value(Slot.YEAR);
            int end = best.end();
            if (year == null) {
                int[] suffix = yearAfter(t, end, to);
                if (suffix != null) {
                    year = suffix[0];
                    end = suffix[1];
                }
            }
            if (afterPriceBasis(doc, best.start(), from) || t.is(best.start() - 1, "ngày") || t.isNumber(best.start() - 1)
                    && t.is(best.start() - 2, "ngày")) {
                i = end;
                continue; // 'giá so sánh năm 2010'; 'ngày 09 tháng 12 năm 2021' is a date, not a period
            }
            out.add(new PeriodMention(best.start(), end, best.rule(), best.match(), year, compared(doc, best.start(), from)));
            i = end;
        }
    }

    /** The longest mention starting at token i, or null. */
    private PeriodMention bestAt(Tokens t, Object[] starters, int i, int to) {
        PeriodMention best = null;
        int limit = Math.min(to, i + MAX_PATTERN_TOKENS);
        // the hole patterns open with, read at token i once for all of them (most open with the same)
        Slot read = null;
        Slot.Value value = null;
        Starters s = startersAt(t, starters, i);
        for (int k = 0; k < s.rules().length; k++) {
            PeriodRule r = s.rules()[k];
            SecondStep step = s.steps()[k];
            if (step != null && step.first() != null && step.first() != read) {
                read = step.first();
                value = read.read(t, i, limit);
            }
            if (step == null || step.mayPass(t, i, limit, value)) {
                best = longest(best, r, t, i, limit);
            }
        }
        return best;
    }

    /**
     * The rules that may start at token i and their second steps, worked out once per distinct word of the document: most words start
     * none, and cost one look into {@code starters}.
     */
    private Starters startersAt(Tokens t, Object[] starters, int i) {
        int word = t.wordId(i);
        Starters s = (Starters) starters[word];
        if (s == null) {
            s = startersOf(t, i);
            starters[word] = s;
        }
        // a word is one kind wherever it stands, but an abbreviation's expansion may make it another
        return s.kind() == t.kind(i) ? s : startersOf(t, i);
    }

    /** The rules token i opens by its word, then those whose first hole can read it (in file order), with its kind. */
    private Starters startersOf(Tokens t, int i) {
        String w = t.folded(i);
        char c = w.isEmpty() ? 0 : w.charAt(0);
        boolean listed = c >= FIRST_CHARS || firstChars[c];
        if (t.kind(i) == Tokens.WORD) {
            return listed ? wordStarters.getOrDefault(w, anyWord) : anyWord;
        }
        // a number or a mark: whether it can fill each first hole, asked once per kind of hole, not once per pattern
        int readable = 0;
        for (int k = 0; k < firstSlots.length; k++) {
            readable |= firstSlots[k].mayReadAt(t, i) ? 1 << k : 0;
        }
        return starters(t.kind(i), listed ? byFirstWord.getOrDefault(w, List.of()) : List.of(), readable);
    }

    /** The rules a token of a kind opens by its word ({@code opened}), then those open to the holes it can fill. */
    private Starters starters(byte kind, List<PeriodRule> opened, int readable) {
        if (opened.isEmpty()) {
            return startersFor[kind][readable];
        }
        PeriodRule[] open = anywhereFor[readable];
        PeriodRule[] rules = opened.toArray(new PeriodRule[opened.size() + open.length]);
        System.arraycopy(open, 0, rules, opened.size(), open.length);
        return starters(kind, rules);
    }

    private Starters starters(byte kind, PeriodRule[] rules) {
        SecondStep[] s = new SecondStep[rules.length];
        for (int k = 0; k < rules.length; k++) {
            s[k] = steps.get(rules[k]);
        }
        return new Starters(kind, rules, s);
    }

    private static PeriodMention longest(PeriodMention best, PeriodRule r, Tokens t, int i, int limit) {
        TokenPattern.Match m = r.pattern().match(t, i, limit);
        if (m != null && m.end() > i && (best == null || m.end() > best.end())) {
            return new PeriodMention(i, m.end(), r, m, null, false);
        }
        return best;
    }

    /** A start inside {@code best} whose mention, with the year written after it, ends beyond it, or 0. */
    private int overtaken(Tokens t, Object[] starters, PeriodMention best, int to) {
        int end = withYear(t, best, to);
        for (int j = best.start() + 1; j < best.end(); j++) {
            PeriodMention other = bestAt(t, starters, j, to);
            if (other != null && withYear(t, other, to) > end) {
                return j;
            }
        }
        return 0;
    }

    private static int withYear(Tokens t, PeriodMention m, int to) {
        int[] suffix = m.match().value(Slot.YEAR) == null ? yearAfter(t, m.end(), to) : null;
        return suffix == null ? m.end() : suffix[1];
    }

    /** '/2021', '- 2018', 'năm 2019', ', năm 2019', '2019' right after a mention: its year and where it ends. */
    private static int[] yearAfter(Tokens t, int i, int to) {
        int j = i;
        if (j < to && (t.is(j, '/') || t.is(j, '-') || t.is(j, ','))) {
            j++;
        }
        if (j < to && t.is(j, "năm")) {
            j++;
        }
        Slot.Value y = Slot.YEAR.read(t, j, to);
        if (y == null || j == i && !t.spaceBefore(j) && t.isNumber(i - 1)) {
            return null;
        }
        return new int[] {y.value(), y.end()};
    }

    /** 'so với quý III/2018', 'so cùng kỳ năm 2020', 'so với 6 tháng đầu năm 2020'. */
    private static boolean compared(DocumentText doc, int start, int from) {
        int j = start;
        PhraseIndex.Hit<Cue> same = doc.cueEndingAt(j, from, Cue.Category.MEASURE);
        if (same != null && (same.value().type().equals("same_period") || same.value().type().equals("previous_period"))) {
            j = same.start();
        }
        PhraseIndex.Hit<Cue> c = doc.cueEndingAt(j, from, Cue.Category.MEASURE);
        return c != null && c.value().type().equals("compare") || same != null && same.value().type().equals("compare");
    }

    private static boolean afterPriceBasis(DocumentText doc, int start, int from) {
        PhraseIndex.Hit<Cue> b = doc.cueEndingAt(start, from, Cue.Category.BASIS);
        return b != null && (b.value().type().equals("price") || b.value().type().equals("current_price"));
    }
}
