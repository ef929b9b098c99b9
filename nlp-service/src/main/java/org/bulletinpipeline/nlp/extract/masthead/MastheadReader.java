package org.bulletinpipeline.nlp.extract.masthead;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bulletinpipeline.nlp.extract.dateline.DateExpressions;
import org.bulletinpipeline.nlp.extract.dateline.DateExpressions.DateHit;
import org.bulletinpipeline.nlp.extract.model.Masthead;
import org.bulletinpipeline.nlp.extract.normalize.Paragraph;

/**
 * Reads the masthead (报头) a front page opens with: the paper's name ({@code # 禹州通讯}, often above its romanized
 * form {@code YUZHOU TONGXUN}), the issue date ({@code 2022年5月17日}; the weekday and lunar-calendar line under it is
 * ignored), the running issue number ({@code 总第2346期} → {@code 2346}) and the organizer ({@code 中共禹州市委主办} →
 * {@code 中共禹州市委}; a party paper's {@code 中共某某县委机关报} names it too). The masthead is the run of opening
 * paragraphs made only of such lines and of the other furniture of a 报头 (editing office, hotline, registration
 * number, app promotion); a one-line masthead sets its parts apart with blanks
 * ({@code 中共某某县委机关报 某某报 2021年12月30日}). A page without one, for example one opening with a series kicker
 * ({@code 许昌战疫周报(三)}), has none.
 */
public final class MastheadReader {

    private static final Pattern NAME_MARKER = Pattern.compile("^#\\s+(.+)$");
    /** The romanized paper name printed under the Chinese one. */
    private static final Pattern ROMANIZED_NAME = Pattern.compile("^[A-Z][A-Z .'-]{3,}$");
    /** Names papers and bulletins give themselves: {@code …日报}, {@code …通讯}, {@code …周刊}. */
    private static final Pattern PUBLICATION_NAME = Pattern.compile(
            "^[\\p{IsHan}·]{2,12}(报|日报|晚报|晨报|时报|周报|导报|通讯|周刊|快报|简报|通报|专刊|信息|动态|月刊|旬刊)$");
    /** The issue date, alone or with weekday, lunar date and issue number on the same line. */
    private static final Pattern FULL_DATE = Pattern.compile("[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日");
    /** A masthead line holding a date is short; a headline or lead mentioning a full date is longer. */
    private static final int MAX_DATE_LINE = 40;
    /** The weekday and lunar-calendar line under the date: {@code 星期二 农历壬寅年四月十七}. */
    private static final Pattern WEEKDAY_OR_LUNAR = Pattern.compile("^(星期.|周[一二三四五六日天])$|^农历");
    /** {@code 总第2346期}, {@code 第15期}: the running issue number, total count preferred. */
    private static final Pattern ISSUE_NUMBER = Pattern.compile("(总第|第)\\s*([0-9]+)\\s*期");
    /** {@code 中共禹州市委主办}, {@code 主办单位:中共禹州市委}. */
    private static final Pattern ORGANIZER = Pattern.compile("^(.{2,30}?)(?:主办|机关报)$|^主办(?:单位)?[:](.{2,30})$");
    /**
     * Other furniture of a 报头, anchored the way it is printed so a headline mentioning such a word does not count:
     * the office that edits or prints it ({@code 禹州市融媒体中心编辑}), contacts ({@code 新闻热线:0374-8883029}),
     * registration ({@code 豫内资[许连]00003号}, {@code 内部资料 免费交流}), edition size and app promotion
     * ({@code 云上禹州客户端}).
     */
    private static final Pattern FURNITURE = Pattern.compile(
            "(主管|承办|编辑|编印|印发|出版|印刷|发行)$|^(新闻热线|热线|电话|传真|邮箱|邮编|地址|网址|定价|零售价|广告|发行)"
                    + "|内部资料|免费交流|准印|刊号|资\\[|CN\\d|客户端$|公众号$|二维码|扫一扫|^(今日|本期)[0-9]+版$");
    /** The page number of a running head: {@code 第2版}, {@code 3版}, {@code A4版}. */
    private static final Pattern PAGE_NUMBER = Pattern.compile("(^|\\s|第)[A-Z]?[0-9一二三四五六七八九十]{1,3}版(\\s|$)");
    private static final int MAX_RUNNING_HEAD = 60;
    /** How many opening paragraphs a masthead can span (one per line in dumps without blank lines). */
    private static final int MAX_MASTHEAD_PARAGRAPHS = 16;

