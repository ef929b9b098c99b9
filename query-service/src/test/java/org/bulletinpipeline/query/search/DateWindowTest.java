package org.bulletinpipeline.query.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DateWindowTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void keysAreTheDaysOfPartialMonthsAndTheWholeMonths() {
        LocalDate from = d("2022-04-28");
        LocalDate to = d("2022-06-02");
        assertArrayEquals(new int[] {DateWindow.day(d("2022-04-28")), DateWindow.day(d("2022-04-29")),
                DateWindow.day(d("2022-04-30")), DateWindow.month(d("2022-05-01")), DateWindow.day(d("2022-06-01")),
                DateWindow.day(d("2022-06-02"))}, DateWindow.keys(from, to));
    }

    @Test
    void keysSelectExactlyTheDatesOfTheRange() {
        LocalDate from = d("2019-11-15");
        LocalDate to = d("2021-03-31");
        Set<Integer> keys = new HashSet<>();
        Arrays.stream(DateWindow.keys(from, to)).forEach(keys::add);
        for (LocalDate day = from.minusDays(40); day.isBefore(to.plusDays(40)); day = day.plusDays(1)) {
            // a date is in the window when one of its two keys (as search_date_keys gives them) is
            boolean selected = keys.contains(DateWindow.day(day)) || keys.contains(DateWindow.month(day));
            assertEquals(!day.isBefore(from) && !day.isAfter(to), selected, day.toString());
        }
        // 16 days of November 2019, then the months December 2019 to March 2021
        assertEquals(16 + 16, keys.size());
    }

    @Test
    void numbersMatchTheMigrationsFunctions() {
        // search_day('2000-01-01') = 0, search_date_keys('2022-05-16') = {8171, 1024268}
        assertEquals(0, DateWindow.day(d("2000-01-01")));
        assertEquals(8171, DateWindow.day(d("2022-05-16")));
        assertEquals(1_024_268, DateWindow.month(d("2022-05-16")));
        assertEquals(-1, DateWindow.day(d("1999-12-31")));
    }

    @Test
    void eachLookupHasItsConditionAndValues() {
        DateWindow newest = new DateWindow(d("2022-05-01"), null, DateWindow.Lookup.FROM_DAY);
        assertEquals("search_day(s.sort_date) >= ?", newest.sql());
        assertEquals(List.of(DateWindow.day(d("2022-05-01"))), newest.values());
        DateWindow closed = new DateWindow(d("2022-05-01"), d("2022-05-31"), DateWindow.Lookup.KEYS);
        assertEquals("search_date_keys(s.sort_date) && ?", closed.sql());
        assertArrayEquals(new int[] {DateWindow.month(d("2022-05-01"))}, (int[]) closed.values().getFirst());
        DateWindow oldest = new DateWindow(null, d("2020-01-31"), DateWindow.Lookup.UP_TO_DAY);
        assertEquals("search_day(s.sort_date) <= ?", oldest.sql());
        assertEquals(List.of(DateWindow.day(d("2020-01-31"))), oldest.values());
        assertEquals("s.sort_date <= ?", new DateWindow(null, d("2020-01-31"), DateWindow.Lookup.FILTER).sql());
        assertEquals("true", new DateWindow(null, null, DateWindow.Lookup.FILTER).sql());
        assertEquals(List.of(), new DateWindow(null, null, DateWindow.Lookup.FILTER).values());
    }
}
