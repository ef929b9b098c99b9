package org.bulletinpipeline.nlp.extract.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the shape of a printed line says about it, independent of its words. Chinese newspapers set headlines as
 * short lines without sentence punctuation (phrases split by spaces or a comma, at most a closing {@code !}/{@code ?}),
 * while body paragraphs are long runs of sentences ending in {@code 。}. These predicates are the shared vocabulary
 * of page-cut repair and article segmentation.
 */
public final class Typography {

    /** Longest line still set as a headline; two-deck meeting headlines run to about 60 characters. */
    private static final int MAX_HEADLINE_LENGTH = 80;
    /** Shortest headline: four characters ({@code 重要会议}); two-character labels ({@code 强调}) are not headlines. */
    private static final int MIN_HEADLINE_LENGTH = 4;
    /** {@code ###### }: the longest heading marker with its blank. */
    private static final int MAX_MARKER_LENGTH = 7;

    /**
     * Headlines split their phrases with blanks and at most one comma ({@code 拨云见日,有序恢复!}); a line with more
     * clauses is running text cut short ({@code 据市商务局副局长王坤峰介绍,在城区,以居民小区为单元,…参与活动的商贸企业}).
     */
    private static final int MAX_HEADLINE_CLAUSES = 2;
    /**
     * A headline built of two comma-separated phrases keeps them short ({@code 紧盯教育领域开展专项整治,着力构建风清气正的育人环境});
     * a longer line with a comma is a sentence stopped by a cut ({@code 会上传达学习了…通知要求,发改部门重点介绍了全市}).
     */
    private static final int MAX_TWO_CLAUSE_HEADLINE = 36;
    /** Markdown-style heading markers some bulletins keep ({@code ## 标题}, {@code ### 小标题}). */
    private static final Pattern HEADING_MARKER = Pattern.compile("^#{1,6}\\s*");
    /** Sentence-internal or sentence-final stops that a headline never contains. */
    private static final Pattern SENTENCE_STOP = Pattern.compile("[。;]|[!?](?=[^\\s”’\"」』()])");
    /** A headline never ends in the middle of a clause: {@code ,}, {@code 、}, an opening quote or bracket. */
    private static final Pattern OPEN_END = Pattern.compile("[,、;:(《“‘「『\\[【—\\-…·]$");
    /** A line closing quoted speech ({@code “我们一定能打赢这场硬仗!”}) is a paragraph of its own, not a headline. */
    private static final Pattern QUOTED_SPEECH_END = Pattern.compile("[。!?…][”’\"」』]$");
    private static final Pattern CLAUSE_SPLIT = Pattern.compile("[,]");
    /** Jump notes close a story on a page: {@code (下转第三版)}, {@code (转第2版)}. */
    private static final Pattern JUMP_NOTE = Pattern.compile("[(](下转|转)(第?[^()]{1,6}版)[)]$");
    /** A jump note is at most a dozen characters: {@code (下转第三版)}. */
    private static final int JUMP_NOTE_SPAN = 12;
    private static final String TERMINALS = "。!?!?…;;::";
    private static final String CLOSERS = "”’\"」』))】》";

    private Typography() {
    }

    /** The line without a leading {@code #}/{@code ##} marker. */
    public static String stripHeadingMarker(String line) {
        return line.startsWith("#") ? HEADING_MARKER.matcher(line).replaceFirst("") : line;
    }

    /** The number of {@code #} opening the line, 0 when unmarked. */
    public static int headingMarkerLevel(String line) {
        int level = 0;
        while (level < line.length() && line.charAt(level) == '#') {
            level++;
        }
        return level > 0 && level < line.length() && Character.isWhitespace(line.charAt(level)) ? level : 0;
    }

