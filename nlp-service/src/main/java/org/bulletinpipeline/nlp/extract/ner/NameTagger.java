package org.bulletinpipeline.nlp.extract.ner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntBinaryOperator;

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

    /** Templates 10-14, whose ids the tagger looks up per character. */
    private static final int OTHER_TEMPLATES = 5;

    private final FeatureIndex index;
    /**
     * The model's weights (HanLP's {@link LinearModel#parameter}) with one block of zeros after them, where a feature
     * the model lacks reads its weights.
     */
    private final float[] weights;
    private final int zeroWeights;
    /**
     * The weights of the single-character features (templates 1-5) copied per character the model knows, row
     * by row ({@link FeatureIndex#row}), template by template, tag by tag, zeros for features the model lacks:
     * a character's five neighbours read five short blocks instead of five scattered places of the model.
     */
    private final float[] singleWeights;
    /**
     * The same for the adjacent pairs (templates 6-9) the model knows, pair by pair ({@link FeatureIndex#adjacent}):
     * the pair starting at a character serves four characters from one block.
     */
    private final float[] adjacentWeights;
    /** The number of the block of zeros after the adjacent pairs' weights, for a pair the model lacks. */
    private final int zeroPair;
    private final char[] position;
    private final String[] type;

    public NameTagger() {
        this(MODEL);
    }

    public NameTagger(String modelPath) {
        LinearModel model;
        try {
            model = new LinearModel(modelPath);
        } catch (IOException e) {
            throw new UncheckedIOException("name model " + modelPath + " could not be read", e);
        }
        index = new FeatureIndex(model.featureMap.entrySet(), model.featureMap.size());
        int tagCount = model.tagSet().size();
        weights = Arrays.copyOf(model.parameter, model.parameter.length + tagCount);
        zeroWeights = model.parameter.length;
        singleWeights = weightBlocks(model.parameter, tagCount, index.rows(), FeatureIndex.SINGLE_CHARACTER_TEMPLATES,
                (row, k) -> index.single(k + 1, row));
        zeroPair = index.adjacentPairs();
        adjacentWeights = weightBlocks(model.parameter, tagCount, zeroPair + 1, FeatureIndex.ADJACENT_PAIR_TEMPLATES,
                (pair, k) -> pair == zeroPair ? -1 : index.adjacent(6 + k, pair));
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
     * float is the same; a feature the model lacks adds nothing, and adding a zero weight changes no sum). The ids
     * are looked up by number ({@link FeatureIndex}), without building a string per feature.
     */
    private float[] emissions(char[] c, int[] words) {
        float[] w = weights;
        int n = c.length;
        int tags = position.length;
        int block = FeatureIndex.SINGLE_CHARACTER_TEMPLATES * tags;
        // Every lookup first, in passes of their own: the lookups of successive characters do not wait on one
        // another, so the processor overlaps their trips to memory. From two before the text to two after: where
        // each character's single-character weights begin, and the number of each adjacent pair starting there.
        int[] singles = new int[n + 4];
        int[] adjacent = new int[n + 3];
        for (int j = -2; j < n + 2; j++) {
            singles[j + 2] = index.row(CharacterFeatures.at(c, j)) * block;
            if (j <= n) {
                adjacent[j + 2] = index.adjacentPair(CharacterFeatures.at(c, j), CharacterFeatures.at(c, j + 1));
            }
        }
        // templates 10-14 per character: the characters around it, its word tag alone and with its neighbours',
        // the character with its word tag
        int[] ids = new int[n * OTHER_TEMPLATES];
        for (int i = 0; i < n; i++) {
            int w0 = words[i + 1];
            int at = i * OTHER_TEMPLATES;
            ids[at] = index.pair(10, CharacterFeatures.at(c, i - 1), CharacterFeatures.at(c, i + 1));
            ids[at + 1] = index.wordFeature(11, w0, 0);
            ids[at + 2] = index.wordFeature(12, words[i], w0);
            ids[at + 3] = index.wordFeature(13, w0, words[i + 2]);
            ids[at + 4] = index.pair(14, c[i], w0);
        }
        // one sum per character and tag, kept in a register: the features in the templates' order, a feature the
        // model lacks read from a block of zeros (adding +0 to a sum that started at +0 changes no float)
        float[] score = new float[n * tags];
        int pairBlock = FeatureIndex.ADJACENT_PAIR_TEMPLATES * tags;
        for (int i = 0; i < n; i++) {
            int s0 = singles[i];
            int s1 = singles[i + 1] + tags;
            int s2 = singles[i + 2] + 2 * tags;
            int s3 = singles[i + 3] + 3 * tags;
            int s4 = singles[i + 4] + 4 * tags;
            int a0 = pairBlock(adjacent[i]) * pairBlock;
            int a1 = pairBlock(adjacent[i + 1]) * pairBlock + tags;
            int a2 = pairBlock(adjacent[i + 2]) * pairBlock + 2 * tags;
            int a3 = pairBlock(adjacent[i + 3]) * pairBlock + 3 * tags;
            int k = i * OTHER_TEMPLATES;
            int o0 = weightsOf(ids[k]);
            int o1 = weightsOf(ids[k + 1]);
            int o2 = weightsOf(ids[k + 2]);
            int o3 = weightsOf(ids[k + 3]);
            int o4 = weightsOf(ids[k + 4]);
            int at = i * tags;
            for (int t = 0; t < tags; t++) {
                float sum = 0f;
                sum += singleWeights[s0 + t];
                sum += singleWeights[s1 + t];
                sum += singleWeights[s2 + t];
                sum += singleWeights[s3 + t];
                sum += singleWeights[s4 + t];
                sum += adjacentWeights[a0 + t];
                sum += adjacentWeights[a1 + t];
                sum += adjacentWeights[a2 + t];
                sum += adjacentWeights[a3 + t];
                sum += w[o0 + t];
                sum += w[o1 + t];
                sum += w[o2 + t];
                sum += w[o3 + t];
                sum += w[o4 + t];
                score[at + t] = sum;
            }
        }
        return score;
    }

    /** The number of an adjacent pair's block of weights, the block of zeros for a pair the model lacks (-1). */
    private int pairBlock(int pair) {
        return pair >= 0 ? pair : zeroPair;
    }

    /** Where the weights of feature {@code id} begin, the block of zeros for a feature the model lacks (-1). */
    private int weightsOf(int id) {
        return id >= 0 ? id * position.length : zeroWeights;
    }

    /**
     * The weights of {@code count} keys (characters or adjacent pairs) for {@code templates} templates each, copied
     * into one block per key, template by template; {@code idOf} gives the feature id of a key and a template
     * (from 0), -1 for a feature the model lacks, whose weights stay zero.
     */
    private static float[] weightBlocks(float[] parameter, int tags, int count, int templates, IntBinaryOperator idOf) {
        float[] out = new float[count * templates * tags];
        for (int key = 0; key < count; key++) {
            for (int k = 0; k < templates; k++) {
                int id = idOf.applyAsInt(key, k);
                if (id >= 0) {
                    System.arraycopy(parameter, id * tags, out, (key * templates + k) * tags, tags);
                }
            }
        }
        return out;
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
        float[] w = weights;
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
                    boolean better = candidate > best[t];
                    best[t] = better ? candidate : best[t];
                    from[t] = better ? p : from[t];
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
    public List<NameCandidate> tag(String text, List<Term> terms) {
        List<NameCandidate> out = new ArrayList<>();
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
