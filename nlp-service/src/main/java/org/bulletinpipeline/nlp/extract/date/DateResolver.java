package org.bulletinpipeline.nlp.extract.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bulletinpipeline.nlp.extract.text.LeadingCharacterSearch;

/**
 * Resolves the date expressions of an article to days. Bare dates ({@code 1月17日}, {@code 5月9日中午}) take the
 * year of the bulletin; {@code 2022年5月16日} carries its own; {@code 当天}/{@code 当日} is the day of the last date
 * printed before it, or the article's dateline when none is.
 */
public final class DateResolver {

    /** A resolved expression at {@code [start, end)} of the article text. */
    public record Resolved(String text, LocalDate date, int start, int end) {
    }

    /** {@code 2022年1月17日}, {@code 1月17日}, {@code 5月9日中午}, {@code 5月7日凌晨1点}. */
    private static final Pattern DATE = Pattern.compile(
            "(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})[日号](上午|中午|下午|晚上|晚间|傍晚|凌晨|早上|早晨|夜间|深夜|晚)?|当天|当日");

    public List<Resolved> resolve(String text, Integer year, LocalDate dateline) {
        List<Resolved> out = new ArrayList<>();
        // a date begins with a digit, 当天 and 当日 with 当
        LeadingCharacterSearch dates = new LeadingCharacterSearch(DATE, text, LeadingCharacterSearch.DIGITS + "当");
        Matcher m = dates.matcher();
        LocalDate last = null;
        while (dates.find()) {
            LocalDate date;
            if (m.group(2) == null) {
                date = last != null ? last : dateline;
            } else {
                Integer y = m.group(1) != null ? Integer.valueOf(m.group(1)) : year;
                date = y == null ? null : day(y, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            if (date != null) {
                out.add(new Resolved(m.group(), date, m.start(), m.end()));
                last = date;
            }
        }
        return out;
    }

    private static LocalDate day(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
