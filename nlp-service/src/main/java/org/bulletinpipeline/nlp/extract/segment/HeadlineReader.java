package org.bulletinpipeline.nlp.extract.segment;

import java.util.ArrayList;
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

    /** A subtitle opening with a dash: {@code ——二论学习贯彻县第十四次党代会精神}. */
    private static final Pattern SUBTITLE_DASH = Pattern.compile("^(——|—|--)");
    /**
     * The attendance and remarks deck of a meeting report ({@code 刘涛提出要求 马正兰等参加},
     * {@code 刘保新主持 张庆一等出席}) ends with who attended or spoke.
     */
    private static final Pattern SUBTITLE_CUE = Pattern.compile(
            "(等参加|等出席|参加|出席|主持|陪同|讲话|到会|致辞|提出要求|作出批示)$");
    /** Couplet titles close each line with the same exclamation or question mark. */
    private static final Pattern COUPLET_END = Pattern.compile("[!?]$");
    /** Lines of a couplet title differ in length by a character or two at most. */
    private static final int PARALLEL_LENGTH_SLACK = 2;
    /** A series piece numbers its parts: {@code 许昌战疫周报(三)}, {@code 系列报道之二}. */
    private static final Pattern SERIES_NAME = Pattern.compile("([(][一二三四五六七八九十0-9]+[)]|之[一二三四五六七八九十]+|系列.*)$");
    /** Names of brief and news-roundup columns: {@code 简讯快报}, {@code 一线传真}, {@code 要闻速递}. */
    private static final Pattern COLUMN_NAME = Pattern.compile(
            "^.{0,6}(简讯|快讯|快报|短讯|短波|要闻|速递|集锦|播报|资讯|传真|动态|直击|聚焦|新闻)$");
    /** A subtitle under a long title is clearly shorter than it. */
    private static final double SUBTITLE_LENGTH_RATIO = 0.6;
    /** Only a title of this length or more has room for a shorter subtitle under it. */
    private static final int LONG_TITLE = 16;

    /** The decks of a headline; {@code briefUnit} when the kicker is a brief column's unit line. */
    record Headline(String kicker, String title, String subtitle, boolean briefUnit) {

        static final Headline NONE = new Headline(null, null, null, false);
    }

    Headline read(List<ClassifiedParagraph> block) {
        List<Deck> decks = decks(block);
        if (decks.isEmpty()) {
            return Headline.NONE;
        }
        if (decks.size() >= 3 && decks.getFirst().column() && decks.get(1).unit()) {
            decks = decks.subList(1, decks.size());
        }
        if (decks.size() > 3) {
            decks = decks.subList(decks.size() - 3, decks.size());
        }
        return switch (decks.size()) {
            case 1 -> new Headline(null, decks.get(0).text(), null, false);
            case 2 -> twoDecks(decks.get(0), decks.get(1));
            default -> new Headline(decks.get(0).text(), decks.get(1).text(), decks.get(2).text(),
                    decks.get(0).unit());
        };
    }

    /** One deck of a headline as printed. */
    private record Deck(String text, boolean unit, boolean column) {
    }

    /**
     * The decks of a headline block. A paragraph of several lines is one deck when its lines are parallel (a
     * couplet title: {@code 拨云见日,有序恢复!} / {@code 统筹推进,双战双赢!}); otherwise each line is a deck
     * ({@code 坚定信心 真抓实干} / {@code 奋力开创…新局面} / {@code ——二论…}).
     */
    private static List<Deck> decks(List<ClassifiedParagraph> block) {
        List<Deck> decks = new ArrayList<>();
        for (ClassifiedParagraph paragraph : block) {
            List<String> lines = paragraph.paragraph().lines().stream()
                    .map(line -> Typography.stripHeadingMarker(line.text()))
                    .toList();
            boolean unit = paragraph.is(ParagraphRole.UNIT_LINE);
            if (lines.size() == 1 || parallel(lines)) {
                String text = String.join("\n", lines);
                decks.add(new Deck(text, unit, lines.size() == 1 && COLUMN_NAME.matcher(text).matches()));
            } else {
                lines.forEach(line -> decks.add(new Deck(line, ParagraphClassifier.isUnitLine(line),
                        COLUMN_NAME.matcher(line).matches())));
            }
        }
        return joinCouplets(decks);
    }

    /**
     * Two consecutive decks closing with the same exclamation or question mark and of the same length are the two
     * lines of one couplet title even when the dump set them apart ({@code 拨云见日,有序恢复!} / {@code 统筹推进,双战双赢!}).
     */
    private static List<Deck> joinCouplets(List<Deck> decks) {
        List<Deck> joined = new ArrayList<>();
        for (Deck deck : decks) {
            if (!joined.isEmpty() && isCoupletLine(joined.getLast()) && isCoupletLine(deck)
                    && deck.text().endsWith(joined.getLast().text().substring(joined.getLast().text().length() - 1))
                    && Math.abs(deck.text().length() - joined.getLast().text().length()) <= PARALLEL_LENGTH_SLACK) {
                joined.add(new Deck(joined.removeLast().text() + "\n" + deck.text(), false, false));
            } else {
                joined.add(deck);
            }
        }
        return joined;
    }

    private static boolean isCoupletLine(Deck deck) {
        String text = deck.text();
        return !deck.unit() && !deck.column() && text.indexOf('\n') < 0 && COUPLET_END.matcher(text).find();
    }

    private static boolean parallel(List<String> lines) {
        String first = lines.getFirst();
        for (String line : lines) {
            if (Math.abs(line.length() - first.length()) > PARALLEL_LENGTH_SLACK
                    || line.charAt(line.length() - 1) != first.charAt(first.length() - 1)
                    && (isPunctuation(line.charAt(line.length() - 1)) || isPunctuation(first.charAt(first.length() - 1)))
                    || SUBTITLE_DASH.matcher(line).find()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPunctuation(char c) {
        return !Character.isLetterOrDigit(c);
    }

    private static Headline twoDecks(Deck first, Deck second) {
        String upper = first.text();
        String lower = second.text();
        boolean kickerShaped = first.unit() || first.column() || SERIES_NAME.matcher(upper).find()
                || Typography.endsWithLeadIn(upper);
        if (!kickerShaped && (readsAsSubtitle(lower)
                || upper.length() >= LONG_TITLE && lower.length() <= upper.length() * SUBTITLE_LENGTH_RATIO)) {
            return new Headline(null, upper, lower, false);
        }
        return new Headline(upper, lower, null, first.unit());
    }

    /** Whether the line names a brief or round-up column ({@code 简讯快报}, {@code 一线传真}). */
    static boolean isColumnName(String line) {
        return COLUMN_NAME.matcher(line).matches();
    }

    static boolean readsAsSubtitle(String line) {
        String text = Typography.stripHeadingMarker(line);
        return SUBTITLE_DASH.matcher(text).find() || SUBTITLE_CUE.matcher(text).find();
    }
}
