package org.bulletinpipeline.nlp.extract.ner;

import java.util.List;

import com.hankcs.hanlp.model.perceptron.feature.FeatureMap;
import com.hankcs.hanlp.model.perceptron.instance.Instance;
import com.hankcs.hanlp.seg.common.Term;

/**
 * One sentence as the name tagger sees it: a row of features per character. Chinese prints names without spaces,
 * so the tagger labels characters, and what tells a name is the characters around it: {@code 总理李鹏会见} has the
 * name between a title and a verb, {@code 如皋市城西乡} ends places in 市 and 乡. The features are the characters
 * two to either side and the pairs of neighbours among them; digits and Latin letters are folded into one class
 * each ({@code １９９８年} and {@code 2020年} look alike). HanLP's segmentation adds what its dictionary knows: the
 * part of speech of the word a character belongs to and the character's place in it ({@code 古巴/ns} gives
 * {@code nsB nsE}), alone and with its neighbours'. Training and tagging build rows the same way.
 */
public final class CharacterFeatures extends Instance {

    /**
     * Features of a text under training ({@code tags} given) or for tagging ({@code tags} null);
     * {@code words[i]} is the word tag of character {@code i} ({@link #wordTags}).
     */
    public CharacterFeatures(String text, String[] words, String[] tags, FeatureMap featureMap) {
        char[] c = fold(text);
        featureMatrix = new int[c.length][];
        StringBuilder sb = new StringBuilder(8);
        int[] row = new int[FEATURES];
        for (int i = 0; i < c.length; i++) {
            char p2 = at(c, i - 2);
            char p1 = at(c, i - 1);
            char c0 = c[i];
            char n1 = at(c, i + 1);
            char n2 = at(c, i + 2);
            String w0 = words[i];
            String wp = i > 0 ? words[i - 1] : "^";
            String wn = i + 1 < c.length ? words[i + 1] : "$";
            int n = 0;
            n = add(featureMap, sb.append(p2).append('1'), row, n);
            n = add(featureMap, sb.append(p1).append('2'), row, n);
            n = add(featureMap, sb.append(c0).append('3'), row, n);
            n = add(featureMap, sb.append(n1).append('4'), row, n);
            n = add(featureMap, sb.append(n2).append('5'), row, n);
            n = add(featureMap, sb.append(p2).append(p1).append('6'), row, n);
            n = add(featureMap, sb.append(p1).append(c0).append('7'), row, n);
            n = add(featureMap, sb.append(c0).append(n1).append('8'), row, n);
            n = add(featureMap, sb.append(n1).append(n2).append('9'), row, n);
            n = add(featureMap, sb.append(p1).append(n1).append('0'), row, n);
            n = add(featureMap, sb.append(w0).append('a'), row, n);
            n = add(featureMap, sb.append(wp).append(w0).append('b'), row, n);
            n = add(featureMap, sb.append(w0).append(wn).append('c'), row, n);
            n = add(featureMap, sb.append(c0).append(w0).append('d'), row, n);
            // HanLP's decoder keeps the last place of a row for the transition from the previous tag
            featureMatrix[i] = java.util.Arrays.copyOf(row, n + 1);
        }
        // HanLP's decoder reads the length of the tag row even when it only guesses
        tagArray = new int[c.length];
        if (tags != null) {
            for (int i = 0; i < c.length; i++) {
                tagArray[i] = featureMap.tagSet.add(tags[i]);
            }
        }
    }

    /**
     * Per character, HanLP's tag of its word cut to two letters ({@code ns}, {@code nr}, {@code v}) and its place
     * in the word: B, M, E, or S for a word of one character.
     */
    public static String[] wordTags(int length, List<Term> terms) {
        String[] out = new String[length];
        java.util.Arrays.fill(out, "xS");
        for (Term term : terms) {
            String nature = term.nature == null ? "x" : term.nature.toString();
            String pos = nature.length() > 2 ? nature.substring(0, 2) : nature;
            int start = term.offset;
            int end = Math.min(length, start + term.length());
            for (int i = start; i < end; i++) {
                out[i] = pos + (end - start == 1 ? 'S' : i == start ? 'B' : i == end - 1 ? 'E' : 'M');
            }
        }
        return out;
    }

    private static final int FEATURES = 14;

    /** Appends the id of the feature in {@code sb} when the map knows it (or, while training, adds it). */
    private static int add(FeatureMap featureMap, StringBuilder sb, int[] row, int n) {
        int id = featureMap.idOf(sb.toString());
        sb.setLength(0);
        if (id >= 0) {
            row[n++] = id;
        }
        return n;
    }

    static char at(char[] c, int i) {
        return i < 0 ? '\u0002' : i >= c.length ? '\u0003' : c[i];
    }

    /** Full-width forms to ASCII, every digit to 0 and every Latin letter to a. */
    static char[] fold(String text) {
        char[] c = text.toCharArray();
        for (int i = 0; i < c.length; i++) {
            char ch = c[i];
            if (ch >= '\uFF01' && ch <= '\uFF5E') {
                ch = (char) (ch - 0xFEE0);
            }
            if (ch >= '0' && ch <= '9') {
                ch = '0';
            } else if (ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z') {
                ch = 'a';
            }
            c[i] = ch;
        }
        return c;
    }
}
