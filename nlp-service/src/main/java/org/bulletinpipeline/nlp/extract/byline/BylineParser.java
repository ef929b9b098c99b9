package org.bulletinpipeline.nlp.extract.byline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bulletinpipeline.nlp.extract.model.Byline;
import org.bulletinpipeline.nlp.extract.model.BylineRole;
import org.bulletinpipeline.nlp.extract.normalize.Typography;

/**
 * Reads who is credited for an item from the byline formulas of Chinese newsrooms:
 * <ul>
 * <li>the news-agency formula opening the lead: {@code 本报讯(记者 高伟山)}, {@code 本报讯(记者王金伟)},
 * {@code 本报讯(记者 张辉 通讯员朱延昭)}, {@code 新华社北京5月16日电(记者 李明)};</li>
 * <li>a credit line of its own: {@code 本报记者 武芳}, {@code 记者 张辉 通讯员 朱延昭}, {@code 文字整理 石冠兵},
 * {@code 制图 王辉}, {@code 编辑:李明}; page production credits ({@code 责任编辑:李明 校对:王芳}) are recognized but
 * are not bylines of the item;</li>
 * <li>a bare name line under the headline of a signed piece: {@code 方丽红}, {@code 魏永涛 屈笑笑};</li>
 * <li>a parenthesized name closing a story: {@code (冯纪宣)}; an organisation there ({@code (组织部)}) is a source
 * credit, not a byline;</li>
 * <li>photo credits: {@code 王建辉 摄}, {@code 摄影报道:杨晓惠}, {@code (记者 张三 摄)},
 * {@code 本栏照片均为本报记者马晓伟摄};</li>
 * <li>magazine-style labels: {@code 文/张三 图/李四}.</li>
 * </ul>
 */
public final class BylineParser {

