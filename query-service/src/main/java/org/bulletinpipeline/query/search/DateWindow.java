package org.bulletinpipeline.query.search;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * One slice of the dates a search looks at, bounds inclusive ({@code from} null: from the oldest; {@code to} null:
 * up to the newest article, whatever its date), and how the index finds the articles dated in it. The index keys
 * dates the way V6__article_search.sql does: {@link #day} for ranges open at one end, {@link #keys} (day numbers
 * and month keys) for a closed range. A closed range may also be looked up as open at one end when few articles lie
 * beyond its other end, which a row filter then drops (a range of years with hardly an article needs many keys).
 */
public record DateWindow(LocalDate from, LocalDate to, Lookup lookup) {

    private static final LocalDate DAY_ZERO = LocalDate.of(2000, 1, 1);
    private static final int MONTH_KEY_BASE = 1_000_000;

    /** How the articles of the slice are found. */
    public enum Lookup {
        /** Every day from {@code from} on, then {@code to} as a row filter (the newest articles: no {@code to}). */
        FROM_DAY,
        /** A closed range: the keys of its days and whole months. */
        KEYS,
        /** Every day up to {@code to}, then {@code from} as a row filter (the oldest articles: no {@code from}). */
        UP_TO_DAY,
        /** Dates left to the row filters: the other conditions find the matches, of every date. */
        FILTER
    }

    /** The condition on {@code s} that confines a search to this slice, "true" for none. */
    public String sql() {
        String upTo = to == null ? "" : " and s.sort_date <= ?";
        String onward = from == null ? "" : " and s.sort_date >= ?";
        return switch (lookup) {
            case FROM_DAY -> "search_day(s.sort_date) >= ?" + upTo;
            case KEYS -> "search_date_keys(s.sort_date) && ?";
            case UP_TO_DAY -> "search_day(s.sort_date) <= ?" + onward;
            case FILTER -> to == null ? "true" : "s.sort_date <= ?";
        };
    }

    /** The values bound to {@link #sql()}'s placeholders. */
    public List<Object> values() {
        List<Object> values = new ArrayList<>();
        switch (lookup) {
            case FROM_DAY -> {
                values.add(day(from));
                if (to != null) {
                    values.add(to);
                }
            }
            case KEYS -> values.add(keys(from, to));
            case UP_TO_DAY -> {
                values.add(day(to));
                if (from != null) {
                    values.add(from);
                }
            }
            case FILTER -> {
                if (to != null) {
                    values.add(to);
                }
            }
        }
        return values;
    }

    /** search_day(d) */
    public static int day(LocalDate d) {
        return (int) ChronoUnit.DAYS.between(DAY_ZERO, d);
    }

    /** The month key of search_date_keys(d). */
    public static int month(LocalDate d) {
        return MONTH_KEY_BASE + d.getYear() * 12 + d.getMonthValue() - 1;
    }

    /**
     * Keys that select exactly the dates from {@code from} to {@code to}: a month key for each whole month in the
     * range, a day number for each day of a month the range only partly covers. 2022-04-28 to 2022-06-02 is
     * 28, 29 and 30 April, the month of May, 1 and 2 June: six keys. None when {@code from} is after {@code to}.
     */
    public static int[] keys(LocalDate from, LocalDate to) {
        List<Integer> keys = new ArrayList<>();
        LocalDate d = from;
        while (!d.isAfter(to)) {
            LocalDate monthEnd = d.withDayOfMonth(d.lengthOfMonth());
            if (d.getDayOfMonth() == 1 && !monthEnd.isAfter(to)) {
                keys.add(month(d));
                d = monthEnd.plusDays(1);
            } else {
                keys.add(day(d));
                d = d.plusDays(1);
            }
        }
        return keys.stream().mapToInt(Integer::intValue).toArray();
    }
}
