package org.bulletinpipeline.nlp.extract.segment;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.bulletinpipeline.nlp.extract.byline.BylineParser;
import org.bulletinpipeline.nlp.extract.normalize.WhitespaceNormalizer;
import org.junit.jupiter.api.Test;

/** Parallel sub-headings of one story against the headlines of different stories. */
class HeadingShapeTest {

    private final ParagraphClassifier classifier = new ParagraphClassifier(new BylineParser());
    private final WhitespaceNormalizer normalizer = new WhitespaceNormalizer();

    private List<ClassifiedParagraph> block(String... decks) {
        return Arrays.stream(decks).map(deck -> classifier.classify(normalizer.paragraphs(deck).getFirst())).toList();
    }

    @Test
    void twoPlaceLabelsOverPhrasesOfComparableLengthAreParallel() {
        assertTrue(HeadingShape.parallel(block("湖南汉寿", "细化防控措施 确保落实到位"),
                block("新疆阿克苏", "街道小分队出动 服务全方位")));
    }

    @Test
    void leadInsAreParallelWhateverTheirLength() {
        assertTrue(HeadingShape.parallel(block("保障要素——"), block("优化营商环境服务企业发展——")));
    }

    @Test
    void quotationsAreParallelToQuotations() {
        assertTrue(HeadingShape.parallel(block("\u201C我的手机24小时畅通\u201D"), block("\u201C我是书记,护送患者让我来!\u201D")));
        assertFalse(HeadingShape.parallel(block("\u201C我的手机24小时畅通\u201D"), block("专人精准对接 线上线下协同")));
    }

    @Test
    void blocksOfDifferentDeckCountsAreNotParallel() {
        assertFalse(HeadingShape.parallel(block("湖南汉寿", "细化防控措施 确保落实到位"), block("新疆阿克苏")));
    }

    @Test
    void aShortLabelAndALongTitleAreNotParallel() {
        assertFalse(HeadingShape.parallel(block("专业队伍入驻"),
                block("市领导深入一线暗访督导社区防控工作 要求压紧压实四方责任")));
    }
}
