package org.bulletinpipeline.nlp.extract.ner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.hankcs.hanlp.model.perceptron.model.LinearModel;
import com.hankcs.hanlp.model.perceptron.tagset.TagSet;
import com.hankcs.hanlp.seg.common.Term;

/**
 * The statistical source of name candidates: an averaged perceptron over characters (HanLP's
 * {@link LinearModel}), trained on public NER corpora (see {@code ner/README.md} beside the model), that marks
 * where persons ({@code nr}), places ({@code ns}) and organizations ({@code nt}) begin and end. It proposes; the
 * recognizers decide, with titles, the gazetteer and their precision filters. The model is read once, from the
 * classpath, through HanLP's IO adapter.
 */
public final class NameTagger {

    /** The model packaged with the service. */
    public static final String MODEL = "ner/names.bin";

    /** A tagged name: {@code type} is nr, ns or nt; {@code [start, end)} in the tagged text. */
    public record Candidate(String type, int start, int end) {
    }

    private final LinearModel model;
    private final FeatureIndex index;
    private final char[] position;
    private final String[] type;

    public NameTagger() {
        this(MODEL);
    }

    public NameTagger(String modelPath) {
        try {
            this.model = new LinearModel(modelPath);
        } catch (IOException e) {
            throw new UncheckedIOException("name model " + modelPath + " could not be read", e);
        }
        index = new FeatureIndex(model.featureMap.entrySet(), model.featureMap.size());
        TagSet tags = model.tagSet();
        position = new char[tags.size()];
        type = new String[tags.size()];
        for (int id = 0; id < tags.size(); id++) {
            String tag = tags.stringOf(id);
            position[id] = tag.charAt(0);
            type[id] = tag.length() > 2 ? tag.substring(2) : null;
        }
    }

    /**
     * The emission scores: per character, the weights of its features of {@link CharacterFeatures} summed for each
     * tag at {@code i * T + t}, feature by feature in the templates' order (the order HanLP sums them, so every
     * float is the same). The ids are looked up by number ({@link FeatureIndex}), without building a string per
     * feature.
     */
    private float[] emissions(char[] c, int[] words) {
        float[] w = model.parameter;
        int n = c.length;
        int tags = position.length;
        // rows[j + 2] is the single-character row of the character at j, from two before the text to two after
        int[] rows = new int[n + 4];
        for (int j = -2; j < n + 2; j++) {
            rows[j + 2] = index.row(CharacterFeatures.at(c, j));
        }
        float[] score = new float[n * tags];
        int[] ids = new int[FeatureIndex.TEMPLATES.length()];
        for (int i = 0; i < n; i++) {
            char p2 = CharacterFeatures.at(c, i - 2);
            char p1 = CharacterFeatures.at(c, i - 1);
            char c0 = c[i];
            char n1 = CharacterFeatures.at(c, i + 1);
            char n2 = CharacterFeatures.at(c, i + 2);
            int w0 = words[i + 1];
            ids[0] = index.single(1, rows[i]);
            ids[1] = index.single(2, rows[i + 1]);
            ids[2] = index.single(3, rows[i + 2]);
            ids[3] = index.single(4, rows[i + 3]);
            ids[4] = index.single(5, rows[i + 4]);
            ids[5] = index.pair(6, p2, p1);
            ids[6] = index.pair(7, p1, c0);
            ids[7] = index.pair(8, c0, n1);
            ids[8] = index.pair(9, n1, n2);
            ids[9] = index.pair(10, p1, n1);
            ids[10] = index.wordFeature(11, w0, 0);
            ids[11] = index.wordFeature(12, words[i], w0);
            ids[12] = index.wordFeature(13, w0, words[i + 2]);
            ids[13] = index.pair(14, c0, w0);
            int at = i * tags;
            for (int id : ids) {
                if (id >= 0) {
                    int base = id * tags;
                    for (int t = 0; t < tags; t++) {
                        score[at + t] += w[base + t];
                    }
                }
            }
        }
        return score;
    }

