package org.bulletinpipeline.nlp.extract.year;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.bulletinpipeline.nlp.extract.model.Masthead;
import org.bulletinpipeline.nlp.extract.model.SourceHints;
import org.junit.jupiter.api.Test;

class YearResolverTest {

    private final YearResolver resolver = new YearResolver();

    @Test
    void mastheadDateComesFirst() {
        Masthead masthead = new Masthead("禹州通讯", LocalDate.of(2022, 5, 17), "2346", "中共禹州市委");
        assertEquals(2022, resolver.resolve(masthead, new SourceHints(null, LocalDate.of(2023, 1, 1)), "2019年"));
    }

    @Test
    void thenTheFeedsPublicationDate() {
        assertEquals(2023, resolver.resolve(null, new SourceHints("某报", LocalDate.of(2023, 1, 1)), "2019年"));
    }

    @Test
    void thenFullDatesInTheText() {
        assertEquals(2021, resolver.resolve(null, SourceHints.none(), "2021年3月5日,全会召开。2022年目标。"));
    }

    @Test
    void thenTheLatestBareYearButNotPlans() {
        String text = "许昌市发布2022年疫情防控5号通告。2021年,禹州市纪检监察机关聚焦主责主业。2021年全市经济。";
        assertEquals(2022, resolver.resolve(null, SourceHints.none(), text));
        assertEquals(2022, resolver.resolve(null, SourceHints.none(), "2022年工作要点,到2025年基本建成,2035年远景目标。"));
    }

    @Test
    void noClueNoYear() {
        assertNull(resolver.resolve(null, SourceHints.none(), "1月17日,禹州市新增本土确诊病例4例。"));
        assertNull(resolver.resolve(null, null, null));
    }
}
