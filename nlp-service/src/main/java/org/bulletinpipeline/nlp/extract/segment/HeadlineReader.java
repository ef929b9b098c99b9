package org.bulletinpipeline.nlp.extract.segment;

import java.util.List;
import java.util.regex.Pattern;

import org.bulletinpipeline.nlp.extract.normalize.Typography;

/**
 * Splits a headline block into its decks. A Chinese headline has up to three: the kicker (引题) above the title, the
 * title (主题), and the subtitle (副题) below it. With three decks their order decides. With two, the second is a
 * subtitle when it reads like one (it opens with a dash, or lists who attended: {@code 刘涛提出要求 马正兰等参加}, or
 * is much shorter than a long title); otherwise the first is a kicker ({@code 抗击疫情 我们始终在一起} above
 * {@code 五星红旗在集中隔离点升起}). A series name ({@code 许昌战疫周报(三)}) or a brief column's unit line
 * ({@code 示范区}) is always a kicker. A column name heading several items ({@code 简讯快报}) is the kicker of the first
 * item only when printed right above its title; above a unit line it is left out.
 */
final class HeadlineReader {

    /** Subtitle formulas: a dash opening, or the attendance and remarks line of a meeting report. */
    private static final Pattern SUBTITLE_CUE = Pattern.compile(
            "^(——|—|--)|(参加|出席|主持|陪同|讲话|到会|致辞|提出要求|作出批示|调研|督导|看望)$");
    /** A series piece numbers its parts: {@code 许昌战疫周报(三)}, {@code 系列报道之二}. */
    private static final Pattern SERIES_NAME = Pattern.compile("([((][一二三四五六七八九十0-9]+[))]|之[一二三四五六七八九十]+|系列.*)$");
    /** Names of brief and news-roundup columns: {@code 简讯快报}, {@code 一线传真}, {@code 要闻速递}. */
    private static final Pattern COLUMN_NAME = Pattern.compile(
            "^.{0,6}(简讯|快讯|快报|短讯|短波|要闻|速递|集锦|播报|资讯|传真|动态|直击|聚焦|新闻)$");
    /** A subtitle under a long title is clearly shorter than it. */
    private static final double SUBTITLE_LENGTH_RATIO = 0.6;
    private static final int LONG_TITLE = 16;

    /** The decks of a headline; {@code briefUnit} when the kicker is a brief column's unit line. */
    record Headline(String kicker, String title, String subtitle, boolean briefUnit) {

        static final Headline NONE = new Headline(null, null, null, false);
    }

    Headline read(List<ClassifiedParagraph> block) {
        List<ClassifiedParagraph> decks = block;
        if (decks.isEmpty()) {
            return Headline.NONE;
        }
        if (decks.size() >= 3 && isColumnName(decks.getFirst()) && decks.get(1).is(ParagraphRole.UNIT_LINE)) {
            decks = decks.subList(1, decks.size());
        }
        if (decks.size() > 3) {
            decks = decks.subList(decks.size() - 3, decks.size());
        }
        return switch (decks.size()) {
            case 1 -> new Headline(null, text(decks.get(0)), null, false);
            case 2 -> twoDecks(decks.get(0), decks.get(1));
            default -> new Headline(text(decks.get(0)), text(decks.get(1)), text(decks.get(2)),
                    decks.get(0).is(ParagraphRole.UNIT_LINE));
        };
    }

    private static Headline twoDecks(ClassifiedParagraph first, ClassifiedParagraph second) {
        String upper = text(first);
        String lower = text(second);
        boolean kickerShaped = first.is(ParagraphRole.UNIT_LINE) || isColumnName(first)
                || SERIES_NAME.matcher(upper).find();
        if (!kickerShaped && (readsAsSubtitle(lower)
                || upper.length() >= LONG_TITLE && lower.length() <= upper.length() * SUBTITLE_LENGTH_RATIO)) {
            return new Headline(null, upper, lower, false);
        }
        return new Headline(upper, lower, null, first.is(ParagraphRole.UNIT_LINE));
    }

    static boolean readsAsSubtitle(String line) {
        return SUBTITLE_CUE.matcher(Typography.stripHeadingMarker(line)).find();
    }

    private static boolean isColumnName(ClassifiedParagraph deck) {
        return deck.paragraph().lines().size() == 1 && COLUMN_NAME.matcher(deck.text()).matches();
    }

    private static String text(ClassifiedParagraph deck) {
        StringBuilder text = new StringBuilder();
        for (var line : deck.paragraph().lines()) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(Typography.stripHeadingMarker(line.text()));
        }
        return text.toString();
    }
}
