package org.bulletinpipeline.nlp.extract.year;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.bulletinpipeline.nlp.extract.model.Masthead;
import org.bulletinpipeline.nlp.extract.model.SourceHints;
import org.bulletinpipeline.nlp.extract.model.YearSource;
import org.bulletinpipeline.nlp.extract.year.YearResolver.ResolvedYear;
import org.junit.jupiter.api.Test;

class YearResolverTest {

    private final YearResolver resolver = new YearResolver();

    @Test
    void mastheadDateComesFirst() {
        Masthead masthead = new Masthead("禹州通讯", LocalDate.of(2022, 5, 17), "2346", "中共禹州市委");
        assertEquals(new ResolvedYear(2022, YearSource.MASTHEAD),
                resolver.resolve(masthead, new SourceHints(null, LocalDate.of(2023, 1, 1)), "2019年"));
    }

    @Test
    void thenTheFeedsPublicationDate() {
        assertEquals(new ResolvedYear(2023, YearSource.PUBLISHED_ON),
                resolver.resolve(null, new SourceHints("某报", LocalDate.of(2023, 1, 1)), "2019年"));
    }

    @Test
    void thenTheLatestFullDateInTheTextButNotATarget() {
        assertEquals(new ResolvedYear(2021, YearSource.TEXT),
                resolver.resolve(null, SourceHints.none(), "2021年3月5日,全会召开。2022年目标。"));
        assertEquals(new ResolvedYear(2020, YearSource.TEXT),
                resolver.resolve(null, SourceHints.none(), "2020年2月1日开工,力争到2025年12月31日建成。"));
    }

    @Test
    void thenAYearNamingADocument() {
        assertEquals(new ResolvedYear(2022, YearSource.TEXT),
                resolver.resolve(null, SourceHints.none(), "2021年,全市经济平稳。许昌市发布2022年疫情防控5号通告,调整措施。"));
    }

    @Test
    void aYearStandingAloneIsNoEvidence() {
        String text = "2013年重点实施“六项民生工程计划”。2017年,禹州市纪检监察机关聚焦主责主业。8月7日,全市召开会议。";
        assertEquals(new ResolvedYear(null, null), resolver.resolve(null, SourceHints.none(), text));
    }

    @Test
    void noClueNoYear() {
        assertNull(resolver.resolve(null, SourceHints.none(), "1月17日,禹州市新增本土确诊病例4例。").year());
        assertNull(resolver.resolve(null, null, null).source());
    }
}