    /** Role words, longest first so that {@code 摄影报道} wins over {@code 摄影} and {@code 本报记者} over {@code 记者}. */
    private static final Pattern ROLE_WORD = Pattern.compile(
            "本版制图|本版编辑|版式设计|美术编辑|本报首席记者|本报特约记者|本报实习记者|本报记者|本报通讯员|首席记者|特约记者|实习记者|全媒体记者|融媒体记者|见习记者|摄影记者"
                    + "|记者|特约通讯员|通讯员|实习生|摄影报道|摄影|摄像|图片|文字整理|整理|制图|责任编辑|责编|美编|编辑|校对|审核|审校|初审|复审|终审|签发|作者");
    /** Separators between names inside a credit: blanks, enumeration comma, slash, colon. */
    private static final Pattern NAME_SEPARATOR = Pattern.compile("[\\s、,/:]+");
    /** Separators that always part two names; a blank may instead sit inside one ({@code 韩 鑫}). */
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[、,/:]+");
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    /**
     * The agency or picture desk a photo came through, after the credit: {@code 曹永龙摄(影像中国)},
     * {@code 许建园摄(新华社发)}; it names no person.
     */
    private static final Pattern PHOTO_SOURCE = Pattern.compile("(?<=摄|摄影)\\s*\\([^()]{2,10}\\)\\s*$");
    /**
     * Notes on the author or on where a piece was first printed close it without naming a byline:
     * {@code (作者单位:中国政法大学人文学院)}, {@code (作者为全国政协委员)}, {@code (摘编自2月5日《解放日报》)}.
     */
    private static final Pattern CLOSING_NOTE = Pattern.compile(
            "^\\((作者单位|作者为|作者系|作者分别为|作者是|摘编自|摘自|转自|原载|来源:|据《)[^()]{2,100}\\)$");
    /** The opening formula: who reports, then an optional parenthesized credit ({@code 本报讯(记者 高伟山)}). */
    private static final Pattern LEAD_FORMULA = Pattern.compile(
            "^(?:(本报讯|本报[^,。()]{0,10}讯|本刊讯|本报[^,。()]{0,16}电|[^,。()]{0,8}(?:社|台|网)[^,。()]{0,16}电)\\s*)?"
                    + "(?:[(]([^()]{2,80})[)])?");
    /** {@code 王建辉 摄}, {@code 记者 王建辉 摄}, {@code 王建辉/摄}: a name credited for the photo, closing the caption. */
    private static final Pattern TRAILING_PHOTO_CREDIT = Pattern.compile(
            "(?:^|[。!?\\s])((?:本报)?(?:摄影)?(?:记者|通讯员)?\\s*[\\p{IsHan}\\s、]{2,20}?)\\s*[/]?\\s*摄(?:影)?(?:报道)?$");
    /** {@code 本栏照片均为本报记者马晓伟摄}: one photographer credited for a column or page. */
    private static final Pattern COLUMN_PHOTO_CREDIT = Pattern.compile(
            "^(?:本[栏版期组]|以上)?(?:照片|图片)(?:均为|均由|由)(.{2,20}?)(?:摄|拍摄|提供)$");
    /** {@code 摄影报道:杨晓惠}, {@code 摄影:李明}, {@code 图/李明}: the photographer named after a label. */
    private static final Pattern LABELLED_PHOTO_CREDIT = Pattern.compile(
            "(摄影报道|摄影|图片|图)[:/]\\s*([\\p{IsHan}\\s、]{2,20})$");
    private static final int MAX_NAMES_ON_LINE = 4;
    /**
     * Page production credits ({@code 责任编辑:李明 校对:王芳}) name who made the page, not the item: recognized so
     * they stay out of bodies and headlines, but not bylines. Item credits ({@code 文字整理 石冠兵}, {@code 制图 王辉},
     * {@code 编辑 张三}) are.
     */
    private static final Pattern PAGE_PRODUCTION = Pattern.compile("责任编辑|责编|美编|校对|审核|审校|初审|复审|终审|签发");
    /** {@code (上接第一版)}, {@code (下转第三版)}: jump notes, not credits. */
    private static final Pattern JUMP_WORDS = Pattern.compile("^(上接|接|下转|转)第?.{1,6}版$");
    /** A story continued from another page opens with {@code (上接第一版)}; the note is not part of the lead. */
    private static final Pattern CONTINUED_FROM = Pattern.compile("[(](上接|接)第?[^()]{1,6}版[)]\\s*");
    private static final Pattern BULLET = Pattern.compile("[■□●○◆◇▲△★☆▶►•◎※]+\\s*");
    /** {@code 本报记者 张三 李四 通讯员 王五 赵六}: a credit line stays well under forty characters. */
    private static final int MAX_CREDIT_LINE = 40;
    /**
     * A parenthesized credit closing a story fits in the last 192 characters, a dispatch note from a dozen bureaus with
     * their reporters included ({@code (本报北京、东京、巴黎…2月27日电 记者曲颂、苑基荣…)}); only that tail is searched.
     */
    private static final int CREDIT_SPAN = 192;
    /** A photo credit, with the picture desk after it, fits in 64 ({@code 。本栏照片均为本报记者马晓伟摄(人民视觉)}). */
    private static final int PHOTO_CREDIT_SPAN = 64;
    /** Collective signatures of commentaries: {@code 本报评论员}, {@code 本报编辑部}; no person is named. */
    private static final Pattern PEN_NAME = Pattern.compile("^(本报|本刊)?(特约|特邀)?(评论员|编辑部|社论)$");
    /** {@code 来源:许昌日报}: where a reprint comes from, a source credit with no byline. */
    private static final Pattern SOURCE_CREDIT = Pattern.compile("^(稿件|信息|新闻)?来源[:]\\s*\\S{2,30}$");
    /** Magazine-style labels: {@code 文/张三}, {@code 图|李四}, {@code 文/张三 图/李四}. */
    private static final Pattern SLASH_LABEL = Pattern.compile("(文字|文图|图文|文|图片|图|摄影|摄)\\s*[/|]\\s*");
    /** {@code …现场。(记者 张三 摄)}: a photo credit in parentheses closing the caption. */
    private static final Pattern PARENTHESIZED_PHOTO_CREDIT = Pattern.compile("[(]([^()]{2,24}?)\\s*摄(?:影)?[)]$");
    /** A credit line is short and carries no sentence punctuation ({@code 记者从市卫健委获悉,…} is a lead). */
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[。,;!?“”]");
    /**
     * A wire formula inside a closing credit, with or without the reporter: {@code (本报罗马2月3日电)},
     * {@code (新华社北京4月30日电 记者王秉阳)}.
     */
    private static final Pattern CLOSING_DISPATCH = Pattern.compile(
            "^(综合)?(本报|新华社|中新社|[^()]{0,8}(社|台|网))[^()]{0,80}?电\\s*");
    /** A parenthesized credit closing a story: {@code (冯纪宣)}, {@code (组织部)}. */
    private static final Pattern CLOSING_CREDIT = Pattern.compile("[(]([^()。,]{2,160})[)]$");
    /** What follows a name in a photo credit: {@code 王建辉 摄}, {@code 李明摄影}, {@code 李明 报道}. */
    private static final Pattern CREDIT_VERB = Pattern.compile("(摄影|报道|摄|拍摄)$");
    private static final Pattern PUBLISHER_PREFIX = Pattern.compile("^(本报|本刊)");
    private static final Pattern ORGANISATION_CREDIT = Pattern.compile("[\\p{IsHan}]{2,160}");

