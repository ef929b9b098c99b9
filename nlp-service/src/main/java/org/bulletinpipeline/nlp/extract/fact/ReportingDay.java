package org.bulletinpipeline.nlp.extract.fact;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bulletinpipeline.nlp.extract.text.LeadingCharacterSearch;

/**
 * The day a health-commission figure counts for. Bulletins name a reporting period rather than a date:
 * {@code 1月26日0—24时} and {@code 29日0时至24时} are that day; {@code 1月29日10时至30日10时} counts for the day it
 * ends on; {@code 截至21日24:00} closes the 21st, while {@code 截至2月21日0时} closes the 20th. A bare day takes
 * the month of the reference date (the publication), or the month before when it lies after it.
 */
public final class ReportingDay {

    /** How the period was printed: a closed day ({@code 0—24时}) or a running total up to an hour ({@code 截至}). */
    public enum Kind { PERIOD, UP_TO }

    /** A period at {@code [start, end)} of the text, counting for {@code day}. */
    public record Found(LocalDate day, Kind kind, int start, int end) {
    }

    private static final String DAY = "(?:(\\d{4})\\s*年\\s*)?(?:(\\d{1,2})\\s*月\\s*)?(\\d{1,2})\\s*[日号]";
    private static final String HOUR = "(\\d{1,2})\\s*(?:时|点|[:\uFF1A]00)";
    /** Range marks as printed: hyphen, en and em dash, full-width hyphen and tilde, 至, 到. */
    private static final String TO = "\\s*(?:[-\u2013\u2014\uFF0D~\uFF5E]+|至|到)\\s*";

    /** {@code 截至2月10日24时}, {@code 截至21日24:00}. */
    private static final Pattern UP_TO = Pattern.compile("截[至止]\\s*" + DAY + "\\s*" + HOUR);

    /** {@code 2020年1月26日0-24时}, {@code 29日0时至24时}, {@code 1月29日10时至30日10时}. */
    private static final Pattern PERIOD = Pattern.compile(DAY + "\\s*(\\d{1,2})\\s*(?:时|点|[:\uFF1A]00)?" + TO
            + "(?:(\\d{1,2})\\s*[日号]\\s*)?" + HOUR);

    /** The periods of {@code text} in reading order; {@code reference} resolves a day printed without its month. */
    public List<Found> find(String text, LocalDate reference) {
        List<Found> out = new ArrayList<>();
        Matcher upTo = UP_TO.matcher(text);
        while (upTo.find()) {
            LocalDate day = day(upTo.group(1), upTo.group(2), upTo.group(3), reference);
            if (day != null) {
                // 截至…0时 is the end of the day before; any later hour still counts for the day named
                int hour = Integer.parseInt(upTo.group(4));
                out.add(new Found(hour == 0 ? day.minusDays(1) : day, Kind.UP_TO, upTo.start(), upTo.end()));
            }
        }
        List<Found> upToFound = List.copyOf(out);
        int upToIndex = 0;
        // every period begins with the digits of its day
        LeadingCharacterSearch periods = new LeadingCharacterSearch(PERIOD, text, LeadingCharacterSearch.DIGITS);
        Matcher period = periods.matcher();
        while (periods.find()) {
            // the day of 截至2月10日24时 is no period of its own; both are found in reading order
            while (upToIndex < upToFound.size() && upToFound.get(upToIndex).end() <= period.start()) {
                upToIndex++;
            }
            if (upToIndex < upToFound.size() && upToFound.get(upToIndex).start() <= period.start()) {
                continue;
            }
            LocalDate day = day(period.group(1), period.group(2), period.group(3), reference);
            if (day == null) {
                continue;
            }
            if (period.group(5) != null) {
                // a period over midnight counts for the day it ends on
                LocalDate end = day(period.group(1), period.group(2), period.group(5), reference);
                if (end == null) {
                    continue;
                }
                day = end.isBefore(day) ? end.plusMonths(1) : end;
            }
            out.add(new Found(day, Kind.PERIOD, period.start(), period.end()));
        }
        out.sort(java.util.Comparator.comparingInt(Found::start));
        return out;
    }

    private static LocalDate day(String year, String month, String day, LocalDate reference) {
        if (reference == null && (year == null || month == null)) {
            return null;
        }
        int y = year != null ? Integer.parseInt(year) : reference.getYear();
        int d = Integer.parseInt(day);
        if (month == null) {
            // 29日 in a post of 1 February is January's
            LocalDate date = of(y, reference.getMonthValue(), d);
            if (date == null || date.isAfter(reference)) {
                LocalDate before = reference.minusMonths(1);
                date = of(before.getYear(), before.getMonthValue(), d);
            }
            return date;
        }
        LocalDate date = of(y, Integer.parseInt(month), d);
        // 12月31日 in a post of 2 January is last year's
        return date != null && year == null && date.isAfter(reference.plusDays(31)) ? date.minusYears(1) : date;
    }

    private static LocalDate of(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
