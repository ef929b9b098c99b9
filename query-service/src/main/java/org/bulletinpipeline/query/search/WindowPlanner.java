package org.bulletinpipeline.query.search;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the dates between {@code from} and {@code to} into slices, newest first, in which a search looks for its
 * newest {@code need} matches. GIN, which finds matches, returns them in no order, so the search asks for them slice
 * by slice and stops as soon as it has enough (SearchRepository runs the slices as one statement whose later parts
 * never run once the earlier ones filled the page). The first slice holds about as many of the newest articles as it
 * takes, at the estimated share of articles that match, to find {@code need} of them, with a margin; each next one
 * is {@link #GROWTH} times larger, for when the estimate was off or the newest days are unlike the rest (a day of
 * today's bulletins, all about one thing).
 *
 * <p>A slice is keyed only while the keyed ones together are a small part of the archive: the index reads one entry
 * per article of a slice, so beyond {@link #KEYED_SHARE} of all articles the last slice, the rest of the range,
 * leaves the dates to the row filters and lets the other conditions find its matches.
 */
public final class WindowPlanner {

    static final double MARGIN = 1.25;
    static final int GROWTH = 2;
    static final int KEYED_SLICES = 4;
    /**
     * Reading an index entry per article of a keyed slice is cheap next to visiting a matching row: a combination
     * matching 1 % of the archive (a word, a county, a kind) is better looked for in the newest half than in every
     * date, whose hundreds of matches each cost a heap page.
     */
    static final double KEYED_SHARE = 0.5;
    /** A closed slice needing more keys than this (a range of many years) is looked up otherwise. */
    static final int MAX_KEYS = 80;
    /** Articles beyond a slice's end that a lookup may read and drop rather than use the slice's keys. */
    static final long SLACK = 1000;

    private final ArticleDays days;
    private final LocalDate from;
    private final LocalDate to;
    private final int need;

    public WindowPlanner(ArticleDays days, LocalDate from, LocalDate to, int need) {
        this.days = days;
        this.from = from;
        this.to = to;
        this.need = need;
    }

    /**
     * The slices, newest first, together exactly the dates from {@code from} to {@code to}, for matches estimated to
     * be {@code share} of the articles (0 < share ≤ 1).
     */
    public List<DateWindow> slices(double share) {
        List<DateWindow> slices = new ArrayList<>();
        long budget = (long) (KEYED_SHARE * days.total());
        long size = (long) Math.ceil(need * MARGIN / Math.max(share, 1e-6));
        long keyed = 0;
        // the inclusive end of the next slice; null: up to the newest article
        LocalDate top = to;
        while (slices.size() < KEYED_SLICES) {
            LocalDate start = days.startOfNewest(from, top, size);
            if (start == null || (from != null && !start.isAfter(from))) {
                break;
            }
            DateWindow slice = lookup(start, top);
            if (slice == null || keyed + touched(slice) > budget) {
                break;
            }
            slices.add(slice);
            keyed += touched(slice);
            size = days.count(start, top) * GROWTH;
            top = start.minusDays(1);
        }
        slices.add(rest(top, keyed, budget));
        return slices;
    }

    /** The dates of the range up to {@code top} not in a keyed slice: keyed too if that is cheap. */
    private DateWindow rest(LocalDate top, long keyed, long budget) {
        DateWindow rest = from == null && top == null ? null : lookup(from, top);
        if (rest != null && keyed + touched(rest) <= budget) {
            return rest;
        }
        return new DateWindow(from, top, DateWindow.Lookup.FILTER);
    }

    /**
     * How the index best finds the articles from {@code start} to {@code end} (either null: unbounded): the days on
     * or after {@code start} when nothing bounds it above or few articles lie beyond {@code end}, the keys of the
     * range when it needs few, the days up to {@code end} when few articles lie before {@code start}; null when the
     * index would read far more articles than the range holds.
     */
    private DateWindow lookup(LocalDate start, LocalDate end) {
        long in = days.count(start, end);
        if (start != null && (end == null || days.count(start, null) <= 2 * in + SLACK) && !keyable(start, end)) {
            return new DateWindow(start, end, DateWindow.Lookup.FROM_DAY);
        }
        if (start != null && end != null && keyable(start, end)) {
            return new DateWindow(start, end, DateWindow.Lookup.KEYS);
        }
        if (end != null && days.count(null, end) <= 2 * in + SLACK) {
            return new DateWindow(start, end, DateWindow.Lookup.UP_TO_DAY);
        }
        return null;
    }

    /** How many articles' entries the index reads to find a slice's articles. */
    private long touched(DateWindow slice) {
        return switch (slice.lookup()) {
            case FROM_DAY -> days.count(slice.from(), null);
            case UP_TO_DAY -> days.count(null, slice.to());
            default -> days.count(slice.from(), slice.to());
        };
    }

    private static boolean keyable(LocalDate start, LocalDate end) {
        return start != null && end != null && !start.isAfter(end) && ChronoUnit.MONTHS.between(start, end) < MAX_KEYS
                && DateWindow.keys(start, end).length <= MAX_KEYS;
    }
}
