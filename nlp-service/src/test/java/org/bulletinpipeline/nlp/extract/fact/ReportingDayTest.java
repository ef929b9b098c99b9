package org.bulletinpipeline.nlp.extract.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The day a bulletin's reporting period counts for. */
class ReportingDayTest {

    private static final ReportingDay DAYS = new ReportingDay();
    private static final LocalDate PUBLISHED = LocalDate.of(2020, 2, 5);

    private static LocalDate first(String text) {
        List<ReportingDay.Found> found = DAYS.find(text, PUBLISHED);
        assertEquals(1, found.size(), found.toString());
        return found.get(0).day();
    }

    @Test
    void aDayFromMidnightToMidnightIsThatDay() {
        assertEquals(LocalDate.of(2020, 2, 3), first("2020年2月3日0-24时，某省报告"));
        assertEquals(LocalDate.of(2020, 2, 3), first("2月3日0\u201424时，某省报告"));
        assertEquals(LocalDate.of(2020, 2, 3), first("2月3日0时至24时，某省报告"));
    }

    @Test
    void aBareDayTakesThePublicationMonthOrTheMonthBefore() {
        assertEquals(LocalDate.of(2020, 2, 4), first("4日0时至24时，某省报告"));
        assertEquals(LocalDate.of(2020, 1, 29), first("29日0时至24时，某省报告"));
    }

    @Test
    void aPeriodOverMidnightCountsForTheDayItEndsOn() {
        assertEquals(LocalDate.of(2020, 1, 30), first("2020年1月29日10时至30日10时，某区报告"));
    }

    @Test
    void upToMidnightClosesThatDayAndUpToZeroHoursTheDayBefore() {
        ReportingDay.Found end = DAYS.find("截至2月4日24时，某省累计报告", PUBLISHED).get(0);
        assertEquals(LocalDate.of(2020, 2, 4), end.day());
        assertEquals(ReportingDay.Kind.UP_TO, end.kind());
        assertEquals(LocalDate.of(2020, 2, 3), first("截至2月4日0时，某省累计报告"));
        assertEquals(LocalDate.of(2020, 2, 4), first("截至4日24:00，某省新增报告"));
    }

    @Test
    void datesWithoutAnHourAreNoPeriod() {
        assertTrue(DAYS.find("2月3日，某省召开会议，会期3天", PUBLISHED).isEmpty());
    }

    @Test
    void aBareDayWithoutAPublicationDateIsNotGuessed() {
        assertTrue(DAYS.find("4日0时至24时，某省报告", null).isEmpty());
    }
}
