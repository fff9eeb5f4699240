package vn.baocao.extract;

import java.util.List;
import vn.baocao.extract.document.DocumentText;
import vn.baocao.extract.document.Sentence;
import vn.baocao.extract.language.Cue;
import vn.baocao.extract.language.IndicatorPhrase;
import vn.baocao.extract.language.Unit;
import vn.baocao.extract.number.Quantity;
import vn.baocao.extract.number.TokenCues;
import vn.baocao.extract.text.PhraseIndex;
import vn.baocao.extract.text.Tokens;

/**
 * What stands between two places of a sentence: words no rule knows, stops, brackets, commas. Whether a phrase
 * is still what a figure is about depends on them. The words of a period are not counted: a period written
 * between a phrase and its figure does not part them.
 */
final class Gaps {

    /** Rule words a phrase may have between it and its figure and still stand right by it. */
    private static final int ADJACENT = 3;
    /** Words no rule knows that may stand between a phrase and its figure. */
    private static final int FOREIGN_WORDS = 6;

    private final DocumentText doc;
    private final TokenCues cues;
    private final Tokens t;
    private final boolean[] periodToken;
    /** The sentence last asked about, and its ';' and brackets, in order. */
    private Sentence scannedSentence;
    private int[] semicolons = new int[8];
    private int semicolonCount;
    private int[] brackets = new int[8];
    private int bracketCount;

    Gaps(TokenCues cues, boolean[] periodToken) {
        this.cues = cues;
        this.doc = cues.doc();
        this.t = doc.tokens();
        this.periodToken = periodToken;
    }

    /** Where the clause holding token {@code at} starts: after the last ';' of the sentence before it. */
    int clauseStart(Sentence s, int at) {
        int k = semicolonsBefore(s, at);
        return k > 0 ? semicolons[k - 1] + 1 : s.from();
    }

    /** Where the clause goes on to: the first ';' of the sentence at or after {@code at}. */
    int clauseEnd(Sentence s, int at) {
        int k = semicolonsBefore(s, at);
        return k < semicolonCount ? semicolons[k] : s.to();
    }

    /**
     * How many of the sentence's ';' stand before token {@code at}. Every figure of a sentence asks where its clause
     * starts and ends: the sentence's ';' are found once, not looked for again from each figure.
     */
    private int semicolonsBefore(Sentence s, int at) {
        scan(s);
        int k = java.util.Arrays.binarySearch(semicolons, 0, semicolonCount, at); // positions are distinct
        return k >= 0 ? k : -k - 1;
    }

    /** The sentence's '(' and ')', in order: where what a sentence is about is set aside and taken up again. */
    int[] brackets(Sentence s) {
        scan(s);
        return java.util.Arrays.copyOf(brackets, bracketCount);
    }

    /** The ';' and brackets of the sentence, found in one pass over its tokens. */
    private void scan(Sentence s) {
        if (s == scannedSentence) {
            return;
        }
        scannedSentence = s;
        semicolonCount = 0;
        bracketCount = 0;
        for (int i = s.from(); i < s.to(); i++) {
            char c = t.punct(i); // punct, not is(i, ';'): small enough for C1 to inline, and this runs at every token
            if (c == ';') {
                if (semicolonCount == semicolons.length) {
                    semicolons = java.util.Arrays.copyOf(semicolons, semicolonCount * 2);
                }
                semicolons[semicolonCount++] = i;
            } else if (c == '(' || c == ')') {
                if (bracketCount == brackets.length) {
                    brackets = java.util.Arrays.copyOf(brackets, bracketCount * 2);
                }
                brackets[bracketCount++] = i;
            }
        }
    }

    boolean adjacentBefore(List<PhraseIndex.Hit<IndicatorPhrase>> span, Quantity q) {
        return adjacentBefore(span.get(0).end(), q.start());
    }

    boolean adjacentBefore(int end, int figure) {
        int words = 0;
        for (int i = end; i < figure; i++) {
            char c = t.punct(i);
            if (!doc.covered(i) && t.isWord(i) && !periodToken[i] || c == ';' || c == '.') {
                return false;
            }
            if (t.isWord(i) && !periodToken[i]) {
                words++;
            }
        }
        return words <= ADJACENT;
    }

    /** Few words no rule knows stand between the phrase and the figure: the phrase is still its subject. */
    boolean near(List<PhraseIndex.Hit<IndicatorPhrase>> span, Quantity q) {
        int foreign = 0;
        for (int i = span.get(0).end(); i < q.start(); i++) {
            if (t.isWord(i) && !doc.covered(i) && !periodToken[i] && ++foreign > FOREIGN_WORDS) {
                return false;
            }
        }
        return true;
    }

    /**
     * 'không xảy ra vụ cháy nào' counts fires; 'không có tệ nạn ma túy' counts nothing: a zero names what it
     * counts after it only through a count noun.
     */
    boolean countNoun(int from, int to) {
        for (int i = from; i < to; i++) {
            PhraseIndex.Hit<Cue> c = cues.cueAt(i, Cue.Category.UNIT, "unit");
            if (c != null && Unit.isCode(c.value().detail()) && Unit.ofCode(c.value().detail()).whole()) {
                return true;
            }
        }
        return false;
    }

    /** '..., xếp thứ 56/63 tỉnh, thành phố, cao hơn mức tăng 5,03%': the words of the last comma's part. */
    int afterLastComma(int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (t.is(i, ',')) {
                return i + 1;
            }
        }
        return from;
    }

    /** '... đánh bạc ăn thua bằng tiền (so cùng kỳ giảm 01 vụ': a change in brackets looks back past the words before them. */
    int afterOpenParenthesis(int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (t.is(i, '(')) {
                return i + 1;
            }
            if (t.is(i, ')')) {
                break;
            }
        }
        return from;
    }

    int foreign(int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (t.isWord(i) && !doc.covered(i) && !periodToken[i]) {
                n++;
            }
        }
        return n;
    }

    /** Words no rule knows between two tokens: the sentence names something the dictionary does not. */
    boolean hasContent(int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.isWord(i) && !doc.covered(i) && !periodToken[i]) {
                return true;
            }
        }
        return false;
    }

    boolean hasStop(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = t.punct(i);
            if (c == ';' || c == '.' || c == ':') {
                return true;
            }
        }
        return false;
    }

    boolean noWordsBetween(int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.isWord(i)) {
                return false;
            }
        }
        return true;
    }

    boolean inParentheses(Quantity q) {
        return q.start() > 0 && t.is(q.start() - 1, '(');
    }
}
