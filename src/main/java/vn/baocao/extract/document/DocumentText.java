package vn.baocao.extract.document;

import java.util.ArrayList;
import java.util.List;
import vn.baocao.extract.language.Cue;
import vn.baocao.extract.language.DocumentLexicons;
import vn.baocao.extract.language.IndicatorDictionary;
import vn.baocao.extract.language.IndicatorPhrase;
import vn.baocao.extract.language.LanguageRules;
import vn.baocao.extract.text.PhraseIndex;
import vn.baocao.extract.text.Sorted;
import vn.baocao.extract.text.TokenSpans;
import vn.baocao.extract.text.Tokenizer;
import vn.baocao.extract.text.Tokens;
import vn.baocao.extract.text.WholeLinePatterns;
import vn.baocao.normalise.Footnote;
import vn.baocao.normalise.NormalisedText;
import vn.baocao.read.TextChars;

/**
 * A document read once: its tokens (abbreviations expanded), paragraphs
 * (furniture marked), sentences, and every cue, indicator phrase and topic word
 * found in it, by token position. Everything later looks things up here; nothing
 * scans the text again.
 */
public final class DocumentText {

    /** Paragraphs longer than this are never page furniture; the check stays linear. */
    private static final int FURNITURE_MAX_TOKENS = 40;
    /** Longer lines are cut into several paragraphs (see {@link LongSpanCutter}); real paragraphs stay below 450. */
    private static final int MAX_PARAGRAPH_TOKENS = 1600;
    /** Longer sentences are cut into several; real sentences stay below 320 tokens. */
    private static final int MAX_SENTENCE_TOKENS = 800;

    private final NormalisedText source;
    private final Tokens tokens;
    private final boolean damaged;
    private final List<Paragraph> paragraphs = new ArrayList<>();
    private final List<Sentence> sentences = new ArrayList<>();
    /** Every cue found, by the token it starts at. */
    private final HitsAt<Cue> cuesByStart;
    /**
     * The categories of the cues starting (ending) at each token, one bit each: most tokens start no cue of the
     * category asked for, and say so in one read.
     */
    private final int[] categoriesStarting;
    private final int[] categoriesEnding;
    private final List<PhraseIndex.Hit<IndicatorPhrase>> phrases;
    private final List<PhraseIndex.Hit<String>> topics;
    private final boolean[] covered;
    private final LongSpanCutter paragraphCutter;
    private final LongSpanCutter sentenceCutter;

    public DocumentText(NormalisedText source, LanguageRules rules, IndicatorDictionary dictionary) {
        this.source = source;
        Tokens raw = new Tokenizer().tokenize(source.chars());
        this.tokens = Abbreviations.expand(raw, rules);
        this.damaged = Damage.looksDamaged(tokens);
        this.paragraphCutter = new LongSpanCutter(tokens, MAX_PARAGRAPH_TOKENS);
        this.sentenceCutter = new LongSpanCutter(tokens, MAX_SENTENCE_TOKENS);
        splitParagraphs(rules.furnitureLines());
        int n = tokens.size();
        this.covered = new boolean[n];
        DocumentLexicons lexicons = dictionary.lexicons(rules);
        TokenSpans read = new TokenSpans();
        for (Paragraph p : paragraphs) {
            if (!p.furniture() && !p.isEmpty()) {
                read.add(p.from(), p.to());
            }
        }
        DocumentLexicons.Found found = lexicons.find(tokens, read, damaged);
        List<PhraseIndex.Hit<Cue>> cues = found.cues();
        this.categoriesStarting = new int[n];
        this.categoriesEnding = new int[n + 1];
        // one pass over the cues, most of a document's hits, for all that is known of them by token
        for (int k = 0, size = cues.size(); k < size; k++) {
            PhraseIndex.Hit<Cue> h = cues.get(k);
            int bit = 1 << h.value().category().ordinal();
            categoriesStarting[h.start()] |= bit;
            categoriesEnding[h.end()] |= bit;
            cover(h.start(), h.end());
        }
        List<PhraseIndex.Hit<IndicatorPhrase>> ph = found.phrases();
        for (int k = 0, size = ph.size(); k < size; k++) {
            cover(ph.get(k).start(), ph.get(k).end());
        }
        this.cuesByStart = new HitsAt<>(cues, n);
        // they come in order of start, so a stable order by end is the order by end, then start
        this.phrases = HitsAt.ordered(ph, n + 1, true);
        // found paragraph by paragraph in order of start, as the readers want them: no sort
        this.topics = found.topics();
    }

