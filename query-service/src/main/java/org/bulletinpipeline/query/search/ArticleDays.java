package org.bulletinpipeline.query.search;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;

/**
 * How many articles each day holds (by sort date), as of some recent moment: what {@link WindowPlanner} sizes its
 * slices with. Only the sizes depend on it; which articles a slice holds is always decided by the database, so an
 * article stored since (or a day missing here) makes a slice hold more or fewer articles than planned, never
 * changes a result. Days are kept sorted with running totals, so a count is two binary searches.
 */
public final class ArticleDays {

    /** The days that have articles, oldest first, as epoch days. */
    private final long[] days;
    /** {@code before[i]}: the articles of the days before {@code days[i]}; one more entry for the total. */
    private final long[] before;

    public ArticleDays(Map<LocalDate, Long> perDay) {
        this.days = perDay.keySet().stream().mapToLong(LocalDate::toEpochDay).sorted().toArray();
        this.before = new long[days.length + 1];
        for (int i = 0; i < days.length; i++) {
            before[i + 1] = before[i] + perDay.get(LocalDate.ofEpochDay(days[i]));
        }
    }

    public static ArticleDays none() {
        return new ArticleDays(Map.of());
    }

    public long total() {
        return before[days.length];
    }

    /** Articles dated from {@code from} to {@code to}, both inclusive, either null for unbounded. */
    public long count(LocalDate from, LocalDate to) {
        int start = from == null ? 0 : firstOnOrAfter(from.toEpochDay());
        int end = to == null ? days.length : firstOnOrAfter(to.toEpochDay() + 1);
        return end <= start ? 0 : before[end] - before[start];
    }

    /**
     * The latest day such that the articles from it to {@code to} (the newest when null) number at least
     * {@code articles}; null when the days from {@code floor} (the oldest when null) hold fewer.
     */
    public LocalDate startOfNewest(LocalDate floor, LocalDate to, long articles) {
        int end = to == null ? days.length : firstOnOrAfter(to.toEpochDay() + 1);
        int low = floor == null ? 0 : firstOnOrAfter(floor.toEpochDay());
        if (end <= low || before[end] - before[low] < articles) {
            return null;
        }
        // the last start index i (low ≤ i < end) with before[end] - before[i] ≥ articles
        long limit = before[end] - articles;
        int i = Arrays.binarySearch(before, low, end + 1, limit);
        int start = i >= 0 ? lastOf(i, limit) : -i - 2;
        return LocalDate.ofEpochDay(days[start]);
    }

    /** The last index holding {@code value} from {@code i} on (days without articles repeat a running total). */
    private int lastOf(int i, long value) {
        int last = i;
        while (last + 1 < days.length && before[last + 1] == value) {
            last++;
        }
        return last;
    }

    private int firstOnOrAfter(long epochDay) {
        int i = Arrays.binarySearch(days, epochDay);
        return i >= 0 ? i : -i - 1;
    }
}