    /**
     * The bylines of a paragraph that is nothing but a credit ({@code 本报记者 武芳}, {@code 文字整理 石冠兵\n制图 王辉},
     * {@code (冯纪宣)}, {@code 摄影报道:杨晓惠}); empty when the paragraph is something else. An organisation credit
     * ({@code (组织部)}) is a credit paragraph with no byline.
     */
    public Optional<List<Byline>> creditParagraph(String paragraph) {
        List<Byline> bylines = new ArrayList<>();
        for (String rawLine : paragraph.split("\n")) {
            String line = rawLine.substring(bulletLength(rawLine)).strip();
            Optional<List<Byline>> read = creditLine(line);
            if (read.isEmpty()) {
                return Optional.empty();
            }
            bylines.addAll(read.get());
        }
        return Optional.of(distinct(bylines));
    }

    private Optional<List<Byline>> creditLine(String received) {
        String line = withoutPhotoSource(received);
        if (CLOSING_NOTE.matcher(line).matches()) {
            return Optional.of(List.of());
        }
        if (PARENTHESIZED_PHOTO_CREDIT.matcher(line).matches()) {
            List<Byline> photo = photoCredit(line);
            return photo.isEmpty() ? Optional.empty() : Optional.of(photo);
        }
        Matcher closing = CLOSING_CREDIT.matcher(line);
        if (closing.matches()) {
            return parenthesizedCredit(closing.group(1));
        }
        Matcher column = COLUMN_PHOTO_CREDIT.matcher(line);
        if (column.matches()) {
            List<Byline> names = credits(column.group(1), BylineRole.PHOTOGRAPHER, true);
            return names.isEmpty() ? Optional.empty() : Optional.of(names);
        }
        if (line.endsWith("摄") || line.endsWith("摄影") || line.endsWith("摄影报道")) {
            List<Byline> photo = photoCredit(line);
            return photo.isEmpty() || !photoCreditIsWholeLine(line) ? Optional.empty() : Optional.of(photo);
        }
        if (SOURCE_CREDIT.matcher(line).find() || PEN_NAME.matcher(line).matches()) {
            return Optional.of(List.of());
        }
        Matcher label = SLASH_LABEL.matcher(line);
        if (label.lookingAt()) {
            List<Byline> names = slashLabelled(line);
            return names.isEmpty() ? Optional.empty() : Optional.of(names);
        }
        Matcher role = ROLE_WORD.matcher(line);
        if (role.lookingAt() && line.length() <= MAX_CREDIT_LINE && !SENTENCE_PUNCTUATION.matcher(line).find()) {
            List<Byline> names = credits(line, BylineRole.AUTHOR, false);
            if (PAGE_PRODUCTION.matcher(line).lookingAt()) {
                return Optional.of(names.stream().filter(b -> b.role() != BylineRole.EDITOR).toList());
            }
            return names.isEmpty() ? Optional.empty() : Optional.of(names);
        }
        return Optional.empty();
    }