    public static boolean containsCjk(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (isCjk(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    public static boolean isCjk(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /**
     * Whether the line closes a sentence or hands over to what follows: {@code 。!?…;:} and the dash that ends a
     * lead-in ({@code 也如约而至——}), a closing quote or bracket right after such a stop ({@code …说。”}), or a jump
     * note ({@code (下转第三版)}).
     */
    public static boolean endsSentence(String line) {
        String text = line.strip();
        if (text.isEmpty()) {
            return true;
        }
        if (text.endsWith("——") || endsWithJumpNote(text)) {
            return true;
        }
        int last = text.length() - 1;
        while (last > 0 && CLOSERS.indexOf(text.charAt(last)) >= 0) {
            last--;
        }
        return TERMINALS.indexOf(text.charAt(last)) >= 0;
    }

    /**
     * Whether the line is set like a headline: 4 to 80 characters with at least one Chinese character, no
     * sentence stop inside ({@code 。;}), no dangling clause at its end, and no clause shorter than three
     * characters (a page cut leaves {@code 本次活动将持续至1月30日,由群}, a headline has {@code 拨云见日,有序恢复!}), at
     * most two clauses, and balanced quotes and brackets.
     */
    public static boolean isHeadingShaped(String line) {
        if (line.length() > MAX_HEADLINE_LENGTH + MAX_MARKER_LENGTH) {
            return false;
        }
        String text = stripHeadingMarker(line.strip());
        int length = text.length();
        if (length < MIN_HEADLINE_LENGTH || length > MAX_HEADLINE_LENGTH || !containsCjk(text)) {
            return false;
        }
        if (SENTENCE_STOP.matcher(text).find() || OPEN_END.matcher(text).find()
                || QUOTED_SPEECH_END.matcher(text).find()) {
            return false;
        }
        String[] clauses = CLAUSE_SPLIT.split(text, -1);
        if (clauses.length > MAX_HEADLINE_CLAUSES || clauses.length > 1 && length > MAX_TWO_CLAUSE_HEADLINE) {
            return false;
        }
        for (String clause : clauses) {
            if (clause.strip().length() < 3) {
                return false;
            }
        }
        return balanced(text, '“', '”') && balanced(text, '《', '》') && balanced(text, '(', ')')
                && balanced(text, '(', ')');
    }

    /** Whether the line hands over to what follows with a dash ({@code 记者探访武汉超市——}). */
    public static boolean endsWithLeadIn(String line) {
        return line.strip().endsWith("——");
    }

    /**
     * Whether the line could be a kicker handing over to the title below it with a dash
     * ({@code 天津多部门启动应急预案,有序处理游客发热事件——} above {@code 3700位邮轮乘客的24小时}): headline-shaped once
     * the dash is off. Only a title right under it makes it one; above running text it is a sentence's lead-in.
     */
    public static boolean isLeadInKicker(String line) {
        String text = line.strip();
        return text.endsWith("——") && isHeadingShaped(text.substring(0, text.length() - 2));
    }

    /** A headline closes every quote and bracket it opens; a cut sentence may not ({@code “本次活动主要目的在于保证禹}). */
    private static boolean balanced(String text, char open, char close) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == open) {
                depth++;
            } else if (c == close && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    /** Whether the line ends with a jump note such as {@code (下转第三版)}. */
    public static boolean endsWithJumpNote(String line) {
        return JUMP_NOTE.matcher(tail(line.strip(), JUMP_NOTE_SPAN)).find();
    }

    /** The page a jump note sends the reader to ({@code (下转第三版)} → {@code 第三版}), or null. */
    public static String jumpTarget(String line) {
        Matcher m = JUMP_NOTE.matcher(tail(line.strip(), JUMP_NOTE_SPAN));
        return m.find() ? m.group(2) : null;
    }

    /** The line without its closing jump note. */
    public static String withoutJumpNote(String line) {
        String end = tail(line, JUMP_NOTE_SPAN);
        Matcher m = JUMP_NOTE.matcher(end);
        return m.find() ? line.substring(0, line.length() - end.length() + m.start()) : line;
    }

    /**
     * The last {@code length} characters of a text. Formulas that close a paragraph (jump notes, credits) are matched
     * against its tail only, so reading stays linear in the length of the page.
     */
    public static String tail(String text, int length) {
        return text.length() <= length ? text : text.substring(text.length() - length);
    }
}
