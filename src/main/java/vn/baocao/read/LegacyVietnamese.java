package vn.baocao.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vietnamese typed in the pre-Unicode font encodings that old reports still
 * carry: TCVN3 (ABC, fonts .VnTime, .VnArial...) and VNI (fonts VNI-Times...).
 * Such text reaches us as Latin-1 look-alikes ('B¸o c¸o', 'Baùo caùo'). This
 * class tells them apart from real Unicode Vietnamese and converts them with
 * the project's own tables (resources legacy/tcvn3.map; VNI is built below).
 */
public final class LegacyVietnamese {

    /** The legacy encodings recognised. */
    public enum Encoding { TCVN3, VNI }

    private static final Map<Character, Character> TCVN3 = loadTcvn3();
    private static final Map<String, String> VNI_TO_UNICODE = buildVni();
    private static final Map<String, String> UNICODE_TO_VNI = invert(VNI_TO_UNICODE);
    private static final Map<Character, Character> UNICODE_TO_TCVN3 = invertChars(TCVN3);

    /** Characters that a TCVN3 text is full of and Unicode Vietnamese never uses. */
    private static final Pattern TCVN3_SIGN = Pattern.compile("[¸µ¶·¹¨©ª«¬\u00AD®»¼½¾ÆÇËÎÑÖ×ØÞßåæçðñöøþ]");
    /** VNI writes a mark after its vowel: 'aø', 'eä', 'oï' ...; and 'ñ' for đ, 'ö' for ư. */
    private static final Pattern VNI_SIGN = Pattern.compile("[aeiouyAEIOUY][øïåäëüùûõ]|[ñÑ](?=[aeiouôö])|ö[ôù]|Ö[ÔÙ]");

    /** Words every Vietnamese report is full of. */
    private static final java.util.Set<String> COMMON_WORDS = java.util.Set.of(
            "của", "và", "các", "đã", "được", "trong", "năm", "tỷ", "đồng", "tăng", "giảm", "so", "với", "kỳ", "đạt",
            "cùng", "người", "thực", "hiện", "tình", "hình", "kinh", "tế", "xã", "hội", "quý", "tháng", "huyện", "tỉnh",
            "thu", "chi", "ngân", "sách", "cho", "là", "có", "không", "trên", "địa", "bàn", "số", "vụ", "việc", "đơn", "vị");

    private LegacyVietnamese() {
    }

    /** Share of words that are common Vietnamese words: how much a decoding reads like Vietnamese. */
    public static double vietnameseScore(String text) {
        String[] words = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        int all = 0;
        int common = 0;
        for (String w : words) {
            if (!w.isEmpty()) {
                all++;
                if (COMMON_WORDS.contains(w)) {
                    common++;
                }
            }
        }
        return all == 0 ? 0 : (double) common / all;
    }

    /** The legacy encoding a piece of text is in, if it is in one. */
    public static Optional<Encoding> detect(String text) {
        char[] chars = text.toCharArray();
        return hasUnicodeVietnamese(chars, 0, chars.length) ? Optional.empty() : detectLegacy(chars, 0, chars.length);
    }

    /** {@link #detect} of chars [from, to) known to hold none of the letters only Unicode Vietnamese has. */
    private static Optional<Encoding> detectLegacy(char[] chars, int from, int to) {
        int letters = 0;
        for (int i = from; i < to; i++) {
            if (Character.isLetter(chars[i])) {
                letters++;
            }
        }
        if (letters < 4) {
            return Optional.empty(); // most such paragraphs are blank lines and figures: no text is made of them
        }
        String text = new String(chars, from, to - from);
        int vni = count(VNI_SIGN, text);
        int tcvn = count(TCVN3_SIGN, text);
        if (vni >= 2 && vni * 40 >= letters && vni >= tcvn) {
            return Optional.of(Encoding.VNI);
        }
        if (tcvn >= 2 && tcvn * 40 >= letters) {
            return Optional.of(Encoding.TCVN3);
        }
        return Optional.empty();
    }

    /** Converts every paragraph that is in a legacy encoding; Unicode paragraphs stay as they are. */
    public static String convertParagraphs(String text) {
        StringBuilder converted = converted(TextChars.of(text));
        return converted == null ? text : converted.toString();
    }

    /** {@link #convertParagraphs(String)} of a text read as chars: a text with no legacy paragraph, most, is itself. */
    static TextChars convertParagraphs(TextChars text) {
        StringBuilder converted = converted(text);
        return converted == null ? text : TextChars.of(converted.toString());
    }

    /** The text with its legacy paragraphs converted, null if it has none: most texts are Unicode throughout. */
    private static StringBuilder converted(TextChars text) {
        char[] chars = text.array();
        int length = text.length();
        StringBuilder out = null;
        int start = 0;
        while (start < length) {
            int end = start;
            while (end < length && chars[end] != '\n') {
                end++;
            }
            end = Math.min(end + 1, length); // a paragraph keeps its line break
            Optional<Encoding> e = hasUnicodeVietnamese(chars, start, end) ? Optional.empty() : detectLegacy(chars, start, end);
            if (e.isPresent()) {
                if (out == null) {
                    out = new StringBuilder(length).append(chars, 0, start);
                }
                out.append(convert(new String(chars, start, end - start), e.get()));
            } else if (out != null) {
                out.append(chars, start, end - start);
            }
            start = end;
        }
        return out;
    }

