package vn.baocao.extract.text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A pattern over tokens, written the way a statistician reads a phrase:
 * words as they are written ({@code tháng}), alternatives ({@code quý|quí}),
 * typed holes ({@code <N>} months, {@code <M>} a month, {@code <Q>} a quarter,
 * {@code <Y>} a year, {@code <D>} a date, {@code <NUM>} any number), optional
 * parts in brackets ({@code [đầu năm]}) and {@code *} for any words up to the
 * end of the line. Matching never looks beyond its limit, and every pattern is
 * short, so trying all patterns at every token is linear in the text.
 */
public final class TokenPattern {

    /** What a match read: its end and the value of each typed hole (the first and second of a kind). */
    public record Match(int end, Map<Slot, Slot.Value> slots, Map<Slot, Slot.Value> second) {

        public Integer value(Slot s) {
            Slot.Value v = slots.get(s);
            return v == null ? null : v.value();
        }
    }

    private sealed interface Element permits Literal, Hole, Optional, Rest {
    }

    private record Literal(Set<String> words) implements Element {
    }

    private record Hole(Slot slot) implements Element {
    }

    /**
     * An optional part; {@code present} is what a match goes on with when the part is there: its elements, then
     * everything after it. Worked out once when the pattern is compiled, not on every try.
     */
    private record Optional(List<Element> elements, List<Element> present) implements Element {
    }

    private record Rest() implements Element {
    }

    private final String source;
    private final List<Element> elements;

    private TokenPattern(String source, List<Element> elements) {
        this.source = source;
        this.elements = elements;
    }

    public String source() {
        return source;
    }

    /** Compiles a pattern; throws IllegalArgumentException naming what is wrong. */
    public static TokenPattern compile(String pattern) {
        List<String> parts = split(Fold.rule(pattern));
        int[] pos = {0};
        List<Element> elements = parse(parts, pos, pattern, false);
        if (pos[0] != parts.size()) {
            throw new IllegalArgumentException("unbalanced ']' in pattern '" + pattern + "'");
        }
        if (elements.isEmpty()) {
            throw new IllegalArgumentException("empty pattern");
        }
        return new TokenPattern(pattern, withPresentParts(elements));
    }

    /**
     * Gives each optional part of a complete list (one a match runs to its end) the list it continues with when the
     * part is present. Built from the back so that the parts after it already have theirs.
     */
    private static List<Element> withPresentParts(List<Element> els) {
        List<Element> out = new ArrayList<>(els);
        for (int k = out.size() - 1; k >= 0; k--) {
            if (out.get(k) instanceof Optional o && o.present() == null) {
                List<Element> present = new ArrayList<>(o.elements());
                present.addAll(out.subList(k + 1, out.size()));
                out.set(k, new Optional(o.elements(), withPresentParts(present)));
            }
        }
        return List.copyOf(out);
    }

    /** The literal words a match must start with, or null when it may start with a hole or an optional part. */
    public Set<String> firstWords() {
        return wordsAt(0);
    }

    /**
     * The words the {@code k}-th part of the pattern reads (one token), or null when that part is a hole, optional, a
     * run of any tokens, or past the end: a reader that knows where the earlier parts end can look ahead with it.
     */
    public Set<String> wordsAt(int k) {
        return k < elements.size() && elements.get(k) instanceof Literal l ? l.words() : null;
    }

    /** The slot the {@code k}-th part of the pattern is, or null when it is no hole (see {@link #wordsAt}). */
    public Slot slotAt(int k) {
        return k < elements.size() && elements.get(k) instanceof Hole h ? h.slot() : null;
    }

    /**
     * The words of which every match holds one, or null when nothing is sure: those of its first literal outside
     * optional parts ('* ảnh : *' holds 'ảnh'), which a match reads wherever it starts.
     */
    public Set<String> requiredWords() {
        for (Element e : elements) {
            if (e instanceof Literal l) {
                return l.words();
            }
        }
        return null;
    }

    /** The slot a pattern opens with ('<N> tháng đầu năm'), or null when it opens with a word or an optional part. */
    public Slot firstSlot() {
        return slotAt(0);
    }

