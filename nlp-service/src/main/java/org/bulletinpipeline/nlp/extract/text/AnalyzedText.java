package org.bulletinpipeline.nlp.extract.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.hankcs.hanlp.seg.common.Term;

/**
 * One article's text with HanLP's word boundaries and part-of-speech tags, computed once and shared by every
 * recognizer. Recognizers use the boundaries to find where a name ends ({@code 刘涛/主持} versus
 * {@code 史/根治/在}) and the tags as one signal among several, never as the final word.
 */
public final class AnalyzedText {

    private final String text;
    private final int[] tokenStart;
    private final int[] tokenEnd;
    private final String[] nature;
    private final List<NameCandidate> candidates;
    /** The candidates by their start, in reading order: a recognizer asks at every name start it tries. */
    private final Map<Integer, List<NameCandidate>> candidatesByStart = new HashMap<>();
    private final List<Term> terms;

    public AnalyzedText(String text, List<Term> terms, List<NameCandidate> candidates) {
        this.text = text;
        this.candidates = candidates;
        for (NameCandidate c : candidates) {
            candidatesByStart.computeIfAbsent(c.start(), start -> new ArrayList<>(1)).add(c);
        }
        this.terms = terms;
        int n = text.length();
        tokenStart = new int[n];
        tokenEnd = new int[n];
        nature = new String[n];
        for (int i = 0; i < n; i++) {
            tokenStart[i] = i;
            tokenEnd[i] = i + 1;
        }
        for (Term term : terms) {
            int start = term.offset;
            int end = Math.min(n, start + term.length());
            String tag = term.nature == null ? "" : term.nature.toString();
            for (int i = start; i < end; i++) {
                tokenStart[i] = start;
                tokenEnd[i] = end;
                nature[i] = tag;
            }
        }
    }

    /** HanLP's words, as the keyword extractor counts them. */
    public List<Term> terms() {
        return terms;
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    public char charAt(int i) {
        return text.charAt(i);
    }

    /**
     * The names the statistical tagger proposes of one type ({@code nr} person, {@code ns} place, {@code nt}
     * organization), in reading order: candidates a recognizer still has to accept.
     */
    public List<NameCandidate> candidates(String type) {
        return candidates.stream().filter(c -> c.type().equals(type) && !insideSlogan(c)).toList();
    }

    /** End of the tagger's candidate of {@code type} that starts at {@code start}, or -1 when none does. */
    public int candidateEndAt(String type, int start) {
        for (NameCandidate c : candidatesByStart.getOrDefault(start, List.of())) {
            if (c.type().equals(type)) {
                return c.end();
            }
        }
        return -1;
    }

    /**
     * True when the candidate is a part of a short quoted phrase: a slogan or coined term
     * ({@code “万人助企联乡帮村”}, {@code “崇廉尚洁”}) whose characters the tagger takes for a name.
     */
    private boolean insideSlogan(NameCandidate c) {
        int open = c.start() - 1;
        while (open >= 0 && c.start() - open <= 12 && text.charAt(open) != '\u201C') {
            open--;
        }
        if (open < 0 || c.start() - open > 12) {
            return false;
        }
        int close = text.indexOf('\u201D', open);
        return close >= c.end() && close - open - 1 > c.end() - c.start() && close - open <= 13;
    }

    /**
     * The candidate without a one-character function word the tagger took in at its start: a preposition,
     * conjunction, adverb, verb or particle standing alone as HanLP's word ({@code 应/中国人民外交学会},
     * {@code 而/智利队}, {@code 像/琼斯}).
     */
    public NameCandidate trimmed(NameCandidate c) {
        int start = c.start();
        if (c.end() - start > 2 && tokenEnd[start] == start + 1 && !nature(start).startsWith("n")
                && "pcdvuy".indexOf(nature(start).isEmpty() ? ' ' : nature(start).charAt(0)) >= 0) {
            return new NameCandidate(c.type(), start + 1, c.end());
        }
        return c;
    }

    /** True when a word starts (or the text starts or ends) at {@code i}. */
    public boolean isBoundary(int i) {
        return i <= 0 || i >= text.length() || tokenStart[i] == i;
    }

    /** End of the word that contains character {@code i}. */
    public int tokenEnd(int i) {
        return tokenEnd[i];
    }

    /** Start of the word that contains character {@code i}. */
    public int tokenStart(int i) {
        return tokenStart[i];
    }

    /** HanLP's tag of the word containing character {@code i} ({@code nr} person, {@code ns} place, …). */
    public String nature(int i) {
        return nature[i] == null ? "" : nature[i];
    }

    /**
     * True when {@code [start, end)} is covered by one ordinary dictionary word of two or more characters that
     * HanLP does not take for a personal name ({@code 干部}, {@code 强调}): such a string is not a name.
     */
    public boolean startsWithCommonWord(int start, int end) {
        if (start >= text.length()) {
            return false;
        }
        int wordEnd = tokenEnd[start];
        String tag = nature(start);
        // A two-character adjective followed by a lone character is a given name read as a word: 严正/明/在.
        boolean adjectiveOfName = tag.startsWith("a") && wordEnd - start == 2 && wordEnd < text.length()
                && tokenEnd[wordEnd] == wordEnd + 1;
        return tokenStart[start] == start && wordEnd - start >= 2 && wordEnd <= end + 1
                && !tag.startsWith("nr") && !adjectiveOfName;
    }
}
