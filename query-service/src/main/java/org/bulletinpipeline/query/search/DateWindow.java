package org.bulletinpipeline.query.search;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The dates a search looks at in one step, newest first: matches are wanted newest first, and GIN, which finds
 * them, returns them in no order, so the search asks for the matches among the newest articles and widens the
 * window only when those are too few (see {@link WindowPlanner}). Bounds are inclusive; a null {@code from} is
 * unbounded, a null {@code to} is "up to the newest article, whatever its date".
 *
 * <p>The index keys dates the way V6__article_search.sql does: {@link #day} for the open window "on or after a
 * day", {@link #keys} (day numbers and month keys) for a closed one. {@code indexed} false leaves the dates to
 * the row filters, for windows so wide that reading their keys costs more than the matches themselves. {@code last}
 * says the window reaches back to the start of the dates searched, so no wider one follows.
 */
public record DateWindow(LocalDate from, LocalDate to, boolean indexed, boolean last) {

    private static final LocalDate DAY_ZERO = LocalDate.of(2000, 1, 1);
    private static final int MONTH_KEY_BASE = 1_000_000;

    /** The index condition on {@code s} for this window, null when the window is left to the row filters. */
    public String sql() {
        if (!indexed || from == null) {
            return null;
        }
        return to == null ? "search_day(s.sort_date) >= ?" : "search_date_keys(s.sort_date) && ?";
    }

    /** The value bound to {@link #sql()}'s placeholder: a day number or the keys of the closed range. */
    public Object value() {
        return to == null ? (Object) day(from) : keys(from, to);
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
     * 28, 29 and 30 April, the month of May, 1 and 2 June: six keys.
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