    /**
     * Names of a bare byline line under a headline ({@code 魏永涛 屈笑笑}, or with the writer's unit
     * {@code 市纪委监委 冯纪宣}); empty when it is not one.
     */
    public List<Byline> bareNameLine(String line) {
        String[] tokens = NAME_SEPARATOR.split(line.strip());
        if (tokens.length == 0 || tokens.length > MAX_NAMES_ON_LINE) {
            return List.of();
        }
        List<Byline> bylines = new ArrayList<>();
        for (String token : tokens) {
            if (PersonNameShape.isPersonName(token)) {
                bylines.add(new Byline(BylineRole.AUTHOR, token));
            } else if (!PersonNameShape.isInstitution(token)) {
                return List.of();
            }
        }
        return bylines;
    }

    /**
     * The byline formula opening a lead paragraph, if any: {@code 本报讯(记者 高伟山)5月16日,…} gives the reporter and
     * the length of the formula, so the body can start at {@code 5月16日}.
     */
    public LeadCredit leadFormula(String lead) {
        int bullet = bulletLength(lead);
        Matcher continued = CONTINUED_FROM.matcher(lead).region(bullet, lead.length());
        if (continued.lookingAt()) {
            LeadCredit rest = leadFormula(lead.substring(continued.end()));
            return new LeadCredit(rest.bylines(), continued.end() + rest.formulaLength());
        }
        Matcher m = LEAD_FORMULA.matcher(lead).region(bullet, lead.length());
        if (!m.lookingAt() || m.end() == bullet) {
            return LeadCredit.NONE;
        }
        if (m.group(2) == null) {
            return m.group(1) == null ? LeadCredit.NONE : new LeadCredit(List.of(), m.end());
        }
        // names in the formula without a role word are the writers': 本报北京2月12日电 (唐维红、张晓赫)
        List<Byline> names = credits(m.group(2), BylineRole.AUTHOR, false);
        boolean hasRoleWord = ROLE_WORD.matcher(m.group(2)).find();
        if (names.isEmpty() || !hasRoleWord && m.group(1) == null) {
            // (下简称…) or (市、区) are asides, not credits; the agency formula alone still opens the lead.
            return m.group(1) == null ? LeadCredit.NONE : new LeadCredit(List.of(), m.end(1));
        }
        return new LeadCredit(names, m.end());
    }

    /** Whether the paragraph opens with a continued-from note ({@code (上接第一版)…}). */
    public boolean continuesFromAnotherPage(String paragraph) {
        return CONTINUED_FROM.matcher(paragraph).region(bulletLength(paragraph), paragraph.length()).lookingAt();
    }

    /** Decorative bullets some papers set before a credit or formula: {@code ■本报记者 张三}, {@code ●本报讯}. */
    private static int bulletLength(String line) {
        Matcher m = BULLET.matcher(line);
        return m.lookingAt() ? m.end() : 0;
    }

    /**
     * A parenthesized credit closing the last paragraph of a story ({@code …工作落实。(冯纪宣)}) and where it starts;
     * an organisation credit ({@code 。(组织部)}) is recognized with no bylines so it can be cut from the body.
     */
    public Optional<ClosingCredit> closingCredit(String paragraph) {
        String text = paragraph.strip();
        if (!text.endsWith(")")) {
            return Optional.empty();
        }
        String end = Typography.tail(text, CREDIT_SPAN);
        Matcher m = CLOSING_CREDIT.matcher(end);
        int start = m.find() ? text.length() - end.length() + m.start() : -1;
        if (start > 0 && CLOSING_NOTE.matcher(text.substring(start)).matches()
                && Typography.endsSentence(text.substring(0, start))) {
            return Optional.of(new ClosingCredit(List.of(), start));
        }
        if (start <= 0 || !Typography.endsSentence(text.substring(0, start))) {
            return Optional.empty();
        }
        return parenthesizedCredit(m.group(1)).map(names -> new ClosingCredit(names, start));
    }

