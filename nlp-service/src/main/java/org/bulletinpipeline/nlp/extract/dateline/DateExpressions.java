package org.bulletinpipeline.nlp.extract.dateline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar dates as Chinese papers print them: {@code 5月16日}, {@code 2022年5月17日}, {@code 1月18日晚},
 * {@code 五月十六日}, {@code 5月9号}. Digits may be ASCII, full-width or Chinese numerals.
 */
public final class DateExpressions {

    private static final String NUMBER = "[0-9]{1,2}|[一二三四五六七八九十]{1,3}";
    private static final Pattern DATE = Pattern.compile(
            "(?:([0-9]{4}|[〇零一二三四五六七八九]{4})年)?(" + NUMBER + ")月(" + NUMBER + ")[日号]");
    /** A year on its own ({@code 2022年疫情防控5号通告}, {@code 2021年,禹州市…}). */
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2}|(?:19|20)[0-9]{2})年");

    /** {@code 二〇二二年十二} stands before {@code 月} in the longest date: four year digits, 年, three numerals. */
    private static final int MAX_CHARS_BEFORE_MONTH = 8;
    /** {@code 月三十一日}: the month character, three numerals and the day character. */
    private static final int MAX_CHARS_FROM_MONTH = 5;
    private static final int YEAR_DIGITS = 4;

    private DateExpressions() {
    }

    /** A date found in text; {@code year} is null when the text gives none ({@code 1月17日}). */
    public record DateHit(int start, int end, Integer year, int month, int day) {
    }

    /** A bare year mention and where it stands. */
    public record YearHit(int start, int end, int year) {
    }

    /**
     * Every date in the text, in order. The pattern is tried only around each {@code 月}, so a page is scanned once
     * instead of the pattern being tried at every character.
     */
    public static List<DateHit> dates(String text) {
        List<DateHit> hits = new ArrayList<>();
        Matcher m = DATE.matcher(text).useTransparentBounds(true);
        int searched = 0;
        for (int at = text.indexOf('月'); at >= 0; at = text.indexOf('月', at + 1)) {
            int from = Math.max(searched, at - MAX_CHARS_BEFORE_MONTH);
            if (at < from) {
                continue;
            }
            m.region(from, Math.min(text.length(), at + MAX_CHARS_FROM_MONTH));
            if (m.find() && m.start() <= at && at < m.end()) {
                searched = m.end();
                int month = number(m.group(2));
                int day = number(m.group(3));
                if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
                    Integer year = m.group(1) == null ? null : number(m.group(1));
                    hits.add(new DateHit(m.start(), m.end(), year, month, day));
                }
            }
        }
        return hits;
    }

    /** Every four-digit year in the text, tried only in front of each {@code 年}. */
    public static List<YearHit> years(String text) {
        List<YearHit> hits = new ArrayList<>();
        Matcher m = YEAR.matcher(text).useTransparentBounds(true);
        for (int at = text.indexOf('年'); at >= 0; at = text.indexOf('年', at + 1)) {
            m.region(Math.max(0, at - YEAR_DIGITS), at + 1);
            if (m.find()) {
                hits.add(new YearHit(m.start(), m.end(), number(m.group(1))));
            }
        }
        return hits;
    }

    /** An ASCII, full-width or Chinese numeral ({@code 十六}, {@code 二〇二二}) as an int; -1 when unreadable. */
    static int number(String digits) {
        if (digits.chars().allMatch(Character::isDigit)) {
            int value = 0;
            for (int i = 0; i < digits.length(); i++) {
                value = value * 10 + Character.digit(digits.charAt(i), 10);
            }
            return value;
        }
        if (digits.length() == 4 && digits.indexOf('十') < 0) {
            int value = 0;
            for (int i = 0; i < 4; i++) {
                value = value * 10 + chineseDigit(digits.charAt(i));
            }
            return value;
        }
        int ten = digits.indexOf('十');
        if (ten < 0) {
            return digits.length() == 1 ? chineseDigit(digits.charAt(0)) : -1;
        }
        int tens = ten == 0 ? 1 : chineseDigit(digits.charAt(0));
        int units = ten == digits.length() - 1 ? 0 : chineseDigit(digits.charAt(ten + 1));
        return tens * 10 + units;
    }

    private static int chineseDigit(char c) {
        return "〇一二三四五六七八九".indexOf(c == '零' ? '〇' : c);
    }
}