    /** Matches the pattern at token {@code i}, reading no token at or after {@code limit}. */
    public Match match(Tokens t, int i, int limit) {
        // nearly every try fails: find that out without recording holes, so a failed try allocates no maps
        if (match(elements, 0, t, i, limit, null, null) < 0) {
            return null;
        }
        Map<Slot, Slot.Value> slots = new EnumMap<>(Slot.class);
        Map<Slot, Slot.Value> second = new EnumMap<>(Slot.class);
        int end = match(elements, 0, t, i, limit, slots, second);
        return new Match(end, slots, second);
    }

    /** The end of a match of els[k..] at token i, or -1; records the holes read in slots and second unless they are null. */
    private static int match(List<Element> els, int k, Tokens t, int i, int limit,
                             Map<Slot, Slot.Value> slots, Map<Slot, Slot.Value> second) {
        if (k == els.size()) {
            return i;
        }
        Element e = els.get(k);
        if (e instanceof Literal l) {
            return i < limit && l.words().contains(t.folded(i)) ? match(els, k + 1, t, i + 1, limit, slots, second) : -1;
        }
        if (e instanceof Hole h) {
            Slot.Value v = h.slot().read(t, i, limit);
            if (v == null) {
                return -1;
            }
            if (slots == null) {
                return match(els, k + 1, t, v.end(), limit, null, null);
            }
            boolean firstOfKind = !slots.containsKey(h.slot());
            (firstOfKind ? slots : second).put(h.slot(), v);
            int r = match(els, k + 1, t, v.end(), limit, slots, second);
            if (r < 0) {
                (firstOfKind ? slots : second).remove(h.slot());
            }
            return r;
        }
        if (e instanceof Optional o) {
            int r = match(o.present(), 0, t, i, limit, slots, second);
            return r >= 0 ? r : match(els, k + 1, t, i, limit, slots, second);
        }
        // Rest: any run of tokens, the shortest that lets the rest of the pattern match
        for (int j = i; j <= limit; j++) {
            int r = match(els, k + 1, t, j, limit, slots, second);
            if (r >= 0 && (k + 1 < els.size() || r == limit)) {
                return r;
            }
        }
        return -1;
    }

    private static List<Element> parse(List<String> parts, int[] pos, String pattern, boolean nested) {
        List<Element> out = new ArrayList<>();
        while (pos[0] < parts.size()) {
            String p = parts.get(pos[0]++);
            switch (p) {
                case "[" -> out.add(new Optional(parse(parts, pos, pattern, true), null));
                case "]" -> {
                    if (!nested) {
                        throw new IllegalArgumentException("']' without '[' in pattern '" + pattern + "'");
                    }
                    return out;
                }
                case "*" -> out.add(new Rest());
                default -> {
                    if (p.startsWith("<") && p.endsWith(">") && p.length() > 2) {
                        out.add(new Hole(Slot.ofCode(p.substring(1, p.length() - 1).toUpperCase(java.util.Locale.ROOT))));
                    } else {
                        out.add(new Literal(Set.of(p.split("\\|"))));
                    }
                }
            }
        }
        if (nested) {
            throw new IllegalArgumentException("unclosed '[' in pattern '" + pattern + "'");
        }
        return out;
    }

    /** Splits a pattern into words, punctuation, holes and brackets, the way the tokenizer cuts text. */
    private static List<String> split(String pattern) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '<') {
                int close = pattern.indexOf('>', i);
                if (close < 0) {
                    throw new IllegalArgumentException("unclosed '<' in pattern '" + pattern + "'");
                }
                out.add(pattern.substring(i, close + 1));
                i = close + 1;
            } else if (c == '[' || c == ']' || c == '*') {
                out.add(String.valueOf(c));
                i++;
            } else {
                // a word with alternatives: letters, digits and '|' ('quý|quí'); punctuation alone
                int j = i;
                while (j < pattern.length() && (Character.isLetterOrDigit(pattern.charAt(j)) || pattern.charAt(j) == '|'
                        || Character.getType(pattern.charAt(j)) == Character.NON_SPACING_MARK)) {
                    j++;
                }
                if (j == i) {
                    j = i + 1;
                    while (j < pattern.length() && pattern.charAt(j) == '|' && j + 1 < pattern.length()) {
                        j += 2; // punctuation alternatives such as '/|-'
                    }
                }
                out.add(pattern.substring(i, j));
                i = j;
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return source;
    }
}
