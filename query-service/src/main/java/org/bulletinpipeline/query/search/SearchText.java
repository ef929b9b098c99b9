package org.bulletinpipeline.query.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the full-text search matches on. Chinese is written without spaces and most words are two characters
 * (疫情, 防控, 核酸), so the index holds every distinct two-character sequence of the article (its bigrams). A word
 * found in a text has all its bigrams in that text, so a bigram-containment lookup never misses an article; the
 * substring recheck on {@link #normalize} output removes articles that have the bigrams apart (防控…疫情 for 疫情防控).
 */
public final class SearchText {

    private SearchText() {
    }

    /** Kicker, title, subtitle and body, one per line, lower-cased so Latin letters match either case. */
    public static String normalize(String kicker, String title, String subtitle, String body) {
        return lower(Stream.of(kicker, title, subtitle, body).filter(s -> s != null && !s.isEmpty())
                .collect(Collectors.joining("\n")));
    }

    /**
     * {@code text.toLowerCase(Locale.ROOT)}, without the per-character case lookup for what has no case: ideographs,
     * kana, CJK and fullwidth punctuation, which make up most of a Chinese text and cost the JDK a table lookup each.
     * ASCII and fullwidth Latin capitals (ＧＤＰ) are mapped directly; any other character takes the JDK's way for
     * the whole text, so the result is always the JDK's.
     */
    public static String lower(String text) {
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char l;
            if (c < 0x80) {
                l = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            } else if (c >= 0xFF21 && c <= 0xFF3A) {
                l = (char) (c + 32);
            } else if (caseless(c)) {
                l = c;
            } else {
                return text.toLowerCase(Locale.ROOT);
            }
            if (l != c && out == null) {
                out = text.toCharArray();
            }
            if (out != null) {
                out[i] = l;
            }
        }
        return out == null ? text : new String(out);
    }

    /**
     * Whether lower-casing leaves {@code word} and every text it occurs in unchanged where it occurs: it holds no
     * letter with case (the common Chinese word), so it can be looked for in a text that was not lower-cased.
     */
    public static boolean caseless(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            boolean fullwidthLatin = c >= 0xFF21 && c <= 0xFF5A && Character.isLetter(c);
            if (c < 0x80 ? Character.isLetter(c) : !caseless(c) || fullwidthLatin) {
                return false;
            }
        }
        return true;
    }

    /** Blocks without letters that have case (nor surrogates): CJK punctuation, kana, ideographs, fullwidth forms. */
    private static boolean caseless(char c) {
        return (c >= 0x2000 && c <= 0x206F) || (c >= 0x3000 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF)
                || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFFEF);
    }

    /** Distinct bigrams of the lower-cased text; none spans whitespace, since query words never contain any. */
    public static Set<String> bigrams(String text) {
        Set<String> grams = new LinkedHashSet<>();
        int[] cps = lower(text).codePoints().toArray();
        for (int i = 0; i + 1 < cps.length; i++) {
            if (!isSpace(cps[i]) && !isSpace(cps[i + 1])) {
                grams.add(new String(cps, i, 2));
            }
        }
        return grams;
    }

    /** The words of a query: split on whitespace (ASCII or the ideographic space 　), lower-cased, deduplicated. */
    public static List<String> words(String query) {
        List<String> words = new ArrayList<>();
        if (query == null) {
            return words;
        }
        StringBuilder current = new StringBuilder();
        query.codePoints().forEach(cp -> {
            if (isSpace(cp)) {
                flush(current, words);
            } else {
                current.appendCodePoint(Character.toLowerCase(cp));
            }
        });
        flush(current, words);
        return words;
    }

    private static void flush(StringBuilder current, List<String> words) {
        if (!current.isEmpty()) {
            String word = current.toString();
            if (!words.contains(word)) {
                words.add(word);
            }
            current.setLength(0);
        }
    }

    static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }
}