    /**
     * Per character, the id of its word tag ({@link CharacterFeatures#wordTags}), with the text's start
     * ({@code ^}) before and its end ({@code $}) after: {@code out[i + 1]} for character {@code i}.
     */
    private int[] wordTagIds(int n, List<Term> terms) {
        int[] out = new int[n + 2];
        Arrays.fill(out, 1, n + 1, index.wordTag("xS"));
        out[0] = index.wordTag("^");
        out[n + 1] = index.wordTag("$");
        for (Term term : terms) {
            String nature = term.nature == null ? "x" : term.nature.toString();
            int[] places = index.wordTagsOf(nature.length() > 2 ? nature.substring(0, 2) : nature);
            int start = term.offset;
            int end = Math.min(n, start + term.length());
            for (int i = start; i < end; i++) {
                int place = end - start == 1 ? 3 : i == start ? 0 : i == end - 1 ? 2 : 1;
                out[i + 1] = places == null ? -1 : places[place];
            }
        }
        return out;
    }

    /**
     * The best tag sequence (Viterbi) over the emission scores, which it completes in place. HanLP's own decoder
     * sums a character's feature weights once per pair of tags; here they are summed once per tag
     * ({@link #emissions}), which makes tagging several times faster with the same result. Weights are laid out as
     * HanLP trains them: feature {@code f} for tag {@code t} at {@code f * T + t}, the transition from {@code p}
     * (or the start, {@code p = T}) to {@code t} at {@code p * T + t}.
     */
    private int[] decode(float[] score) {
        float[] w = model.parameter;
        int tags = position.length;
        int n = score.length / tags;
        int[] back = new int[n * tags];
        float[] best = new float[tags];
        int[] from = new int[tags];
        for (int t = 0; t < tags; t++) {
            score[t] += w[tags * tags + t];
        }
        for (int i = 1; i < n; i++) {
            int previous = (i - 1) * tags;
            Arrays.fill(best, Float.NEGATIVE_INFINITY);
            Arrays.fill(from, 0);
            // previous tag outermost, so the inner loop runs over contiguous weights; a later p replaces the best
            // only when strictly greater, so ties keep the lowest p as before
            for (int p = 0; p < tags; p++) {
                float s = score[previous + p];
                int transitions = p * tags;
                for (int t = 0; t < tags; t++) {
                    float candidate = s + w[transitions + t];
                    if (candidate > best[t]) {
                        best[t] = candidate;
                        from[t] = p;
                    }
                }
            }
            int at = i * tags;
            for (int t = 0; t < tags; t++) {
                score[at + t] += best[t];
                back[at + t] = from[t];
            }
        }
        int[] path = new int[n];
        int last = 0;
        int end = (n - 1) * tags;
        for (int t = 1; t < tags; t++) {
            if (score[end + t] > score[end + last]) {
                last = t;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            path[i] = last;
            last = back[i * tags + last];
        }
        return path;
    }

    /** The id of the best tag of each character of {@code text} (not empty) in the model's tag set. */
    int[] tagIds(String text, List<Term> terms) {
        return decode(emissions(CharacterFeatures.fold(text), wordTagIds(text.length(), terms)));
    }

    /**
     * The names in {@code text}, in order, each a whole B…E or S run of one type; {@code terms} is HanLP's
     * segmentation of the same text.
     */
    public List<Candidate> tag(String text, List<Term> terms) {
        List<Candidate> out = new ArrayList<>();
        if (text.isEmpty()) {
            return out;
        }
        int[] guess = tagIds(text, terms);
        int start = -1;
        for (int i = 0; i < guess.length; i++) {
            char p = position[guess[i]];
            String t = type[guess[i]];
            switch (p) {
                case 'S' -> {
                    out.add(new Candidate(t, i, i + 1));
                    start = -1;
                }
                case 'B' -> start = i;
                case 'M' -> {
                    if (start >= 0 && !t.equals(type[guess[start]])) {
                        start = -1;
                    }
                }
                case 'E' -> {
                    if (start >= 0 && t.equals(type[guess[start]])) {
                        out.add(new Candidate(t, start, i + 1));
                    }
                    start = -1;
                }
                default -> start = -1;
            }
        }
        return out;
    }
}