    /** The masthead and how many opening paragraphs it takes; no masthead means zero paragraphs. */
    public record MastheadRead(Masthead masthead, int paragraphs) {

        public static final MastheadRead NONE = new MastheadRead(null, 0);
    }

    public MastheadRead read(List<Paragraph> paragraphs) {
        Fields fields = new Fields();
        int consumed = 0;
        for (int p = 0; p < Math.min(MAX_MASTHEAD_PARAGRAPHS, paragraphs.size()); p++) {
            boolean allMasthead = true;
            for (var line : paragraphs.get(p).lines()) {
                allMasthead &= fields.readLine(line.text());
            }
            if (!allMasthead) {
                break;
            }
            consumed = p + 1;
        }
        if (!fields.printed()) {
            return MastheadRead.NONE;
        }
        return new MastheadRead(new Masthead(fields.publication, fields.publishedOn, fields.issueNo, fields.organizer),
                consumed);
    }

    /** What the masthead lines read so far have given; the first value of each field wins. */
    private static final class Fields {
        String publication;
        LocalDate publishedOn;
        String issueNo;
        String organizer;
        String previousPiece;

        /** Reads one line; true when the line is masthead material through and through. */
        boolean readLine(String line) {
            boolean dated = false;
            Matcher date = FULL_DATE.matcher(line);
            if (line.length() <= MAX_DATE_LINE && date.find()) {
                publishedOn = publishedOn != null ? publishedOn : issueDate(date.group());
                dated = true;
            }
            Matcher marker = NAME_MARKER.matcher(line);
            if (marker.matches()) {
                publication = publication != null ? publication : marker.group(1).strip();
                return true;
            }
            if (ROMANIZED_NAME.matcher(line).matches()) {
                if (publication == null && previousPiece != null && PUBLICATION_NAME.matcher(previousPiece).matches()) {
                    publication = previousPiece;
                }
                return true;
            }
            boolean allKnown = true;
            for (String piece : line.split(" ")) {
                allKnown &= readPiece(piece);
                previousPiece = piece;
            }
            return allKnown || dated;
        }

        private boolean readPiece(String piece) {
            boolean known = false;
            if (FULL_DATE.matcher(piece).matches()) {
                known = true;
            }
            Matcher issue = ISSUE_NUMBER.matcher(piece);
            if (issue.find()) {
                issueNo = issue.group(1).equals("总第") || issueNo == null ? asciiDigits(issue.group(2)) : issueNo;
                known = true;
            }
            Matcher organizes = ORGANIZER.matcher(piece);
            if (organizes.find()) {
                String name = (organizes.group(1) != null ? organizes.group(1) : organizes.group(2)).strip();
                organizer = organizer != null ? organizer : name;
                known = true;
            } else if (PUBLICATION_NAME.matcher(piece).matches()) {
                publication = publication != null ? publication : piece;
                known = true;
            }
            return known || WEEKDAY_OR_LUNAR.matcher(piece).find() || FURNITURE.matcher(piece).find();
        }

        /** A name with a date, issue number or organizer, or a date with one of the latter: a name alone is not. */
        boolean printed() {
            return publication != null && (publishedOn != null || issueNo != null || organizer != null)
                    || publishedOn != null && (issueNo != null || organizer != null);
        }
    }

    /**
     * Whether a paragraph is the running head an inner page repeats at its top: the paper's name or the date together
     * with the page number ({@code 2022年5月17日 星期二 第2版 要闻}, {@code 禹州通讯 综合新闻 3版}). It belongs to no
     * article.
     */
    public boolean isRunningHead(Paragraph paragraph) {
        if (paragraph.lines().size() != 1) {
            return false;
        }
        String line = paragraph.text();
        if (line.length() > MAX_RUNNING_HEAD || !PAGE_NUMBER.matcher(line).find() || line.startsWith("(")
                || line.startsWith("(")) {
            return false;
        }
        if (FULL_DATE.matcher(line).find()) {
            return true;
        }
        for (String piece : line.split(" ")) {
            if (PUBLICATION_NAME.matcher(piece).matches()) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate issueDate(String text) {
        List<DateHit> hits = DateExpressions.dates(text);
        if (hits.isEmpty() || hits.getFirst().year() == null) {
            return null;
        }
        DateHit hit = hits.getFirst();
        try {
            return LocalDate.of(hit.year(), hit.month(), hit.day());
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static String asciiDigits(String digits) {
        StringBuilder ascii = new StringBuilder(digits.length());
        digits.chars().forEach(c -> ascii.append(Character.digit(c, 10)));
        return ascii.toString();
    }
}
