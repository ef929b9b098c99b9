package org.bulletinpipeline.nlp.extract.date;

/** Reads numbers written in digits or Chinese numerals: {@code 14}, {@code 三}, {@code 二十}, {@code 百万}. */
public final class ChineseNumber {

    private ChineseNumber() {
    }

    /** The value of {@code s}, or -1 when it is not a number. */
    public static long parse(String s) {
        if (s == null || s.isEmpty()) {
            return -1;
        }
        if (s.chars().allMatch(Character::isDigit)) {
            return Long.parseLong(s);
        }
        long total = 0;
        long section = 0;
        long digit = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = "零一二三四五六七八九".indexOf(c);
            if (c == '两') {
                d = 2;
            }
            if (d >= 0) {
                digit = d;
                continue;
            }
            long unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '万' -> 10_000;
                case '亿' -> 100_000_000;
                default -> -1;
            };
            if (unit < 0) {
                return -1;
            }
            if (unit >= 10_000) {
                section = (section + Math.max(digit, 0)) * unit;
                total += section == 0 ? unit : section;
                section = 0;
            } else {
                section += (digit < 0 ? 1 : digit) * unit;
            }
            digit = -1;
        }
        return total + section + Math.max(digit, 0);
    }
}
