package vn.baocao.extract.text;

import java.text.Normalizer;

/**
 * The forms text is compared in. Reports and rules meet in lower case; place
 * names also without diacritics (sources spell them differently); text whose
 * legacy font conversion dropped letters in its skeleton form.
 */
public final class Fold {

    private Fold() {
    }

    /** Lower case, character by character, so that offsets stay valid. */
    public static String lower(String s) {
        char[] c = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            char lo = Character.toLowerCase(ch);
            if (lo != ch) {
                if (c == null) {
                    c = s.toCharArray();
                }
                c[i] = lo;
            }
        }
        return c == null ? s : new String(c);
    }

    /**
     * cs[from, to) lower-cased as {@link #lower(String)} does, or null when it is in lower case already: the tokenizer
     * lowers a new word from the characters at hand, without a String of it to read again.
     */
    public static String lowerOrNull(char[] cs, int from, int to) {
        int k = from;
        while (k < to && Character.toLowerCase(cs[k]) == cs[k]) {
            k++;
        }
        if (k == to) {
            return null;
        }
        char[] out = java.util.Arrays.copyOfRange(cs, from, to);
        for (int i = k - from; i < out.length; i++) {
            out[i] = Character.toLowerCase(out[i]);
        }
        return new String(out);
    }

    /** NFC and lower case, nothing else: how labels and details of rule files are kept. */
    public static String plain(String s) {
        return lower(Normalizer.normalize(s.strip(), Normalizer.Form.NFC));
    }

    /** NFC, lower case and one spelling: how phrases and patterns of rule files are read. */
    public static String rule(String s) {
        String[] words = vn.baocao.normalise.ToneMarks.fold(lower(Normalizer.normalize(s.strip(), Normalizer.Form.NFC))).split(" ", -1);
        for (int i = 0; i < words.length; i++) {
            words[i] = spelling(words[i]);
        }
        return String.join(" ", words);
    }

    private static final String I_FORMS = "iìíỉĩị";
    private static final String Y_FORMS = "yỳýỷỹỵ";

    /**
     * One spelling for a syllable that ends in i or y after a consonant, which writers use alike
     * ('tỉ'/'tỷ', 'kì'/'kỳ', 'lí'/'lý', 'quí'/'quý', 'mĩ'/'mỹ'): the y form, tone kept. A word of
     * several letters is read as one syllable; 'tuy', 'hay' (a vowel before) stay as they are.
     */
    public static String spelling(String w) {
        int n = w.length();
        if (n < 2) {
            return w;
        }
        char last = w.charAt(n - 1);
        int tone = I_FORMS.indexOf(last);
        if (tone < 0) {
            return w;
        }
        String head = w.substring(0, n - 1);
        if (head.endsWith("qu")) {
            head = head.substring(0, head.length() - 2);
        } else if (head.isEmpty()) {
            return w;
        }
        for (int k = 0; k < head.length(); k++) {
            if ("bcdđghklmnpqrstvx".indexOf(head.charAt(k)) < 0) {
                return w; // a vowel before: 'tuy', 'hai', 'mới' are other syllables
            }
        }
        return w.substring(0, n - 1) + Y_FORMS.charAt(tone);
    }

    /** Latin letters with marks (U+00C0 to U+024F, U+1E00 to U+1EFF) lower-cased and without their marks, 0 where none. */
    private static final char[] BARE = bareTable();

    private static char[] bareTable() {
        char[] table = new char[0x1F00];
        for (int c = 0xC0; c < table.length; c++) {
            if (c >= 0x250 && c < 0x1E00) {
                continue;
            }
            String d = Normalizer.normalize(String.valueOf((char) c).toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFD);
            if (d.length() >= 1 && d.charAt(0) < 0x80 && d.chars().skip(1).allMatch(x -> Character.getType(x) == Character.NON_SPACING_MARK)) {
                table[c] = d.charAt(0);
            }
        }
        table['đ'] = 'd';
        table['Đ'] = 'd';
        return table;
    }

    /** A Latin letter lower-cased and without its marks ('Ộ' reads 'o'), or 0 for any other character. */
    public static char bareLetter(char ch) {
        if (ch < 0x80) {
            return ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch >= 'a' && ch <= 'z' ? ch : 0;
        }
        return ch < BARE.length ? BARE[ch] : 0;
    }

    /** Lower case without diacritics: 'Hoà' and 'Hòa' and 'HOA' all read 'hoa'; 'đ' reads 'd'. */
    public static String bare(String s) {
        // Vietnamese letters by table, in one pass; anything else by Unicode decomposition
        char[] out = new char[s.length()];
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            char letter = bareLetter(ch);
            if (letter != 0) {
                out[i] = letter;
            } else if (ch < 0x80) {
                out[i] = ch;
            } else {
                return decomposed(s);
            }
        }
        return new String(out);
    }

    private static String decomposed(String s) {
        String d = Normalizer.normalize(lower(s), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char ch = d.charAt(i);
            if (Character.getType(ch) == Character.NON_SPACING_MARK) {
                continue;
            }
            out.append(ch == 'đ' ? 'd' : ch);
        }
        return out.toString();
    }

    /**
     * A word without its toned letters and stray combining marks: what a broken legacy
     * font conversion leaves ('tỉnh' and 'tnh' both read 'tnh', 'nghìn' and 'ngh́n' read 'nghn').
     * Letters that only carry a breve, circumflex or horn (ă, â, ê, ô, ơ, ư) survive such damage.
     */
    public static String skeleton(String s) {
        String lowered = lower(s);
        StringBuilder out = new StringBuilder(lowered.length());
        for (int i = 0; i < lowered.length(); i++) {
            char ch = lowered.charAt(i);
            if (Character.getType(ch) == Character.NON_SPACING_MARK || toned(ch)) {
                continue;
            }
            out.append(ch == 'y' ? 'i' : ch); // 'ni' (from 'nội') may have been spelt 'ny' by spelling()
        }
        return out.toString();
    }

    /** A vowel letter carrying a tone mark (grave, acute, hook, tilde or dot below). */
    static boolean toned(char ch) {
        if (ch < 0xC0) {
            return false;
        }
        String d = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFD);
        for (int i = 1; i < d.length(); i++) {
            switch (d.charAt(i)) {
                case '\u0300', '\u0301', '\u0303', '\u0309', '\u0323' -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }
}
