package org.bulletinpipeline.nlp.extract.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.hankcs.hanlp.model.perceptron.model.LinearModel;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import org.bulletinpipeline.nlp.extract.entity.EntityExtractor;
import org.bulletinpipeline.nlp.extract.text.NameCandidate;
import org.bulletinpipeline.testsupport.Samples;
import org.junit.jupiter.api.Test;

class NameTaggerTest {

    private static final Segment SEGMENT = EntityExtractor.newSegment();
    private static final NameTagger TAGGER = new NameTagger();

    /**
     * The tagger looks features up by number and sums weights in arrays of its own; HanLP decodes the same model
     * from feature strings. Every paragraph of the sample pages must get the same tags both ways, so the model
     * file stays valid for training and tagging alike.
     */
    @Test
    void tagsAsHanLPDecodesTheSameModel() throws Exception {
        LinearModel model = new LinearModel(NameTagger.MODEL);
        int paragraphs = 0;
        for (String name : Samples.NAMES) {
            for (String paragraph : Samples.text(name).split("\n")) {
                if (paragraph.isBlank()) {
                    continue;
                }
                List<Term> terms = SEGMENT.seg(paragraph);
                CharacterFeatures features = new CharacterFeatures(paragraph,
                        CharacterFeatures.wordTags(paragraph.length(), terms), null, model.featureMap);
                int[] hanlp = new int[paragraph.length()];
                model.viterbiDecode(features, hanlp);
                assertArrayEquals(hanlp, TAGGER.tagIds(paragraph, terms), paragraph);
                paragraphs++;
            }
        }
        assertTrue(paragraphs > 50, "the samples hold " + paragraphs + " paragraphs");
    }

    @Test
    void proposesThePersonAfterATitleAndThePlaceBeforeAUnitWord() {
        String text = "\u603B\u7406\u674E\u9E4F\u4F1A\u89C1\u53E4\u5DF4\u5BA2\u4EBA";
        List<NameCandidate> candidates = TAGGER.tag(text, SEGMENT.seg(text));
        assertTrue(candidates.contains(new NameCandidate("nr", 2, 4)), candidates.toString());
        assertTrue(candidates.contains(new NameCandidate("ns", 6, 8)), candidates.toString());
    }

    @Test
    void anEmptyTextHasNoNames() {
        assertEquals(List.of(), TAGGER.tag("", List.of()));
    }
}