    /** The photographer credited at the end of a caption ({@code …一线。王建辉 摄}, {@code …现场。摄影报道:杨晓惠}). */
    public List<Byline> photoCredit(String caption) {
        String tail = Typography.tail(caption.strip(), PHOTO_CREDIT_SPAN);
        // every credit below names the photo with 摄 (摄影, 拍摄), 图 (图片) or 照 (照片): most paragraphs have none
        // of them at their end and need none of the patterns tried
        if (tail.indexOf('摄') < 0 && tail.indexOf('图') < 0 && tail.indexOf('照') < 0) {
            return List.of();
        }
        String text = withoutPhotoSource(tail);
        Matcher report = LABELLED_PHOTO_CREDIT.matcher(text);
        if (report.find()) {
            return credits(report.group(2), BylineRole.PHOTOGRAPHER, true);
        }
        Matcher column = COLUMN_PHOTO_CREDIT.matcher(text);
        if (column.matches()) {
            return credits(column.group(1), BylineRole.PHOTOGRAPHER, true);
        }
        Matcher parenthesized = PARENTHESIZED_PHOTO_CREDIT.matcher(text);
        if (parenthesized.find()) {
            return credits(parenthesized.group(1), BylineRole.PHOTOGRAPHER, true);
        }
        Matcher trailing = TRAILING_PHOTO_CREDIT.matcher(text);
        if (trailing.find()) {
            return credits(trailing.group(1), BylineRole.PHOTOGRAPHER, true);
        }
        return List.of();
    }

    /** The line without the picture desk after its photo credit ({@code 曹永龙摄(影像中国)} → {@code 曹永龙摄}). */
    private static String withoutPhotoSource(String line) {
        if (!line.endsWith(")")) {
            return line;
        }
        int cut = Math.max(0, line.length() - PHOTO_CREDIT_SPAN);
        return line.substring(0, cut) + PHOTO_SOURCE.matcher(line.substring(cut)).replaceFirst("");
    }

    /** {@code 文/张三 图/李四}: the writer is the author, the picture's maker the photographer. */
    private static List<Byline> slashLabelled(String line) {
        List<Byline> bylines = new ArrayList<>();
        Matcher label = SLASH_LABEL.matcher(line);
        BylineRole role = null;
        int at = 0;
        while (label.find()) {
            if (role != null) {
                addNames(line.substring(at, label.start()), role, bylines);
            }
            role = label.group(1).startsWith("文") ? BylineRole.AUTHOR : BylineRole.PHOTOGRAPHER;
            at = label.end();
        }
        if (role != null) {
            addNames(line.substring(at), role, bylines);
        }
        return distinct(bylines);
    }

    /** Whether the line is a commentary's collective signature ({@code 本报评论员}). */
    public boolean isPenName(String line) {
        return PEN_NAME.matcher(line.strip()).matches();
    }

    /** Whether the line credits one photographer for a whole column or page ({@code 本栏照片均为本报记者马晓伟摄}). */
    public boolean isColumnPhotoCredit(String line) {
        return COLUMN_PHOTO_CREDIT.matcher(line.strip()).matches();
    }

    /** Whether the photo credit line is nothing but the credit ({@code 赵得宇 摄}), not a caption ending in one. */
    private static boolean photoCreditIsWholeLine(String line) {
        return line.length() <= 24 && !line.contains("。") && !line.contains(",") && !line.contains(",");
    }

    /**
     * The unit of a credit that names a unit and nobody ({@code (组织部)}, {@code (市纪委监委)}), or null: a
     * parenthesized credit of Chinese characters without a role word and without a name.
     */
    public String creditedUnit(String credit) {
        Matcher closing = CLOSING_CREDIT.matcher(credit.strip());
        if (!closing.matches()) {
            return null;
        }
        String inside = closing.group(1).strip();
        // a credit the parser reads as naming nobody, less the dispatch notes, role words alone and lists of
        // several units that also name nobody: (本报罗马2月3日电), (记者), (组织部、宣传部)
        boolean namesNobody = parenthesizedCredit(inside).map(List::isEmpty).orElse(false);
        return namesNobody && ORGANISATION_CREDIT.matcher(inside).matches() && !ROLE_WORD.matcher(inside).find()
                && !CLOSING_DISPATCH.matcher(inside).lookingAt() ? inside : null;
    }

