package org.bulletinpipeline.nlp.extract.ner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.hankcs.hanlp.model.perceptron.model.LinearModel;
import com.hankcs.hanlp.model.perceptron.tagset.TagSet;
import com.hankcs.hanlp.seg.common.Term;

import org.bulletinpipeline.nlp.extract.text.NameCandidate;

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
     * The feature ids of each character, the features of {@link CharacterFeatures} looked up by number
     * ({@link FeatureIndex}): the same ids, without building a string per feature.
     */
    private int[][] rows(String text, String[] words) {
        char[] c = CharacterFeatures.fold(text);
        int n = c.length;
        int[] w = new int[n + 2];
        w[0] = index.wordTag("^");
        w[n + 1] = index.wordTag("$");
        for (int i = 0; i < n; i++) {
            w[i + 1] = index.wordTag(words[i]);
        }
        int[][] rows = new int[n][];
        int[] row = new int[FeatureIndex.TEMPLATES.length()];
        for (int i = 0; i < n; i++) {
            char p2 = CharacterFeatures.at(c, i - 2);
            char p1 = CharacterFeatures.at(c, i - 1);
            char c0 = c[i];
            char n1 = CharacterFeatures.at(c, i + 1);
            char n2 = CharacterFeatures.at(c, i + 2);
            int w0 = w[i + 1];
            int k = 0;
            k = add(row, k, index.id(1, p2, 0));
            k = add(row, k, index.id(2, p1, 0));
            k = add(row, k, index.id(3, c0, 0));
            k = add(row, k, index.id(4, n1, 0));
            k = add(row, k, index.id(5, n2, 0));
            k = add(row, k, index.id(6, p2, p1));
            k = add(row, k, index.id(7, p1, c0));
            k = add(row, k, index.id(8, c0, n1));
            k = add(row, k, index.id(9, n1, n2));
            k = add(row, k, index.id(10, p1, n1));
            k = add(row, k, index.id(11, w0, 0));
            k = add(row, k, index.id(12, w[i], w0));
            k = add(row, k, index.id(13, w0, w[i + 2]));
            k = add(row, k, index.id(14, c0, w0));
            rows[i] = java.util.Arrays.copyOf(row, k);
        }
        return rows;
    }

    private static int add(int[] row, int k, int id) {
        if (id >= 0) {
            row[k++] = id;
        }
        return k;
    }

    /**
     * The best tag sequence (Viterbi). HanLP's own decoder sums a character's feature weights once per pair of
     * tags; here they are summed once per tag, which makes tagging several times faster with the same result.
     * Weights are laid out as HanLP trains them: feature {@code f} for tag {@code t} at {@code f * T + t}, the
     * transition from {@code p} (or the start, {@code p = T}) to {@code t} at {@code p * T + t}.
     */
    private int[] decode(int[][] rows) {
        float[] w = model.parameter;
        int n = rows.length;
        int tags = position.length;
        float[][] score = new float[n][tags];
        int[][] back = new int[n][tags];
        for (int i = 0; i < n; i++) {
            int[] row = rows[i];
            float[] emission = score[i];
            for (int j = 0; j < row.length; j++) {
                int base = row[j] * tags;
                for (int t = 0; t < tags; t++) {
                    emission[t] += w[base + t];
                }
            }
            for (int t = 0; t < tags; t++) {
                if (i == 0) {
                    emission[t] += w[tags * tags + t];
                    continue;
                }
                float best = Float.NEGATIVE_INFINITY;
                int from = 0;
                for (int p = 0; p < tags; p++) {
                    float candidate = score[i - 1][p] + w[p * tags + t];
                    if (candidate > best) {
                        best = candidate;
                        from = p;
                    }
                }
                emission[t] += best;
                back[i][t] = from;
            }
        }
        int[] path = new int[n];
        int last = 0;
        for (int t = 1; t < tags; t++) {
            if (score[n - 1][t] > score[n - 1][last]) {
                last = t;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            path[i] = last;
            last = back[i][last];
        }
        return path;
    }

    /**
     * The names in {@code text}, in order, each a whole B…E or S run of one type; {@code terms} is HanLP's
     * segmentation of the same text.
     */
    public List<NameCandidate> tag(String text, List<Term> terms) {
        List<NameCandidate> out = new ArrayList<>();
        if (text.isEmpty()) {
            return out;
        }
        int[] guess = decode(rows(text, CharacterFeatures.wordTags(text.length(), terms)));
        int start = -1;
        for (int i = 0; i < guess.length; i++) {
            char p = position[guess[i]];
            String t = type[guess[i]];
            switch (p) {
                case 'S' -> {
                    out.add(new NameCandidate(t, i, i + 1));
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
                        out.add(new NameCandidate(t, start, i + 1));
                    }
                    start = -1;
                }
                default -> start = -1;
            }
        }
        return out;
    }
}
