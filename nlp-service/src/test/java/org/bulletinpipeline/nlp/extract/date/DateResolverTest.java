package org.bulletinpipeline.nlp.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.bulletinpipeline.nlp.extract.date.DateResolver.Resolved;
import org.junit.jupiter.api.Test;

class DateResolverTest {

    private static final LocalDate DATELINE = LocalDate.of(2022, 5, 16);

    private final DateResolver resolver = new DateResolver();

    @Test
    void aBareDateTakesTheBulletinsYear() {
        // 5月9日中午,市委书记到隔离点检查。
        List<Resolved> dates = resolver.resolve("5月9日中午,市委书记到隔离点检查\u3002", 2022, DATELINE);
        assertEquals(List.of(new Resolved("5月9日中午", LocalDate.of(2022, 5, 9), 0, 6)), dates);
    }

    @Test
    void aFullDateCarriesItsOwnYear() {
        List<Resolved> dates = resolver.resolve("2021年12月31日24时起,全市实行静态管理\u3002", 2022, DATELINE);
        assertEquals(LocalDate.of(2021, 12, 31), dates.getFirst().date());
        assertEquals("2021年12月31日", dates.getFirst().text());
    }

    @Test
    void theSameDayIsTheLastDatePrintedOrElseTheDateline() {
        // 5月15日,…当天,… / 当日,…
        List<Resolved> dates = resolver.resolve("5月15日,全市开展核酸检测\u3002当天共采样12万人次\u3002", 2022, DATELINE);
        assertEquals(LocalDate.of(2022, 5, 15), dates.get(1).date());
        assertEquals(DATELINE, resolver.resolve("当日共采样12万人次\u3002", 2022, DATELINE).getFirst().date());
    }

    @Test
    void withoutAYearOrWithAnImpossibleDayNothingResolves() {
        assertEquals(List.of(), resolver.resolve("5月9日,市委书记到隔离点检查\u3002", null, null));
        assertEquals(List.of(), resolver.resolve("2月30日", 2022, DATELINE));
        assertEquals(List.of(), resolver.resolve("当天", 2022, null));
        assertEquals(List.of(), resolver.resolve("今年以来,全市经济稳中向好\u3002", 2022, DATELINE));
    }
}
