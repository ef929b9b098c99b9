package org.bulletinpipeline.nlp.extract.ner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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
     * The names in {@code text}, in order, each a whole B…E or S run of one type; {@code terms} is HanLP's
     * segmentation of the same text.
     */
    public List<Candidate> tag(String text, List<Term> terms) {
        List<Candidate> out = new ArrayList<>();
        if (text.isEmpty()) {
            return out;
        }
        CharacterFeatures features = new CharacterFeatures(text, CharacterFeatures.wordTags(text.length(), terms), null,
                model.featureMap);
        int[] guess = new int[text.length()];
        model.viterbiDecode(features, guess);
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
