package org.bulletinpipeline.nlp.extract.dateline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.bulletinpipeline.nlp.extract.dateline.DateExpressions.DateHit;
import org.junit.jupiter.api.Test;

class DateExpressionsTest {

    @Test
    void findsBareAndFullDates() {
        List<DateHit> hits = DateExpressions.dates("1月17日,禹州市新增病例;2022年5月17日出版");
        assertEquals(2, hits.size());
        assertNull(hits.get(0).year());
        assertEquals(1, hits.get(0).month());
        assertEquals(17, hits.get(0).day());
        assertEquals(2022, hits.get(1).year());
    }

    @Test
    void readsChineseAndFullWidthNumerals() {
        assertEquals(16, DateExpressions.dates("五月十六日").getFirst().day());
        assertEquals(31, DateExpressions.dates("十二月三十一日").getFirst().day());
        assertEquals(2022, DateExpressions.dates("二〇二二年五月一日").getFirst().year());
        assertEquals(5, DateExpressions.dates("5月9号").getFirst().month());
    }

    @Test
    void rejectsImpossibleMonthsAndCountsThatAreNotDates() {
        assertTrue(DateExpressions.dates("13月5日").isEmpty());
        assertTrue(DateExpressions.dates("3个月5天").isEmpty());
    }

    @Test
    void findsYears() {
        assertEquals(List.of(2022), DateExpressions.years("许昌市发布2022年疫情防控5号通告").stream()
                .map(DateExpressions.YearHit::year).toList());
        assertTrue(DateExpressions.years("12022年").isEmpty());
    }
}
