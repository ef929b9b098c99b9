package org.bulletinpipeline.nlp.extract.dateline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bulletinpipeline.nlp.extract.dateline.DateExpressions.DateHit;
import org.bulletinpipeline.nlp.extract.model.ArticleKind;

/**
 * Reads the date of the event a lead reports. A news lead names the day of the event in its first paragraph
 * ({@code 5月16日,许昌本轮疫情进入第14天…}, or after a scene-setting sentence: {@code …违者将承担法律责任。5月16日,市人大常委会…});
 * a lead that only says {@code 近日} or {@code 日前} ("recently") has no dateline. Features and notices are not event
 * reports: their lead gets a dateline only when it opens with the date ({@code 1月24日上午,在襄城县…}), not for a
 * date in a later sentence ({@code 刚刚过去的一周里,…。1月17日,禹州市新增…}).
 */
public final class DatelineReader {

    /** Vague time words that stand in for a dateline: the lead then reports no precise day. */
    private static final Pattern VAGUE_TIME = Pattern.compile("近日|日前|近期|近来|前不久|不久前|最近|连日来|近段时间|近一段时间");
    /** Relative days counted from the issue date (news convention: 昨天 is the day before publication). */
    private static final Pattern RELATIVE_DAY = Pattern.compile("(前天|昨天|昨日|今天|今日)");
    /**
     * A date that opens a duration or range ({@code 5月7日以来}, {@code 5月1日至}) or sets a deadline
     * ({@code 5月11日前报送}) is not the event's day.
     */
    private static final Pattern NOT_AN_EVENT_DAY = Pattern.compile("^(以来|起|至|到|前|之前|以前|为止|—|-|~|~)");
    /** Characters a lead may open with before its date: quotes, a {@code 时间:} label, blanks. */
    private static final Pattern LEAD_OPENING = Pattern.compile("^[“\"‘「\\s]*(时间[:])?");
    /**
     * A lead opening with the day alone ({@code 27日,大年初三,…}, {@code 24日晚,…}) means a day of the issue's
     * month, or of the month before when that day has not come yet.
     */
    private static final Pattern DAY_ONLY_OPENING = Pattern.compile("^([0-9]{1,2})日");
    /** How far after the issue date an event may lie before a bare date must mean the previous year. */
    private static final int MAX_MONTHS_AHEAD = 2;

    /**
     * The event date of a lead paragraph, or null.
     *
     * @param lead        the first body paragraph, byline formula removed
     * @param kind        the item's kind; features and notices need the date at the very start
     * @param year        the year bare dates refer to (see {@code YearResolver}), null when unknown
     * @param publishedOn the issue date when known, for relative days and for a December event in a January issue
     */
    public LocalDate read(String lead, ArticleKind kind, Integer year, LocalDate publishedOn) {
        if (lead == null || lead.isBlank()) {
            return null;
        }
        LocalDate dayOnly = dayOfIssueMonth(lead, publishedOn);
        if (dayOnly != null) {
            return dayOnly;
        }
        List<DateHit> dates = DateExpressions.dates(lead);
        DateHit first = dates.stream().filter(hit -> isEventDay(lead, hit)).findFirst().orElse(null);
        int firstAt = first == null ? lead.length() : first.start();
        if (kind == ArticleKind.FEATURE || kind == ArticleKind.NOTICE) {
            Matcher opening = LEAD_OPENING.matcher(lead);
            opening.lookingAt();
            if (first == null || first.start() != opening.end()) {
                return null;
            }
        }
        Matcher vague = VAGUE_TIME.matcher(lead);
        if (vague.find() && vague.start() < firstAt) {
            return null;
        }
        Matcher relative = RELATIVE_DAY.matcher(lead);
        if (publishedOn != null && relative.find() && relative.start() < firstAt) {
            return publishedOn.minusDays(daysBack(relative.group(1)));
        }
        return first == null ? null : resolve(first, year, publishedOn);
    }

    /**
     * The date a wire formula was filed on ({@code 本报北京1月31日电}, {@code 新华社武汉2月2日电}): the dateline of the
     * report by definition, whatever other dates its lead mentions. Null when the formula gives none.
     */
    public LocalDate filed(String formula, Integer year, LocalDate publishedOn) {
        if (formula == null || formula.isEmpty()) {
            return null;
        }
        List<DateHit> dates = DateExpressions.dates(formula);
        return dates.isEmpty() ? null : resolve(dates.getFirst(), year, publishedOn);
    }

    private static LocalDate dayOfIssueMonth(String lead, LocalDate publishedOn) {
        Matcher opening = LEAD_OPENING.matcher(lead);
        opening.lookingAt();
        Matcher day = DAY_ONLY_OPENING.matcher(lead).region(opening.end(), lead.length());
        if (publishedOn == null || !day.lookingAt()) {
            return null;
        }
        int d = Integer.parseInt(day.group(1));
        LocalDate month = d <= publishedOn.getDayOfMonth() ? publishedOn : publishedOn.minusMonths(1);
        return d <= month.lengthOfMonth() && d >= 1 ? month.withDayOfMonth(d) : null;
    }

    /** The day of a date hit, taking the year from the hit, else from the bulletin, rolling back across New Year. */
    public static LocalDate resolve(DateHit hit, Integer year, LocalDate publishedOn) {
        Integer y = hit.year() != null ? hit.year() : year;
        if (y == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.of(y, hit.month(), hit.day());
            if (hit.year() == null && publishedOn != null && date.isAfter(publishedOn.plusMonths(MAX_MONTHS_AHEAD))) {
                date = date.minusYears(1);
            }
            return date;
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean isEventDay(String lead, DateHit hit) {
        return !NOT_AN_EVENT_DAY.matcher(lead.substring(hit.end())).find();
    }

    private static int daysBack(String word) {
        return switch (word) {
            case "前天" -> 2;
            case "昨天", "昨日" -> 1;
            default -> 0;
        };
    }
}
