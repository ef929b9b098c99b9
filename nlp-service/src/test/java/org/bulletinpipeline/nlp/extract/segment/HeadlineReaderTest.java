package org.bulletinpipeline.nlp.extract.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.bulletinpipeline.nlp.extract.byline.BylineParser;
import org.bulletinpipeline.nlp.extract.normalize.WhitespaceNormalizer;
import org.bulletinpipeline.nlp.extract.segment.HeadlineReader.Headline;
import org.junit.jupiter.api.Test;

class HeadlineReaderTest {

    private final HeadlineReader reader = new HeadlineReader();
    private final ParagraphClassifier classifier = new ParagraphClassifier(new BylineParser());
    private final WhitespaceNormalizer normalizer = new WhitespaceNormalizer();

    private Headline read(String... decks) {
        List<ClassifiedParagraph> block = Arrays.stream(decks)
                .map(deck -> classifier.classify(normalizer.paragraphs(deck).getFirst()))
                .toList();
        return reader.read(block);
    }

    @Test
    void threeDecksAreKickerTitleSubtitle() {
        Headline headline = read("抗击疫情 我们始终在一起", "史根治在市疫情防控指挥部第二十次会议上强调 绷紧思想之弦", "刘涛提出要求 马正兰等参加");
        assertEquals(new Headline("抗击疫情 我们始终在一起", "史根治在市疫情防控指挥部第二十次会议上强调 绷紧思想之弦",
                "刘涛提出要求 马正兰等参加", false), headline);
    }

    @Test
    void twoDecksOfEqualWeightAreKickerAndTitle() {
        assertEquals(new Headline("抗击疫情 我们始终在一起", "五星红旗在集中隔离点升起", null, false),
                read("抗击疫情 我们始终在一起", "五星红旗在集中隔离点升起"));
        assertEquals(new Headline("许昌战疫周报(三)", "拨云见日 有序解封 许昌迎来全面胜利曙光", null, false),
                read("许昌战疫周报(三)", "拨云见日 有序解封 许昌迎来全面胜利曙光"));
    }

    @Test
    void aShortAttendanceLineUnderALongTitleIsASubtitle() {
        assertEquals(new Headline(null, "刘涛在市政府4月份重点工作月讲评暨第4次重点工作周交办会议上强调 比成绩 晒亮点",
                "王志宏卢希望等参加", false), read("刘涛在市政府4月份重点工作月讲评暨第4次重点工作周交办会议上强调 比成绩 晒亮点", "王志宏卢希望等参加"));
        assertEquals("——记优秀共产党员耿良臻", read("退休不褪色 余热映初心", "——记优秀共产党员耿良臻").subtitle());
    }

    @Test
    void aTwoLineTitleKeepsItsLineBreak() {
        assertEquals("拨云见日,有序恢复!\n统筹推进,双战双赢!", read("拨云见日,有序恢复!\n统筹推进,双战双赢!").title());
    }

    @Test
    void aHeadlineBlockSetAsOneParagraphSplitsIntoDecksUnlessItIsACouplet() {
        Headline commentary = read("坚定信心 真抓实干\n奋力开创县域经济高质量发展新局面\n——二论学习贯彻县第十四次党代会精神");
        assertEquals(new Headline("坚定信心 真抓实干", "奋力开创县域经济高质量发展新局面", "——二论学习贯彻县第十四次党代会精神", false),
                commentary);
        assertEquals(null, read("拨云见日,有序恢复!\n统筹推进,双战双赢!").kicker());
        assertEquals(new Headline("许昌战疫周记(二)", "拨云见日,有序恢复!\n统筹推进,双战双赢!", null, false),
                read("许昌战疫周记(二)", "拨云见日,有序恢复!", "统筹推进,双战双赢!"), "couplet printed as two paragraphs");
    }

    @Test
    void briefColumnUnitLineIsTheKickerAndTheColumnNameIsLeftOut() {
        Headline brief = read("简讯快报", "示范区", "召开安全生产工作会议");
        assertEquals(new Headline(null, "召开安全生产工作会议", null, true).title(), brief.title());
        assertEquals("示范区", brief.kicker());
        assertTrue(brief.briefUnit());
        assertEquals("简讯快报", read("简讯快报", "召开安全生产工作会议").kicker(), "column printed right above the title");
    }

    @Test
    void markersAreStripped() {
        assertEquals("市领导深入一线暗访督导社区防控工作", read("## 市领导深入一线暗访督导社区防控工作").title());
        assertEquals(Headline.NONE, reader.read(List.of()));
    }
}
