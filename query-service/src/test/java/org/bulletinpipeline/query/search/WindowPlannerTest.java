package org.bulletinpipeline.query.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WindowPlannerTest {

    /** 100 articles a day from 2020-01-01 to 2022-12-31: 109,600 articles. */
    private static final LocalDate FIRST = LocalDate.parse("2020-01-01");
    private static final LocalDate LAST = LocalDate.parse("2022-12-31");
    private final ArticleDays days = days();

    private static ArticleDays days() {
        Map<LocalDate, Long> perDay = new HashMap<>();
        for (LocalDate d = FIRST; !d.isAfter(LAST); d = d.plusDays(1)) {
            perDay.put(d, 100L);
        }
        return new ArticleDays(perDay);
    }

    @Test
    void daysCountAndFindTheStartOfTheNewestArticles() {
        assertEquals(109_600, days.total());
        assertEquals(300, days.count(LocalDate.parse("2022-12-29"), null));
        assertEquals(LocalDate.parse("2022-12-29"), days.startOfNewest(null, null, 300));
        assertEquals(LocalDate.parse("2022-12-28"), days.startOfNewest(null, null, 301));
        assertEquals(LocalDate.parse("2021-06-28"), days.startOfNewest(null, LocalDate.parse("2021-06-30"), 250));
        assertNull(days.startOfNewest(LocalDate.parse("2022-12-30"), null, 300));
    }

    @Test
    void aCommonWordLooksAtTheNewestFewDays() {
        // 201 matches wanted at nine in ten articles: 335 articles with the margin, four days
        DateWindow w = new WindowPlanner(days, null, null, 201).first(0.9);
        assertEquals(new DateWindow(LocalDate.parse("2022-12-28"), null, true, false), w);
    }

    @Test
    void fewerMatchesThanEstimatedWidenTheWindowByTheShareFound() {
        WindowPlanner planner = new WindowPlanner(days, null, null, 201);
        DateWindow first = planner.first(0.9);
        // 150 of the 400 articles matched: 37.5 %, so 804 articles should hold 301 matches: nine days
        DateWindow next = planner.next(first, 150);
        assertEquals(new DateWindow(LocalDate.parse("2022-12-23"), null, true, false), next);
    }

    @Test
    void aWindowGrowsAtMostFourfoldWhateverItFound() {
        WindowPlanner planner = new WindowPlanner(days, null, null, 201);
        DateWindow first = planner.first(0.9);
        // 5 % would call for 6,030 articles, nothing found for all of them: 1,600 articles, the newest 16 days
        assertEquals(LocalDate.parse("2022-12-16"), planner.next(first, 20).from());
        assertEquals(LocalDate.parse("2022-12-16"), planner.next(first, 0).from());
        // and so on until the window would pass a quarter of the archive: then every date at once
        DateWindow w = first;
        int steps = 0;
        while (!w.last()) {
            w = planner.next(w, 0);
            steps++;
        }
        assertEquals(new DateWindow(null, null, false, true), w);
        assertEquals(4, steps);
    }

    @Test
    void aRareWordTakesTheWholeRangeWithoutKeys() {
        // 0.1 %: 300,000 articles would be needed, more than there are
        assertEquals(new DateWindow(null, null, false, true), new WindowPlanner(days, null, null, 201).first(0.001));
    }

    @Test
    void aDateRangeIsSearchedFromItsEnd() {
        LocalDate from = LocalDate.parse("2021-01-01");
        LocalDate to = LocalDate.parse("2021-06-30");
        WindowPlanner planner = new WindowPlanner(days, from, to, 201);
        DateWindow w = planner.first(0.2);
        // 1,508 articles at 100 a day: the last 16 days of June
        assertEquals(new DateWindow(LocalDate.parse("2021-06-15"), to, true, false), w);
        // the whole half-year is 18,100 articles, under a quarter of all: keyed by its six months
        DateWindow whole = planner.whole();
        assertEquals(new DateWindow(from, to, true, true), whole);
        assertEquals(6, DateWindow.keys(whole.from(), whole.to()).length);
    }

    @Test
    void aWindowBeyondAQuarterOfTheArchiveIsNotKeyed() {
        WindowPlanner planner = new WindowPlanner(days, LocalDate.parse("2020-01-01"), null, 201);
        // 2 % of articles: 15,075 articles, fine; 0.5 %: 60,300, more than a quarter
        assertTrue(planner.first(0.02).indexed());
        assertEquals(new DateWindow(LocalDate.parse("2020-01-01"), null, false, true), planner.first(0.005));
    }

    @Test
    void withoutDaysEverySearchTakesTheWholeRange() {
        WindowPlanner planner = new WindowPlanner(ArticleDays.none(), null, null, 201);
        assertEquals(new DateWindow(null, null, false, true), planner.first(1));
    }
}
