package org.bulletinpipeline.nlp.extract.keyword;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.hankcs.hanlp.HanLP;

import org.junit.jupiter.api.Test;

/** Keywords: content words of two characters or more, headline words first, filler words never. */
class KeywordExtractorTest {

    private static final String STORY = "本报讯(记者 贝晓光)5月16日,市疫情防控指挥部召开会议,部署核酸检测和隔离转运工作\u3002"
            + "会议要求,各地要加强核酸检测,严格隔离点管理\u3002";

    private static List<String> keywords(String text, int headlineEnd) {
        return new KeywordExtractor().extract(HanLP.newSegment().enableOffset(true).seg(text), headlineEnd);
    }

    @Test
    void keywordsAreMultiCharacterContentWords() {
        List<String> keywords = keywords(STORY, 0);
        assertTrue(keywords.contains("核酸"), keywords.toString());
        assertTrue(keywords.stream().allMatch(k -> k.length() >= 2), keywords.toString());
    }

    @Test
    void fillerWordsAndFunctionWordsAreNoKeywords() {
        List<String> keywords = keywords(STORY, 0);
        assertFalse(keywords.contains("工作"), keywords.toString());
        assertFalse(keywords.contains("会议"), keywords.toString());
        assertFalse(keywords.contains("要求"), keywords.toString());
        assertFalse(keywords.contains("本报讯"), keywords.toString());
        assertEquals(List.of(), keywords("我们和他们都在这里\u3002", 0));
    }

    @Test
    void aHeadlineWordOutranksAnEquallyLongWordOfTheBody() {
        // 玉米 in the headline, 小麦 in the body: equal weight, in code point order, unless the headline counts
        String text = "玉米丰收\n小麦也长势喜人\u3002";
        List<String> unweighted = keywords(text, 0);
        assertTrue(unweighted.indexOf("小麦") < unweighted.indexOf("玉米"), unweighted.toString());
        List<String> weighted = keywords(text, "玉米丰收".length());
        assertTrue(weighted.indexOf("玉米") < weighted.indexOf("小麦"), weighted.toString());
        assertTrue(weighted.indexOf("小麦") >= 0, weighted.toString());
    }

    @Test
    void atMostTen() {
        String text = "小麦玉米大豆花生棉花油菜芝麻高粱红薯土豆白菜萝卜\u3002";
        assertTrue(keywords(text, 0).size() <= 10);
    }
}
