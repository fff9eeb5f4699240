package vn.baocao.extract.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.baocao.extract.language.LanguageRules;
import vn.baocao.extract.text.PhraseIndex;
import vn.baocao.extract.text.Tokens;

/**
 * Replaces the abbreviations of a document by the words they stand for: those
 * the genre assumes (abbreviations.csv: 'KH', 'CK', 'NLTS'), written in
 * capitals, and those the report defines itself by putting them in brackets
 * after their words ('khu vực nông, lâm nghiệp và thủy sản (NLTS)',
 * 'Cục Thi hành án dân sự (THADS)'), which hold from there on.
 */
final class Abbreviations {

    private static final int MAX_DEFINED_WORDS = 12;

    private Abbreviations() {
    }

    static Tokens expand(Tokens t, LanguageRules rules) {
        List<int[]> spans = new ArrayList<>();
        List<List<String>> words = new ArrayList<>();
        Map<String, List<String>> defined = new HashMap<>();
        // an abbreviation is written with a capital, so only a word that starts with one can open it
        List<PhraseIndex.Hit<List<String>>> assumed = rules.abbreviations(t, 0, t.size(),
                i -> t.isWord(i) && t.capital(i));
        int next = 0;
        int a = 0;
        for (int i = 0; i < t.size(); i++) {
            // what follows asks for a '(', a word in capitals or one that starts with a capital: most tokens are
            // none, and are passed over at once
            if (i < next || t.firstChar(i) != '(' && !t.capital(i) && !t.upper(i)) {
                continue;
            }
            // a definition: '(' ABBR ')' right after words whose initials spell it
            if (t.is(i, '(') && i + 2 < t.size() && t.is(i + 2, ')') && t.upper(i + 1)) {
                List<String> expansion = definedBy(t, i);
                if (expansion != null) {
                    defined.putIfAbsent(t.folded(i + 1), expansion);
                    next = i + 3;
                    continue;
                }
            }
            while (a < assumed.size() && assumed.get(a).start() < i) {
                a++;
            }
            if (!defined.isEmpty() && t.isWord(i) && t.upper(i) && defined.containsKey(t.folded(i))) {
                spans.add(new int[] {i, i + 1});
                words.add(defined.get(t.folded(i)));
                next = i + 1;
                continue;
            }
            if (a < assumed.size() && assumed.get(a).start() == i && capitals(t, i, assumed.get(a).end())) {
                PhraseIndex.Hit<List<String>> h = assumed.get(a);
                spans.add(new int[] {h.start(), h.end()});
                words.add(h.value());
                next = h.end();
            }
        }
        return spans.isEmpty() ? t : t.replace(spans, words);
    }

    /** An abbreviation is written with a capital: 'KH', 'Tp', 'CN-XD'; 'kh' in lower case is a word. */
    private static boolean capitals(Tokens t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.isWord(i) && !t.capital(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The words before '(' whose initials spell the abbreviation at open + 1, or null. Letters of the
     * abbreviation are matched in order to initials of the words before, ending with the last word;
     * words between may be skipped ('nông, lâm nghiệp và thủy sản' is NLTS).
     */
    private static List<String> definedBy(Tokens t, int open) {
        String abbr = t.raw(open + 1).replace("-", "").toLowerCase(java.util.Locale.ROOT);
        if (abbr.length() < 2 || abbr.length() > 8) {
            return null;
        }
        int k = abbr.length() - 1;
        int first = -1;
        int seen = 0;
        for (int i = open - 1; i >= 0 && seen < MAX_DEFINED_WORDS && k >= 0; i--) {
            if (!t.isWord(i)) {
                if (t.is(i, ',') || t.is(i, '-') || t.is(i, '–')) {
                    continue;
                }
                break;
            }
            seen++;
            char initial = initial(t.folded(i));
            if (initial == abbr.charAt(k)) {
                k--;
                first = i;
            } else if (k == abbr.length() - 1) {
                return null; // the last word must give the last letter
            }
        }
        if (k >= 0 || first < 0) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int i = first; i < open; i++) {
            out.add(t.folded(i));
        }
        return out;
    }

    private static char initial(String word) {
        char c = word.charAt(0);
        return c == 'đ' ? 'đ' : java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD).charAt(0);
    }
}
