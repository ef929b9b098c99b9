package org.bulletinpipeline.nlp.extract.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class PageCutRepairerTest {

    private final WhitespaceNormalizer normalizer = new WhitespaceNormalizer();
    private final PageCutRepairer repairer = new PageCutRepairer();

    private List<Paragraph> repair(String text) {
        return repairer.repair(normalizer.paragraphs(text));
    }

    @Test
    void joinsAWordCutAcrossABlankLine() {
        String text = "上午8时,升国旗、奏国歌正式开始。伴随着雄壮豪迈的国歌声,鲜\n\n艳的五星红旗在隔离点楼前广场冉冉升起。";
        List<Paragraph> paragraphs = repair(text);
        assertEquals(1, paragraphs.size());
        assertEquals("上午8时,升国旗、奏国歌正式开始。伴随着雄壮豪迈的国歌声,鲜艳的五星红旗在隔离点楼前广场冉冉升起。",
                paragraphs.getFirst().text());
        MappedText joined = paragraphs.getFirst().firstLine();
        int at = joined.text().indexOf("艳");
        assertEquals(text.indexOf("艳"), joined.sourceOffset(at), "offsets still point into the received text");
    }

    @Test
    void joinsASentenceCutInsideABracketAndBeforeAShortContinuation() {
        assertEquals(1, repair("举行《关于佩戴口罩和使用场所码的决定》(以\n\n下简称《决定》)解读新闻发布会。").size());
        assertEquals(1, repair("在“三资”提级监督上下功夫。共提级查办案件18件,给予党纪政务处分24\n\n人,组织处理3人。").size());
        assertEquals(1, repair("史根治强调,要继续绷紧思想之弦,慎终如始做好各项收尾工作,巩固来之不易\n\n的防控成果,尽快实现社会面和隔离点“双清零”。").size());
    }

    @Test
    void doesNotJoinAfterAClosedSentenceOrALeadIn() {
        assertEquals(2, repair("迎接期盼已久的春天。\n\n重要会议").size());
        assertEquals(2, repair("“有条件”解封也如约而至——\n\n1月18日晚").size());
    }

    @Test
    void doesNotJoinAnUnfinishedParagraphToAHeadline() {
        String text = "刘保新强调,一要以慎终如始毫不放松的态度,严格做好疫情防控工\n\n"
                + "市人大常委会举行新闻发布会 公共场所必须“戴口罩”“扫码” 违者将被罚!";
        assertEquals(2, repair(text).size());
    }

    @Test
    void doesNotJoinHeadlinesCreditsOrCaptions() {
        assertEquals(2, repair("抗击疫情 我们始终在一起\n\n五星红旗在集中隔离点升起").size());
        assertEquals(2, repair("五星红旗在集中隔离点升起\n\n本报记者 武芳").size());
        assertEquals(2, repair("这是一段没有写完的正文,内容很长,而且还在继续\n\n本报讯(记者 高伟山)5月16日,市里召开会议。").size());
        assertEquals(2, repair("这是一段没有写完的正文,内容很长,而且还在继续\n\n上图:核酸检测工作队奔赴一线。王建辉 摄").size());
    }

    @Test
    void latinWordsKeepASpaceAcrossTheCut() {
        assertEquals("据报道,疫苗由国内企业生产,企业名为 Sinovac Biotech,现已投入使用。",
                repair("据报道,疫苗由国内企业生产,企业名为 Sinovac\n\nBiotech,现已投入使用。").getFirst().text());
    }
}