    /** Whether chars [from, to) hold a letter only Unicode Vietnamese has: then no legacy encoding is looked for. */
    private static boolean hasUnicodeVietnamese(char[] chars, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c >= '\u1EA0' && c <= '\u1EF9' || c == 'ă' || c == 'Ă' || c == 'ơ' || c == 'Ơ' || c == 'ư' || c == 'Ư'
                    || c == 'đ' || c == 'Đ') {
                return true;
            }
        }
        return false;
    }

    /** The encoding a font name implies: '.VnTime', '.VnArialH' are TCVN3; 'VNI-Times' is VNI. */
    public static Optional<Encoding> ofFont(String font) {
        if (font == null) {
            return Optional.empty();
        }
        String f = font.trim().toLowerCase(Locale.ROOT);
        if (f.startsWith(".vn") || f.startsWith("vn3") || f.startsWith("abc")) {
            return Optional.of(Encoding.TCVN3);
        }
        if (f.startsWith("vni-") || f.startsWith("vni ") || f.equals("vni")) {
            return Optional.of(Encoding.VNI);
        }
        return Optional.empty();
    }

    public static String convert(String text, Encoding encoding) {
        StringBuilder out = new StringBuilder(text.length());
        if (encoding == Encoding.TCVN3) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                out.append(TCVN3.getOrDefault(c, c));
            }
        } else {
            int i = 0;
            while (i < text.length()) {
                if (i + 1 < text.length()) {
                    String two = VNI_TO_UNICODE.get(text.substring(i, i + 2));
                    if (two != null) {
                        out.append(two);
                        i += 2;
                        continue;
                    }
                }
                String one = VNI_TO_UNICODE.get(text.substring(i, i + 1));
                out.append(one != null ? one : text.charAt(i));
                i++;
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /** Unicode Vietnamese written in a legacy encoding: the inverse of {@link #convert}, for tests and samples. */
    public static String encode(String unicode, Encoding encoding) {
        String text = Normalizer.normalize(unicode, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (encoding == Encoding.TCVN3) {
                Character lower = UNICODE_TO_TCVN3.get(Character.toLowerCase(c));
                Character exact = UNICODE_TO_TCVN3.get(c);
                out.append(exact != null ? exact : lower != null ? lower : c);
            } else {
                String v = UNICODE_TO_VNI.get(String.valueOf(c));
                out.append(v != null ? v : String.valueOf(c));
            }
        }
        return out.toString();
    }

    private static int count(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static Map<Character, Character> loadTcvn3() {
        Map<Character, Character> map = new HashMap<>();
        try (InputStream in = LegacyVietnamese.class.getClassLoader().getResourceAsStream("legacy/tcvn3.map")) {
            if (in == null) {
                throw new IllegalStateException("legacy/tcvn3.map is missing from the jar");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                char from = (char) Integer.parseInt(line.substring(0, 2), 16);
                map.put(from, line.charAt(3));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read legacy/tcvn3.map", e);
        }
        return Map.copyOf(map);
    }

    /**
     * VNI Windows: a base letter followed by one mark character. Marks for a, e, o, u, y and their
     * hats and horns; i takes single characters; đ, ơ, ư are single characters.
     */
    private static Map<String, String> buildVni() {
        Map<String, String> m = new HashMap<>();
        String[] tones = {"", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"};  // none, sắc, huyền, hỏi, ngã, nặng
        String[] plainMarks = {"", "ù", "ø", "û", "õ", "ï"};
        String[] hatMarks = {"â", "á", "à", "å", "ã", "ä"};      // â ê ô
        String[] breveMarks = {"ê", "é", "è", "ú", "ü", "ë"};    // ă
        for (String base : new String[] {"a", "e", "o", "u", "y"}) {
            for (int t = 1; t < 6; t++) {
                put(m, base + plainMarks[t], base + tones[t]);
            }
        }
        for (String base : new String[] {"a", "e", "o"}) {
            for (int t = 0; t < 6; t++) {
                put(m, base + hatMarks[t], base + "\u0302" + tones[t]);
            }
        }
        for (int t = 0; t < 6; t++) {
            put(m, "a" + breveMarks[t], "a\u0306" + tones[t]);
            put(m, "ô" + plainMarks[t], "o\u031B" + tones[t]);   // ơ
            put(m, "ö" + plainMarks[t], "u\u031B" + tones[t]);   // ư
        }
        String[] iMarks = {"i", "í", "ì", "æ", "ó", "ò"};
        for (int t = 0; t < 6; t++) {
            put(m, iMarks[t], "i" + tones[t]);
        }
        put(m, "î", "y\u0323");
        put(m, "ñ", "đ");
        m.remove("i");
        return Map.copyOf(m);
    }

    /** Puts the lower-case mapping and its upper-case form. */
    private static void put(Map<String, String> m, String vni, String unicode) {
        String u = Normalizer.normalize(unicode, Normalizer.Form.NFC);
        m.put(vni, u);
        m.put(vni.toUpperCase(Locale.ROOT), u.toUpperCase(Locale.ROOT));
    }

    private static Map<String, String> invert(Map<String, String> map) {
        Map<String, String> out = new HashMap<>();
        map.forEach((k, v) -> out.merge(v, k, (a, b) -> a.length() >= b.length() ? a : b));
        return out;
    }

    private static Map<Character, Character> invertChars(Map<Character, Character> map) {
        Map<Character, Character> out = new HashMap<>();
        map.forEach((k, v) -> out.putIfAbsent(v, k));
        return out;
    }
}
