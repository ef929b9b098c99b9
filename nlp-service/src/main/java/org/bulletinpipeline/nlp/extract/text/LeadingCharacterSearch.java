package org.bulletinpipeline.nlp.extract.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches of a pattern whose every match begins with one of a few characters, found by trying the pattern
 * only where such a character stands. Java's regex engine tries a pattern that opens with an optional group
 * ({@code (?:(\d{4})年)?(\d{1,2})月…}) at every position of the text, while an article of 5,000 characters holds a
 * few dozen digits; the matches are those of {@link Matcher#find()}, in the same order. The matcher looks through
 * its region's bounds, so lookbehinds ({@code (?<=[返赴])鄂}) and lookaheads see the whole text as before.
 */
public final class LeadingCharacterSearch {

    /** The characters a match of {@code \d…} begins with ({@code \d} is ASCII 0-9 in Java's default mode). */
    public static final String DIGITS = "0123456789";

    private final Matcher matcher;
    private final String text;
    private final String leading;
    private int from;

    /** A search of {@code pattern} in {@code text}, each of whose matches begins with a character of {@code leading}. */
    public LeadingCharacterSearch(Pattern pattern, String text, String leading) {
        this.matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        this.text = text;
        this.leading = leading;
    }

    /** The matcher, positioned on the last match {@link #find()} reported (its groups, start and end). */
    public Matcher matcher() {
        return matcher;
    }

    /** Moves to the next match, as {@link Matcher#find()} does; false when there is none. */
    public boolean find() {
        int n = text.length();
        for (int i = from; i < n; i++) {
            if (leading.indexOf(text.charAt(i)) >= 0) {
                matcher.region(i, n);
                if (matcher.lookingAt()) {
                    from = Math.max(matcher.end(), i + 1);
                    return true;
                }
            }
        }
        from = n;
        return false;
    }
}
