package org.bulletinpipeline.query.search;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Chooses the date windows in which a search looks for its newest {@code need} matches between {@code from} and
 * {@code to}. The first window holds about as many of the newest articles as it takes, at the estimated share of
 * articles that match, to find {@code need} of them, with a margin. When it yields fewer, the next is sized by the
 * share actually found in it, but grows at most {@link #GROWTH} times: the newest days need not look like the rest
 * (a day of today's bulletins, all about one thing), and taking a term for rare on their evidence alone would read
 * every match of a common one. A search thus takes one step, two when the estimate was off, rarely more.
 *
 * <p>A window is worth keying only while it is a small part of the archive: the index reads one entry per article
 * of the window, so beyond {@link #KEYED_SHARE} of all articles the search takes every date of its range at once
 * and lets the other conditions find the matches.
 */
public final class WindowPlanner {

    static final double MARGIN = 1.5;
    static final int GROWTH = 4;
    static final double KEYED_SHARE = 0.25;
    /** A closed window needing more keys than this (a range of many years) is left to the row filters. */
    static final int MAX_KEYS = 80;

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

    /** The first window, for matches estimated to be {@code share} of the articles (0 < share ≤ 1). */
    public DateWindow first(double share) {
        return sized((long) Math.ceil(need * MARGIN / Math.max(share, 1e-6)));
    }

    /** The window after {@code previous}, which held {@code found} (fewer than wanted) matches. */
    public DateWindow next(DateWindow previous, long found) {
        if (previous.last()) {
            return previous;
        }
        long seen = Math.max(1, days.count(previous.from(), previous.to()));
        double share = Math.max(found, 0.5) / seen;
        long wanted = (long) Math.ceil(need * MARGIN / share);
        DateWindow next = sized(Math.min(Math.max(wanted, seen * 2), seen * GROWTH));
        // a day holding more articles than planned could stall the widening: then take the whole range
        return next.last() || next.from().isBefore(previous.from()) ? next : whole();
    }

    /** Every date of the range. */
    public DateWindow whole() {
        if (from == null) {
            return new DateWindow(null, to, false, true);
        }
        return new DateWindow(from, to, keyable(from, to), true);
    }

    private DateWindow sized(long articles) {
        LocalDate start = days.startOfNewest(from, to, articles);
        if (start == null || (from != null && !start.isAfter(from)) || !keyable(start, to)) {
            return whole();
        }
        return new DateWindow(start, to, true, false);
    }

    private boolean keyable(LocalDate start, LocalDate end) {
        return days.count(start, end) <= KEYED_SHARE * days.total()
                && (end == null || ChronoUnit.MONTHS.between(start, end) < MAX_KEYS
                        && DateWindow.keys(start, end).length <= MAX_KEYS);
    }
}
