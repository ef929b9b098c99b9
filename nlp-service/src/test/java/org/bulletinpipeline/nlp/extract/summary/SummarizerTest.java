package org.bulletinpipeline.nlp.extract.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SummarizerTest {

    private final Summarizer summarizer = new Summarizer();

    @Test
    void theLeadWithoutTheCreditIsTheSummary() {
        // 本报讯(记者 高伟山)5月16日,市疫情防控指挥部召开第二十次会议。会议要求各地严格隔离点管理。
        String summary = summarizer.summarize("本报讯(记者 高伟山)5月16日,市疫情防控指挥部召开第二十次会议\u3002"
                + "会议要求各地严格隔离点管理\u3002");
        assertEquals("5月16日,市疫情防控指挥部召开第二十次会议\u3002会议要求各地严格隔离点管理\u3002", summary);
    }

    @Test
    void atMostThreeSentences() {
        String body = "第一句话讲的是核酸检测工作\u3002第二句话讲的是隔离转运工作\u3002"
                + "第三句话讲的是物资保供工作\u3002第四句话讲的是宣传引导工作\u3002";
        String summary = summarizer.summarize(body);
        assertTrue(summary.endsWith("物资保供工作\u3002"), summary);
        assertTrue(!summary.contains("第四句"), summary);
    }

    @Test
    void shortFragmentsAreSkipped() {
        // 一声令下!is too short to say what happened
        assertEquals("全市党员干部迅速下沉社区一线值守\u3002", summarizer.summarize("一声令下!全市党员干部迅速下沉社区一线值守\u3002"));
    }

    @Test
    void aLongFirstSentenceStandsAloneAndNothingIsCutMidSentence() {
        String first = "在".repeat(150) + "\u3002";
        String summary = summarizer.summarize(first + "第二句话也有十几个字那么长\u3002");
        assertEquals(first, summary);
    }

    @Test
    void noTextNoSummary() {
        assertNull(summarizer.summarize(null));
        assertNull(summarizer.summarize(" \n "));
        assertNull(summarizer.summarize("好!"));
    }
}
