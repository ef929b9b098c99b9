package org.bulletinpipeline.query.search;

import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * How many articles each day holds (by sort date), as of some recent moment: what {@link WindowPlanner} sizes its
 * windows with. Only the sizes depend on it; which articles a window holds is always decided by the database, so an
 * article stored since (or a day missing here) makes a window hold more or fewer articles than planned, never
 * changes a result.
 */
public final class ArticleDays {

    private final NavigableMap<LocalDate, Long> perDay;
    private final long total;

    public ArticleDays(Map<LocalDate, Long> perDay) {
        this.perDay = new TreeMap<>(perDay);
        this.total = perDay.values().stream().mapToLong(Long::longValue).sum();
    }

    public static ArticleDays none() {
        return new ArticleDays(Map.of());
    }

    public long total() {
        return total;
    }

    /** Articles dated from {@code from} to {@code to}, both inclusive, either null for unbounded. */
    public long count(LocalDate from, LocalDate to) {
        NavigableMap<LocalDate, Long> range = perDay;
        if (from != null) {
            range = range.tailMap(from, true);
        }
        if (to != null) {
            range = range.headMap(to, true);
        }
        return range.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * The latest day such that the articles from it to {@code to} (the newest when null) number at least
     * {@code articles}; null when the days from {@code floor} (the oldest when null) hold fewer.
     */
    public LocalDate startOfNewest(LocalDate floor, LocalDate to, long articles) {
        NavigableMap<LocalDate, Long> range = to == null ? perDay : perDay.headMap(to, true);
        long seen = 0;
        for (Map.Entry<LocalDate, Long> day : range.descendingMap().entrySet()) {
            if (floor != null && day.getKey().isBefore(floor)) {
                return null;
            }
            seen += day.getValue();
            if (seen >= articles) {
                return day.getKey();
            }
        }
        return null;
    }
}
