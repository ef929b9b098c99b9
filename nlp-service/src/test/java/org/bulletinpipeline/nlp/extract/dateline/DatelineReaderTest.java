package org.bulletinpipeline.nlp.extract.dateline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.bulletinpipeline.nlp.extract.model.ArticleKind;
import org.junit.jupiter.api.Test;

class DatelineReaderTest {

    private final DatelineReader reader = new DatelineReader();

    @Test
    void newsLeadOpeningWithTheDay() {
        assertEquals(LocalDate.of(2022, 5, 16),
                reader.read("5月16日,许昌本轮疫情进入第14天,市疫情防控指挥部召开会议。", ArticleKind.NEWS, 2022, null));
        assertEquals(LocalDate.of(2022, 1, 24),
                reader.read("1月24日上午,在襄城县中冠商务酒店集中隔离点内,举行了一场特别的升旗仪式。", ArticleKind.NEWS, 2022, null));
    }

    @Test
    void newsLeadWithTheDayAfterAScene() {
        assertEquals(LocalDate.of(2022, 5, 16), reader.read(
                "新冠肺炎疫情常态化防控期间,逛超市都要戴口罩,违者将承担法律责任。5月16日,市人大常委会举行新闻发布会。",
                ArticleKind.NEWS, 2022, null));
    }

    @Test
    void vagueTimeMeansNoDateline() {
        assertNull(reader.read("近日,市委常委、组织部部长许进宏连续深入疫情防控一线。", ArticleKind.NEWS, 2022, null));
        assertNull(reader.read("日前,在小吕镇柴庄村的西瓜大棚里,5月1日种下的西瓜即将成熟。", ArticleKind.NEWS, 2022, null));
        assertNull(reader.read("市委组织部坚持以新时代党的组织路线为指导。", ArticleKind.NEWS, 2022, null));
    }

    @Test
    void featuresNeedTheDateAtTheStart() {
        assertNull(reader.read("刚刚过去的一周里,我市疫情形势终于拨云见日。1月17日,禹州市新增本土确诊病例4例。",
                ArticleKind.FEATURE, 2022, null));
        assertEquals(LocalDate.of(2022, 1, 24), reader.read("1月24日上午,在襄城县举行了升旗仪式。", ArticleKind.FEATURE,
                2022, null));
        assertEquals(LocalDate.of(2022, 5, 9), reader.read("时间:5月9日中午", ArticleKind.TIMELINE, 2022, null));
    }

    @Test
    void rangesAreNotTheEventDay() {
        assertEquals(LocalDate.of(2022, 5, 16),
                reader.read("5月7日以来,我市全力抗疫。5月16日,市里召开会议。", ArticleKind.NEWS, 2022, null));
    }

    @Test
    void relativeDaysCountFromTheIssueDate() {
        LocalDate issue = LocalDate.of(2022, 5, 17);
        assertEquals(LocalDate.of(2022, 5, 16), reader.read("昨天,市政协召开主席会议。", ArticleKind.NEWS, 2022, issue));
        assertNull(reader.read("昨天,市政协召开主席会议。", ArticleKind.NEWS, 2022, null), "no issue date, no anchor");
    }

    @Test
    void aDecemberEventInAJanuaryIssueIsLastYear() {
        assertEquals(LocalDate.of(2021, 12, 30),
                reader.read("12月30日,市委召开全会。", ArticleKind.NEWS, 2022, LocalDate.of(2022, 1, 3)));
    }

    @Test
    void explicitYearAndChineseNumerals() {
        assertEquals(LocalDate.of(2021, 3, 5), reader.read("2021年3月5日,全会召开。", ArticleKind.NEWS, 2022, null));
        assertEquals(LocalDate.of(2022, 5, 16), reader.read("五月十六日,全会召开。", ArticleKind.NEWS, 2022, null));
    }

    @Test
    void unknownYearOrImpossibleDayGivesNoDateline() {
        assertNull(reader.read("5月16日,市里召开会议。", ArticleKind.NEWS, null, null));
        assertNull(reader.read("2月30日,市里召开会议。", ArticleKind.NEWS, 2022, null));
        assertNull(reader.read("", ArticleKind.NEWS, 2022, null));
        assertNull(reader.read(null, ArticleKind.NEWS, 2022, null));
    }

    @Test
    void aWireFormulaDatesTheReportWhateverTheLeadSays() {
        assertEquals(LocalDate.of(2020, 2, 2), reader.filed("本报北京2月2日电", 2020, LocalDate.of(2020, 2, 3)));
        assertEquals(LocalDate.of(2019, 12, 31), reader.filed("新华社北京12月31日电", 2020, LocalDate.of(2020, 1, 2)));
        assertNull(reader.filed("本报讯", 2020, null));
        assertNull(reader.filed("本报北京2月2日电", null, null));
    }

    @Test
    void aLeadOpeningWithTheDayAloneMeansTheIssueMonthOrTheOneBefore() {
        assertEquals(LocalDate.of(2020, 1, 27),
                reader.read("27日,大年初三,武汉市硚口区汉正街。", ArticleKind.FEATURE, 2020, LocalDate.of(2020, 1, 28)));
        assertEquals(LocalDate.of(2020, 1, 30),
                reader.read("30日晚,一条消息引起关注。", ArticleKind.NEWS, 2020, LocalDate.of(2020, 2, 2)));
        assertNull(reader.read("27日,大年初三。", ArticleKind.NEWS, null, null));
    }
}
