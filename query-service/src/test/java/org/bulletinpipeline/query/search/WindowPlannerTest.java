package org.bulletinpipeline.query.search;

import static org.bulletinpipeline.query.search.DateWindow.Lookup.FILTER;
import static org.bulletinpipeline.query.search.DateWindow.Lookup.FROM_DAY;
import static org.bulletinpipeline.query.search.DateWindow.Lookup.KEYS;
import static org.bulletinpipeline.query.search.DateWindow.Lookup.UP_TO_DAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
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

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void daysCountAndFindTheStartOfTheNewestArticles() {
        assertEquals(109_600, days.total());
        assertEquals(300, days.count(d("2022-12-29"), null));
        assertEquals(d("2022-12-29"), days.startOfNewest(null, null, 300));
        assertEquals(d("2022-12-28"), days.startOfNewest(null, null, 301));
        assertEquals(d("2021-06-28"), days.startOfNewest(null, d("2021-06-30"), 250));
        assertNull(days.startOfNewest(d("2022-12-30"), null, 300));
    }

    @Test
    void aCommonWordLooksAtTheNewestDaysFirstThenTwiceAsManyEachTime() {
        // 201 matches wanted at nine in ten articles: 280 articles with the margin, three days; then 6, 12, 24
        assertEquals(List.of(new DateWindow(d("2022-12-29"), null, FROM_DAY),
                        new DateWindow(d("2022-12-23"), d("2022-12-28"), KEYS),
                        new DateWindow(d("2022-12-11"), d("2022-12-22"), KEYS),
                        new DateWindow(d("2022-11-17"), d("2022-12-10"), KEYS),
                        new DateWindow(null, d("2022-11-16"), FILTER)),
                new WindowPlanner(days, null, null, 201).slices(0.9));
    }

    @Test
    void theKeyedSlicesStopAtHalfOfTheArchive() {
        // 5 %: 5,025 articles, 51 days; then 102 days, then 204; the next, 40,800 articles, would pass 54,800 with those
        assertEquals(List.of(new DateWindow(d("2022-11-11"), null, FROM_DAY),
                        new DateWindow(d("2022-08-01"), d("2022-11-10"), KEYS),
                        new DateWindow(d("2022-01-09"), d("2022-07-31"), KEYS),
                        new DateWindow(null, d("2022-01-08"), FILTER)),
                new WindowPlanner(days, null, null, 201).slices(0.05));
    }

    @Test
    void aRareWordTakesEveryDateAtOnce() {
        // 0.1 %: 251,250 articles would be needed, more than there are
        assertEquals(List.of(new DateWindow(null, null, FILTER)),
                new WindowPlanner(days, null, null, 201).slices(0.001));
    }

    @Test
    void aDateRangeIsSearchedFromItsEndAndItsRestKeyedWhenSmall() {
        LocalDate from = d("2021-01-01");
        LocalDate to = d("2021-06-30");
        // 20 %: 1,257 articles, 13 days; then 26, 52; then what is left of the half-year, three whole months
        assertEquals(List.of(new DateWindow(d("2021-06-18"), to, KEYS),
                        new DateWindow(d("2021-05-23"), d("2021-06-17"), KEYS),
                        new DateWindow(d("2021-04-01"), d("2021-05-22"), KEYS),
                        new DateWindow(from, d("2021-03-31"), KEYS)),
                new WindowPlanner(days, from, to, 201).slices(0.2));
    }

    @Test
    void theOldestDaysAreLookedUpToTheirEnd() {
        // up to 2020-01-31: 3,100 articles, the oldest ones
        assertEquals(List.of(new DateWindow(d("2020-01-19"), d("2020-01-31"), KEYS),
                        new DateWindow(null, d("2020-01-18"), UP_TO_DAY)),
                new WindowPlanner(days, null, d("2020-01-31"), 201).slices(0.2));
    }

    @Test
    void aRangeFromADayToTheNewestIsOpenAtTheTop() {
        assertEquals(List.of(new DateWindow(d("2022-12-01"), null, FROM_DAY)),
                new WindowPlanner(days, d("2022-12-01"), null, 201).slices(0.01));
    }

    @Test
    void yearsWithHardlyAnArticleAreLookedUpFromTheirStartRatherThanByTheirKeys() {
        // 2022 as above, then 1,300 articles of today, 2026-11-23: four years apart
        Map<LocalDate, Long> perDay = new HashMap<>();
        for (LocalDate d = FIRST; !d.isAfter(LAST); d = d.plusDays(1)) {
            perDay.put(d, 100L);
        }
        perDay.put(d("2026-11-23"), 1300L);
        // 27 %: 931 articles, today's 1,300; then 2,600, from 2022-12-06 to 2026-11-22, which would take 94 day
        // and month keys: looked up as every day from 2022-12-06, today's articles dropped by the row filter
        assertEquals(List.of(new DateWindow(d("2026-11-23"), null, FROM_DAY),
                        new DateWindow(d("2022-12-06"), d("2026-11-22"), FROM_DAY),
                        new DateWindow(d("2022-10-15"), d("2022-12-05"), KEYS),
                        new DateWindow(d("2022-07-03"), d("2022-10-14"), KEYS),
                        new DateWindow(null, d("2022-07-02"), FILTER)),
                new WindowPlanner(new ArticleDays(perDay), null, null, 201).slices(0.27));
    }

    @Test
    void withoutDaysEverySearchTakesEveryDate() {
        assertEquals(List.of(new DateWindow(null, null, FILTER)),
                new WindowPlanner(ArticleDays.none(), null, null, 201).slices(1));
    }
}
