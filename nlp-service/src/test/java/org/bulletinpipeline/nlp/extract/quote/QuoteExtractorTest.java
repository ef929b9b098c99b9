package org.bulletinpipeline.nlp.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.bulletinpipeline.nlp.extract.quote.QuoteExtractor.Found;
import org.junit.jupiter.api.Test;

class QuoteExtractorTest {

    private final QuoteExtractor quotes = new QuoteExtractor();

    @Test
    void aQuotationFollowedBySpeechIsTheNamedPersonsWords() {
        // “我们要把好每一道关口,守护好群众的健康。”市卫健委主任王建国说。
        String text = "\u201C我们要把好每一道关口,守护好群众的健康\u3002\u201D市卫健委主任王建国说\u3002";
        List<Found> found = quotes.extract(text, List.of("王建国"));
        assertEquals(1, found.size());
        assertEquals("王建国", found.getFirst().speaker());
        assertEquals("我们要把好每一道关口,守护好群众的健康\u3002", found.getFirst().text());
        assertEquals(text.indexOf('我'), found.getFirst().start());
        assertEquals(text.indexOf('\u201D'), found.getFirst().end());
    }

    @Test
    void aQuotationIntroducedBySpeechIsQuotedToo() {
        // 在核酸检测点,志愿者张丽表示:“再苦再累也要守好这道防线。”
        String text = "在核酸检测点,志愿者张丽表示:\u201C再苦再累也要守好这道防线\u3002\u201D";
        List<Found> found = quotes.extract(text, List.of("张丽"));
        assertEquals(1, found.size());
        assertEquals("张丽", found.getFirst().speaker());
    }

    @Test
    void aRoleWithoutANameLeavesTheSpeakerOpen() {
        // “目前全市自建房排查已完成九成以上。”市住建局相关负责人表示。
        List<Found> found = quotes.extract("\u201C目前全市自建房排查已完成九成以上\u3002\u201D市住建局相关负责人表示\u3002",
                List.of("王建国"));
        assertEquals(1, found.size());
        assertNull(found.getFirst().speaker());
    }

    @Test
    void theSpeakerIsTheNameNearestTheVerb() {
        // “……”刘涛在听取李明汇报后强调
        List<Found> found = quotes.extract("\u201C要坚持人民至上、生命至上,毫不放松抓好疫情防控\u3002\u201D刘涛听取李明汇报后强调\u3002",
                List.of("刘涛", "李明"));
        assertEquals("李明", found.getFirst().speaker());
    }

    @Test
    void slogansAndQuotedTermsAreNoQuotes() {
        // 确保实现一个潜伏期内“双清零”目标 / “一办七组”工作
        assertEquals(List.of(), quotes.extract("确保实现一个潜伏期内\u201C双清零\u201D目标\u3002", List.of()));
        assertEquals(List.of(), quotes.extract("参加村(社区)防控办公室\u201C一办七组\u201D工作\u3002", List.of()));
    }

    @Test
    void aLongQuotationWithoutSpeechIsNoQuote() {
        // 开展“党员先锋岗、党员责任区、党员示范户”创建活动。
        assertEquals(List.of(), quotes.extract(
                "开展\u201C党员先锋岗\u3001党员责任区\u3001党员示范户\u201D创建活动\u3002", List.of()));
    }
}
