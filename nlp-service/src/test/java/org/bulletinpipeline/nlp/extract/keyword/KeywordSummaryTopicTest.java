package org.bulletinpipeline.nlp.extract.keyword;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.hankcs.hanlp.HanLP;

import org.bulletinpipeline.nlp.extract.summary.Summarizer;
import org.bulletinpipeline.nlp.extract.topic.TopicClassifier;
import org.junit.jupiter.api.Test;

/** Keywords, summary and topics: content words only, lead sentences, lexicon topics. */
class KeywordSummaryTopicTest {

    private static final String STORY = "本报讯(记者 贝晓光)5月16日,市疫情防控指挥部召开会议,部署核酸检测和隔离转运工作。"
            + "会议要求,各地要加强核酸检测,严格隔离点管理。第三句话说的是别的事情而且很长很长很长很长很长很长很长很长很长很长很长。";

    @Test
    void keywordsAreMultiCharacterContentWords() {
        List<String> keywords = new KeywordExtractor().extract(
                HanLP.newSegment().enableOffset(true).seg(STORY), 0);
        assertTrue(keywords.contains("核酸"), keywords.toString());
        assertTrue(keywords.stream().allMatch(k -> k.length() >= 2), keywords.toString());
        assertFalse(keywords.contains("工作"));
    }

    @Test
    void summaryIsTheLeadWithoutTheCredit() {
        String summary = new Summarizer().summarize(STORY);
        assertTrue(summary.startsWith("5月16日,市疫情防控指挥部召开会议"), summary);
        assertTrue(summary.length() <= 160);
        assertNull(new Summarizer().summarize("  "));
    }

    @Test
    void topicsFromTheLexicon() {
        TopicClassifier topics = new TopicClassifier();
        assertEquals("epidemic_control", topics.classify("疫情防控", STORY).get(0));
        assertTrue(topics.classify("市纪委监委 强监督保落实", "纪委监委督导组下沉一线,紧盯问题,严肃问责。")
                .contains("discipline_inspection"));
        assertTrue(topics.classify(null, "今天天气晴朗。").isEmpty());
    }
}