    private void cover(int from, int to) {
        for (int i = from; i < to; i++) {
            covered[i] = true;
        }
    }

    private void splitParagraphs(WholeLinePatterns furniture) {
        TextChars text = source.chars();
        int lineStart = 0;
        int tok = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int from = tok;
            while (tok < tokens.size() && tokens.start(tok) < lineEnd) {
                tok++;
            }
            // most texts have no footnote: no search of them for each line
            Footnote footnote = source.footnotes().isEmpty() ? null : source.footnoteAt(lineStart).orElse(null);
            int a = from;
            do {
                int b = paragraphCutter.pieceEnd(a, tok, this::endsSentence);
                Paragraph p = new Paragraph(paragraphs.size(), a, b, isFurniture(furniture, a, b), footnote);
                paragraphs.add(p);
                if (!p.furniture()) {
                    splitSentences(p);
                }
                a = b;
            } while (a < tok);
            if (lineEnd == text.length()) {
                break;
            }
            lineStart = lineEnd + 1;
        }
    }

    private boolean isFurniture(WholeLinePatterns furniture, int from, int to) {
        return from < to && to - from <= FURNITURE_MAX_TOKENS && furniture.matchWhole(tokens, from, to);
    }

    /** Sentences end at '.', '!', '?' or '…' followed by a capital, a digit or an opening mark, and at the paragraph's end. */
    private void splitSentences(Paragraph p) {
        int s = p.from();
        for (int i = p.from(); i < p.to(); i++) {
            // only a mark can end one: words and numbers, most tokens, are passed over without a call
            if (tokens.kind(i) != Tokens.PUNCT || i + 1 >= p.to() || !endsSentence(i) || abbreviationBefore(i)
                    || listMarker(p, i)) {
                continue;
            }
            addSentences(p, s, i + 1);
            s = i + 1;
        }
        if (s < p.to()) {
            addSentences(p, s, p.to());
        }
    }

    private void addSentences(Paragraph p, int from, int to) {
        for (int a = from; a < to; ) {
            int b = sentenceCutter.pieceEnd(a, to, i -> false);
            sentences.add(new Sentence(p, a, b));
            a = b;
        }
    }

    /** A stop followed by a space and what opens a sentence. */
    private boolean endsSentence(int i) {
        return isStop(i) && i + 1 < tokens.size() && tokens.spaceBefore(i + 1) && opensSentence(i + 1);
    }

    private boolean isStop(int i) {
        char c = tokens.punct(i);
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    private boolean opensSentence(int i) {
        if (tokens.isNumber(i)) {
            return true;
        }
        char c = tokens.firstChar(i);
        return Character.isUpperCase(c) || c == '-' || c == '(' || c == '"' || c == '“' || c == '•' || c == '+';
    }

    /** 'TP. Hồ Chí Minh', 'Q. 1': a short word in capitals before the stop is an abbreviation. */
    private boolean abbreviationBefore(int stop) {
        int w = stop - 1;
        return w >= 0 && tokens.isWord(w) && !tokens.spaceBefore(stop) && tokens.end(w) - tokens.start(w) <= 3
                && Character.isUpperCase(tokens.firstChar(w)) && (tokens.end(w) - tokens.start(w) == 1 || tokens.upper(w)
                || tokens.raw(w).equals("Tp") || tokens.raw(w).equals("Tx"));
    }

    /** '1.', '2.1.', 'II.' at the start of a paragraph number an item; they end no sentence. */
    private boolean listMarker(Paragraph p, int stop) {
        for (int i = p.from(); i < stop; i++) {
            boolean marker = tokens.isNumber(i) || tokens.is(i, '.') || tokens.isWord(i) && tokens.raw(i).length() <= 4
                    && tokens.upper(i) && tokens.folded(i).matches("[ivxl]+");
            if (!marker) {
                return false;
            }
        }
        return true;
    }

    public NormalisedText source() {
        return source;
    }

    public Tokens tokens() {
        return tokens;
    }

    /** Whether a legacy font conversion dropped letters: rules are then matched on word skeletons. */
    public boolean damaged() {
        return damaged;
    }

    public List<Paragraph> paragraphs() {
        return paragraphs;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    /** The cue phrases that start at token i (never null). */
    public List<PhraseIndex.Hit<Cue>> cuesAt(int i) {
        return cuesByStart.at(i);
    }

    /** The categories of the cues starting at token i, bit {@code 1 << category.ordinal()} each (0 outside the text). */
    public int cueCategoriesAt(int i) {
        return i >= 0 && i < categoriesStarting.length ? categoriesStarting[i] : 0;
    }

    /** The same for the cues ending at token {@code end} (exclusive). */
    public int cueCategoriesEndingAt(int end) {
        return end >= 0 && end < categoriesEnding.length ? categoriesEnding[end] : 0;
    }

    /** The longest cue of a category starting at token i, or null. */
    public PhraseIndex.Hit<Cue> cueAt(int i, Cue.Category category) {
        return cueAt(i, category, null);
    }

    /** The longest cue of a category and type (any type if null) starting at token i, or null. */
    public PhraseIndex.Hit<Cue> cueAt(int i, Cue.Category category, String type) {
        if (i < 0 || i >= categoriesStarting.length || (categoriesStarting[i] & 1 << category.ordinal()) == 0) {
            return null;
        }
        PhraseIndex.Hit<Cue> best = null;
        int first = cuesByStart.first(i); // there is one: the category's bit says so
        for (int k = first, to = cuesByStart.end(i, first); k < to; k++) {
            PhraseIndex.Hit<Cue> h = cuesByStart.get(k);
            if (h.value().category() == category && (type == null || h.value().type().equals(type))
                    && (best == null || h.end() > best.end())) {
                best = h;
            }
        }
        return best;
    }

    /**
     * The longest cue of a category that ends at token {@code end} (exclusive) and starts at or after {@code from}, or
     * null; of several as long, the first found. Looked for among the cues starting at most 8 tokens before: a
     * document asks this of few tokens, and an order of all its cues by end cost more than every such look.
     */
    public PhraseIndex.Hit<Cue> cueEndingAt(int end, int from, Cue.Category category) {
        int bit = 1 << category.ordinal();
        if (end < 0 || end >= categoriesEnding.length || (categoriesEnding[end] & bit) == 0) {
            return null;
        }
        for (int i = Math.max(0, Math.max(from, end - 8)); i < end; i++) {
            if ((categoriesStarting[i] & bit) == 0) {
                continue;
            }
            int first = cuesByStart.first(i);
            for (int k = first, to = cuesByStart.end(i, first); k < to; k++) {
                PhraseIndex.Hit<Cue> h = cuesByStart.get(k);
                if (h.end() == end && h.value().category() == category) {
                    return h;
                }
            }
        }
        return null;
    }

    /** Indicator phrases, ordered by end then start. */
    public List<PhraseIndex.Hit<IndicatorPhrase>> phrases() {
        return phrases;
    }

    /** Context and exclusion words of the dictionary, ordered by start. */
    public List<PhraseIndex.Hit<String>> topics() {
        return topics;
    }

    /** Whether some rule or dictionary phrase covers token i: otherwise it is a content word no rule knows. */
    public boolean covered(int i) {
        return covered[i];
    }

    /** The sentence holding token i, or the last one starting before it. */
    public Sentence sentenceOf(int i) {
        return sentences.isEmpty() ? null : sentences.get(Math.max(0, Sorted.lastAtMost(sentences, Sentence::from, i)));
    }

    /** The paragraph holding token i. */
    public Paragraph paragraphOf(int i) {
        return paragraphs.get(Math.max(0, Sorted.lastAtMost(paragraphs, Paragraph::from, i)));
    }
}
