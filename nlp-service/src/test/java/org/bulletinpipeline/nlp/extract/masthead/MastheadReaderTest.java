package org.bulletinpipeline.nlp.extract.masthead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.bulletinpipeline.nlp.extract.masthead.MastheadReader.MastheadRead;
import org.bulletinpipeline.nlp.extract.model.Masthead;
import org.bulletinpipeline.nlp.extract.normalize.WhitespaceNormalizer;
import org.junit.jupiter.api.Test;

class MastheadReaderTest {

    private final MastheadReader reader = new MastheadReader();
    private final WhitespaceNormalizer normalizer = new WhitespaceNormalizer();

    private MastheadRead read(String text) {
        return reader.read(normalizer.paragraphs(text));
    }

    @Test
    void readsAFrontPageMasthead() {
        MastheadRead read = read("""
                # 禹州通讯

                YUZHOU TONGXUN

                2022年5月17日 \s
                星期二 农历壬寅年四月十七

                中共禹州市委主办 \s
                禹州市融媒体中心编辑 \s
                新闻热线:0374-8883029 \s
                内部资料 免费交流 \s
                豫内资[许连]00003号 \s
                总第2346期

                云上禹州客户端

                ## 用闪亮党徽铸就战胜疫情的铜墙铁壁
                """);
        assertEquals(new Masthead("禹州通讯", LocalDate.of(2022, 5, 17), "2346", "中共禹州市委"), read.masthead());
        assertEquals(5, read.paragraphs());
    }

    @Test
    void paperNameWithoutMarkerAboveItsRomanizedForm() {
        MastheadRead read = read("许昌日报\nXUCHANG RIBAO\n\n2022年1月24日 星期一\n第12345期\n\n本报讯 1月23日,全市召开会议。");
        assertEquals("许昌日报", read.masthead().publication());
        assertEquals("12345", read.masthead().issueNo());
        assertNull(read.masthead().organizer());
        assertEquals(2, read.paragraphs());
    }

    @Test
    void countyBulletinHeaderWithDateAndIssueOnOneLine() {
        MastheadRead read = read("禹州市疫情防控工作简报\n\n第15期\n\n禹州市疫情防控指挥部办公室 2022年5月10日\n\n【市委召开常委会】\n\n5月9日,市委召开常委会。");
        assertEquals("禹州市疫情防控工作简报", read.masthead().publication());
        assertEquals("15", read.masthead().issueNo());
        assertEquals(LocalDate.of(2022, 5, 10), read.masthead().publishedOn());
        assertEquals(3, read.paragraphs());
    }

    @Test
    void organizerWithLabelAndDateLineWithIssueNumber() {
        MastheadRead read = read("许昌日报\n主办单位:中共许昌市委\n2022年1月24日 星期一 第12345期\n\n正文开始了,这是第一篇报道。");
        assertEquals("中共许昌市委", read.masthead().organizer());
        assertEquals(LocalDate.of(2022, 1, 24), read.masthead().publishedOn());
        assertEquals("12345", read.masthead().issueNo());
    }

    @Test
    void oneLineMastheadOfAPartyPaper() {
        MastheadRead read = read("中共某某县委机关报    某某报    2021年12月30日\n\n县委常委会召开会议");
        assertEquals(new Masthead("某某报", LocalDate.of(2021, 12, 30), null, "中共某某县委"), read.masthead());
        assertEquals(1, read.paragraphs());
    }

    @Test
    void aHeadlineMentioningAnEditorIsNotFurniture() {
        MastheadRead read = read("# 禹州通讯\n\n2022年5月17日\n\n总第2346期\n\n融媒体中心编辑记者深入抗疫一线采访\n\n本报讯 记者深入一线。");
        assertEquals(3, read.paragraphs());
    }

    @Test
    void runningHeadsOfInnerPages() {
        assertTrue(reader.isRunningHead(normalizer.paragraphs("2022年5月17日 星期二 第2版 要闻").getFirst()));
        assertTrue(reader.isRunningHead(normalizer.paragraphs("禹州通讯 综合新闻 3版").getFirst()));
        assertFalse(reader.isRunningHead(normalizer.paragraphs("(下转第二版)").getFirst()));
        assertFalse(reader.isRunningHead(normalizer.paragraphs("本报讯 5月16日,第2版刊登的通知引起热议。").getFirst()));
    }

    @Test
    void aSeriesKickerIsNotAMasthead() {
        assertNull(read("许昌战疫周报(三)\n\n拨云见日 有序解封 许昌迎来全面胜利曙光").masthead());
        assertEquals(0, read("抗击疫情 我们始终在一起\n\n五星红旗在集中隔离点升起").paragraphs());
    }

    @Test
    void aNameAloneIsNotEnough() {
        assertNull(read("禹州通讯\n\n市领导深入一线暗访督导社区防控工作").masthead());
        assertNull(reader.read(java.util.List.of()).masthead());
    }
}
