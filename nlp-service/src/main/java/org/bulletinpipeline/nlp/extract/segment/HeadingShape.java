package org.bulletinpipeline.nlp.extract.segment;

import java.util.ArrayList;
import java.util.List;

import org.bulletinpipeline.nlp.extract.normalize.MappedText;

/**
 * The typographic shape of a headline block, for telling parallel sub-headings of one story from the headlines of
 * different stories. Each line is a lead-in ({@code 保障要素——}), a quotation ({@code “我的手机24小时畅通”}), a short
 * label ({@code 湖南汉寿}, {@code 长沙 超市补货员贺畅}) or a headline phrase; parallel blocks have the same kinds of
 * lines in the same order and lines of comparable length.
 */
final class HeadingShape {

    /** Labels and sub-heading phrases stay short; a story title is usually longer. */
    private static final int SHORT_LINE = 12;
    /** Parallel lines differ in length by at most this factor ({@code 专业队伍入驻 现场解决难题}, {@code 专人精准对接 线上线下协同}). */
    private static final double LENGTH_RATIO = 1.6;

    private HeadingShape() {
    }

    static boolean parallel(List<ClassifiedParagraph> a, List<ClassifiedParagraph> b) {
        List<String> left = lines(a);
        List<String> right = lines(b);
        if (left.size() != right.size()) {
            return false;
        }
        for (int i = 0; i < left.size(); i++) {
            if (kind(left.get(i)) != kind(right.get(i)) || !comparableLength(left.get(i), right.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> lines(List<ClassifiedParagraph> block) {
        List<String> lines = new ArrayList<>();
        for (ClassifiedParagraph p : block) {
            p.paragraph().lines().stream().map(MappedText::text).forEach(lines::add);
        }
        return lines;
    }

    private enum Kind { LEAD_IN, QUOTATION, LABEL, PHRASE }

    private static Kind kind(String line) {
        if (line.endsWith("——")) {
            return Kind.LEAD_IN;
        }
        if (line.startsWith("“")) {
            return Kind.QUOTATION;
        }
        return line.length() <= SHORT_LINE && line.indexOf(',') < 0 ? Kind.LABEL : Kind.PHRASE;
    }

    private static boolean comparableLength(String a, String b) {
        int shorter = Math.min(a.length(), b.length());
        int longer = Math.max(a.length(), b.length());
        return longer <= shorter * LENGTH_RATIO || kind(a) == Kind.LEAD_IN;
    }
}
