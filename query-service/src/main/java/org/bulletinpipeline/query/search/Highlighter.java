package org.bulletinpipeline.query.search;

import java.util.List;

/**
 * HTML for result lists: the text escaped, each occurrence of a query word wrapped in {@code <mark>}. A snippet is a
 * window around the first hit in the body, so a reader sees why the article matched.
 */
public final class Highlighter {

    static final int BEFORE = 30;
    static final int AFTER = 90;

    private Highlighter() {
    }

    /** The whole text, escaped and marked. */
    public static String mark(String text, List<String> words) {
        return text == null ? null : markRange(text, SearchText.lower(text), 0, text.length(), words);
    }

    /** A window of the body around the first hit, or its start when no word is in it (the hit was in the title). */
    public static String snippet(String body, String summary, List<String> words) {
        if (body == null || body.isEmpty()) {
            return summary == null ? null : escape(summary);
        }
        String lower = SearchText.lower(body);
        int first = -1;
        if (lower.length() == body.length()) {
            for (String w : words) {
                int at = lower.indexOf(w);
                if (at >= 0 && (first < 0 || at < first)) {
                    first = at;
                }
            }
        }
        int start = first < 0 ? 0 : Math.max(0, first - BEFORE);
        int end = Math.min(body.length(), (first < 0 ? 0 : first) + AFTER);
        if (Character.isLowSurrogate(body.charAt(start)) && start > 0) {
            start--;
        }
        if (end < body.length() && Character.isLowSurrogate(body.charAt(end))) {
            end++;
        }
        return (start > 0 ? "…" : "") + markRange(body, lower, start, end, words)
                + (end < body.length() ? "…" : "");
    }

    /**
     * {@code text} from {@code start} to {@code end}, escaped, with the words its lower case {@code lower} has
     * marked.
     */
    private static String markRange(String text, String lower, int start, int end, List<String> words) {
        // lower-casing changed the length (rare Latin letters such as İ): offsets would not line up, so no marks
        boolean markable = lower.length() == text.length() && !words.isEmpty();
        StringBuilder html = new StringBuilder();
        int i = start;
        while (i < end) {
            int hit = markable ? longestHitAt(lower, i, end, words) : 0;
            if (hit > 0) {
                html.append("<mark>").append(escape(text.substring(i, i + hit))).append("</mark>");
                i += hit;
            } else {
                appendEscaped(html, text.charAt(i));
                i++;
            }
        }
        return html.toString();
    }

    private static int longestHitAt(String lower, int at, int end, List<String> words) {
        int best = 0;
        for (String w : words) {
            if (w.length() > best && at + w.length() <= end && lower.startsWith(w, at)) {
                best = w.length();
            }
        }
        return best;
    }

    public static String escape(String text) {
        StringBuilder html = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            appendEscaped(html, text.charAt(i));
        }
        return html.toString();
    }

    private static void appendEscaped(StringBuilder html, char ch) {
        switch (ch) {
            case '<' -> html.append("&lt;");
            case '>' -> html.append("&gt;");
            case '&' -> html.append("&amp;");
            case '"' -> html.append("&quot;");
            case '\'' -> html.append("&#39;");
            default -> html.append(ch);
        }
    }
}