    private Optional<List<Byline>> parenthesizedCredit(String credit) {
        if (JUMP_WORDS.matcher(credit).find()) {
            return Optional.empty();
        }
        Matcher dispatch = CLOSING_DISPATCH.matcher(credit);
        String inside = dispatch.lookingAt() ? credit.substring(dispatch.end()).strip() : credit;
        if (inside.isEmpty()) {
            return Optional.of(List.of());
        }
        if (!ORGANISATION_CREDIT.matcher(NAME_SEPARATOR.matcher(inside).replaceAll("")).matches()) {
            return Optional.empty();
        }
        List<Byline> names = credits(inside, BylineRole.AUTHOR, false);
        return names.isEmpty() && !ROLE_WORD.matcher(inside).find() ? Optional.of(List.of()) : Optional.of(names);
    }

    /**
     * Names in a credit text with the role of the role word before them ({@code 记者 张辉 通讯员朱延昭});
     * names before any role word get {@code defaultRole}. With {@code forcedRole} every name gets the default.
     */
    private static List<Byline> credits(String text, BylineRole defaultRole, boolean forcedRole) {
        List<Byline> bylines = new ArrayList<>();
        Matcher role = ROLE_WORD.matcher(text);
        int at = 0;
        BylineRole current = defaultRole;
        while (role.find()) {
            addNames(text.substring(at, role.start()), current, bylines);
            current = forcedRole ? defaultRole : roleOf(role.group());
            at = role.end();
        }
        addNames(text.substring(at), current, bylines);
        return distinct(bylines);
    }

    private static void addNames(String segment, BylineRole role, List<Byline> into) {
        for (String listed : LIST_SEPARATOR.split(CREDIT_VERB.matcher(segment).replaceAll("").strip())) {
            for (String token : spacedNames(listed.strip())) {
                String name = PUBLISHER_PREFIX.matcher(token).replaceAll("").strip();
                if (PersonNameShape.isPersonName(name)) {
                    into.add(new Byline(role, name));
                }
            }
        }
    }

    /**
     * Names parted by blanks, where a two-character name may itself be spaced out to the width of three
     * ({@code 本报记者 韩 鑫}, {@code 黄 超 左 潇}): a single character joins the one after it.
     */
    private static List<String> spacedNames(String text) {
        String[] tokens = BLANKS.split(text);
        List<String> names = new ArrayList<>(tokens.length);
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i].length() == 1 && i + 1 < tokens.length && tokens[i + 1].length() <= 2
                    && Typography.isCjk(tokens[i].charAt(0))) {
                names.add(tokens[i] + tokens[++i]);
            } else {
                names.add(tokens[i]);
            }
        }
        return names;
    }

    private static BylineRole roleOf(String word) {
        if (word.contains("通讯员")) {
            return BylineRole.CORRESPONDENT;
        }
        if (word.startsWith("摄") || word.equals("图片") || word.equals("摄影记者")) {
            return BylineRole.PHOTOGRAPHER;
        }
        if (word.contains("记者") || word.equals("实习生")) {
            return BylineRole.REPORTER;
        }
        if (word.equals("作者")) {
            return BylineRole.AUTHOR;
        }
        return BylineRole.EDITOR;
    }

    private static List<Byline> distinct(List<Byline> bylines) {
        Set<Byline> seen = new LinkedHashSet<>(bylines);
        return List.copyOf(seen);
    }

    /** Credits closing a paragraph and the index where the parenthesized credit starts. */
    public record ClosingCredit(List<Byline> bylines, int start) {
    }

    /** Credits read from the opening formula of a lead and how many characters the formula takes. */
    public record LeadCredit(List<Byline> bylines, int formulaLength) {

        static final LeadCredit NONE = new LeadCredit(List.of(), 0);

        public boolean isPresent() {
            return formulaLength > 0;
        }
    }
}
