package org.bulletinpipeline.nlp.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sentences the name tagger must never be trained on: the development and test splits it is measured with. The
 * public corpora share their source: the MSRA training file holds, verbatim, sentences of People's Daily of
 * January 1998 that the People's Daily NER development and test splits hold too ({@code 中共中央总书记江泽民}
 * …). A training sentence is dropped when it equals an excluded one, contains it, or is contained in it (spaces
 * ignored, which the corpora place differently).
 */
final class SentenceExclusion {

    /** Shorter sentences are compared whole: a seven-character piece ({@code 新华社北京5月}) is no evidence. */
    private static final int KEY = 8;

    private final Set<String> whole = new HashSet<>();
    private final Map<String, List<String>> byStart = new HashMap<>();
    /** Every eight-character piece of the excluded sentences, built when first needed. */
    private Map<String, List<String>> index;

    /** Adds the sentences of a corpus (any format {@link NameTaggerTraining} reads); returns how many. */
    int add(Path corpus) throws IOException {
        List<String> texts = NameTaggerTraining.texts(corpus);
        texts.forEach(this::add);
        return texts.size();
    }

    void add(String sentence) {
        String s = normalize(sentence);
        whole.add(s);
        if (s.length() >= KEY) {
            byStart.computeIfAbsent(s.substring(0, KEY), k -> new ArrayList<>()).add(s);
        }
    }

    /** Whether {@code sentence} equals, contains or lies inside an excluded sentence. */
    boolean overlaps(String sentence) {
        String s = normalize(sentence);
        if (whole.contains(s)) {
            return true;
        }
        for (int i = 0; i + KEY <= s.length(); i++) {
            List<String> candidates = byStart.get(s.substring(i, i + KEY));
            if (candidates != null) {
                for (String excluded : candidates) {
                    if (s.startsWith(excluded, i)) {
                        return true;
                    }
                }
            }
        }
        return s.length() >= KEY && insideExcluded(s);
    }

    /** Whether {@code s} occurs inside a longer excluded sentence. */
    private boolean insideExcluded(String s) {
        if (index == null) {
            index = new HashMap<>();
            for (String excluded : whole) {
                for (int i = 0; i + KEY <= excluded.length(); i++) {
                    index.computeIfAbsent(excluded.substring(i, i + KEY), k -> new ArrayList<>()).add(excluded);
                }
            }
        }
        List<String> candidates = index.get(s.substring(0, KEY));
        return candidates != null && candidates.stream().anyMatch(e -> e.contains(s));
    }

    private static String normalize(String sentence) {
        return sentence.replace(" ", "").replace("\u3000", "");
    }
}
