package org.bulletinpipeline.nlp.extract.person;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bulletinpipeline.nlp.extract.text.DataLines;

/**
 * The role words a title ends in ({@code 总理}, {@code 副县长}, {@code 院士}, {@code 董事长}), read once from
 * {@code person/titles.txt}: every level of public life, grouped there by organ. The unit before the role word
 * ({@code 国务院}, {@code 许昌市委}) is read from the text, so the lexicon holds role words only.
 */
public final class TitleLexicon {

    /** Role words by their last character, longest first: a lookup at a position allocates nothing. */
    private final Map<Character, List<String>> byLastChar = new HashMap<>();

    public TitleLexicon() {
        DataLines.forEach("/person/titles.txt",
                word -> byLastChar.computeIfAbsent(word.charAt(word.length() - 1), k -> new ArrayList<>()).add(word));
        byLastChar.values().forEach(words -> words.sort(Comparator.comparingInt(String::length).reversed()));
    }

    /** Start of the longest role word ending at {@code end} in {@code s}, or -1. */
    public int startOfWordEndingAt(String s, int end) {
        if (end < 1 || end > s.length()) {
            return -1;
        }
        List<String> words = byLastChar.get(s.charAt(end - 1));
        if (words != null) {
            for (String word : words) {
                int start = end - word.length();
                if (start >= 0 && s.startsWith(word, start)) {
                    return start;
                }
            }
        }
        return -1;
    }

    /** End of the last role word in {@code s}, or -1 when it holds none. */
    public int lastWordEnd(String s) {
        for (int end = s.length(); end > 0; end--) {
            if (startOfWordEndingAt(s, end) >= 0) {
                return end;
            }
        }
        return -1;
    }
}
