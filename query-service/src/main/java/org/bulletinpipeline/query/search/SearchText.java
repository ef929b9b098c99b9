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
        return Stream.of(kicker, title, subtitle, body).filter(s -> s != null && !s.isEmpty())
                .collect(Collectors.joining("\n")).toLowerCase(Locale.ROOT);
    }

    /** Distinct bigrams of the lower-cased text; none spans whitespace, since query words never contain any. */
    public static Set<String> bigrams(String text) {
        Set<String> grams = new LinkedHashSet<>();
        int[] cps = text.toLowerCase(Locale.ROOT).codePoints().toArray();
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
