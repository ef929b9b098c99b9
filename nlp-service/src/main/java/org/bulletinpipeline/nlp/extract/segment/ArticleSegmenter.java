package org.bulletinpipeline.nlp.extract.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.bulletinpipeline.nlp.extract.byline.BylineParser;
import org.bulletinpipeline.nlp.extract.model.BylineRole;
import org.bulletinpipeline.nlp.extract.normalize.Typography;

/**
 * Cuts the classified paragraphs of a page into items in reading order, one linear pass.
 *
 * <p>A headline block (one to four headline-shaped paragraphs: kicker, title, subtitle, column and unit lines)
 * opens a new item only when the page shows that a new story starts there, because the same typography is used for
 * in-article sub-headings ({@code 扛牢监督首责,坚决推动党中央决策部署落地落实}). The signs, each a newsroom convention:
 * <ul>
 * <li>a byline follows: {@code 本报讯(记者 …)}, {@code 本报记者 武芳}, {@code 本报评论员}, or a bare author name
 * ({@code 方丽红});</li>
 * <li>an editor's note follows ({@code 编者按:…});</li>
 * <li>a date entry follows ({@code 1月18日}): the heading names a dated list such as {@code 重要会议} (a full date
 * with its year under a body's name is a notice's signature instead);</li>
 * <li>the lead opens like a news lead: {@code 5月16日,…}, {@code 近日,…}, or continues a story from another page
 * under its repeated headline: {@code (上接第一版)…};</li>
 * <li>the block has more than one deck (kicker + title, title + subtitle): sub-headings have one;</li>
 * <li>a single headline follows a complete short report (see {@link #followsCompleteReport});</li>
 * <li>the previous story has visibly ended with a closing credit or a jump note ({@code (下转第三版)}), or a
 * photo stands between;</li>
 * <li>the bulletin marks titles with {@code ##}: then only marked titles open stories.</li>
 * </ul>
 * A numbered heading ({@code 一、强化组织领导}) is always a sub-heading.
 * Photo captions ({@code 上图:…王建辉 摄}) are items of their own; running text after a caption belongs to the
 * story the caption interrupted, and so do the text credits printed under it ({@code 文字整理 石冠兵}). Running text
 * before the first headline, or after a story has visibly ended, is the tail of a story continued from another page:
 * it becomes an untitled item of its own and is never glued to the story whose headline precedes it.
 */
final class ArticleSegmenter {

    private static final int MAX_HEADLINE_PARAGRAPHS = 4;
    /** How many paragraphs ahead a sub-item's sibling is looked for; a feature's parts run to a dozen paragraphs. */
    private static final int SIBLING_WINDOW = 40;
    /** Formulas opening a news lead: a dateline or a vague-time opening, or the agency formula. */
    private static final Pattern NEWS_LEAD = Pattern.compile(
            "^((\\d{4}年)?[0-9]{1,2}月[0-9]{1,2}日(凌晨|早上|上午|中午|下午|傍晚|晚上|晚)?[,]"
                    + "|(近日|日前|近期|昨天|昨日|今天|今日|连日来|近段时间)[,])");
    private static final Pattern COMMA = Pattern.compile("[,]");
    /**
     * Entries of a dated list give the day only ({@code 1月18日}); a full date under a body's name is the signature of
     * a notice ({@code 禹州市新冠肺炎疫情防控指挥部} / {@code 2022年5月7日}), which closes it rather than opening a list.
     */
    private static final Pattern FULL_DATE = Pattern.compile("[0-9]{4}年");
    /** Numbered headings ({@code 一、强化组织领导}, {@code (二)…}, {@code 3.…}) structure a story, never open one. */
    private static final Pattern ENUMERATED = Pattern.compile(
            "^([一二三四五六七八九十]+[、.．]|[(][一二三四五六七八九十0-9]+[)]|[0-9]+[、.．]|第[一二三四五六七八九十]+[,、])");

    /**
     * A title that carries its column's name in brackets opens a story ({@code 最是“牵挂”暖人心(今日谈)},
     * {@code 全国口罩产能利用率已达94%(国务院联防联控机制发布会)}); sub-headings never carry one, and a numbered part
     * ({@code (三)}) is a series kicker, not a column.
     */
    /**
     * A block opening with a dash is a subtitle or a quotation's attribution ({@code ——习近平}), never the top of a
     * headline; a bullet marks a sub-heading or box inside a story ({@code ●必须把防控措施做到位}, {@code ■记者手记}).
     */
    private static final Pattern SUBORDINATE_OPENING = Pattern.compile("^(——|[●■◆★▲])");
    private static final Pattern COLUMN_TAG = Pattern.compile("\\([^()]*\\p{IsHan}{2}[^()]*\\)$");

    private final BylineParser bylineParser;

    ArticleSegmenter(BylineParser bylineParser) {
        this.bylineParser = bylineParser;
    }

    List<ArticleDraft> segment(List<ClassifiedParagraph> paragraphs) {
        boolean marked = paragraphs.stream().anyMatch(p -> p.is(ParagraphRole.MARKED_TITLE));
        List<ArticleDraft> drafts = new ArrayList<>();
        ArticleDraft current = null;
        ArticleDraft lastStory = null;
        int i = 0;
        while (i < paragraphs.size()) {
            ClassifiedParagraph paragraph = paragraphs.get(i);
            ClassifiedParagraph after = i + 1 < paragraphs.size() ? paragraphs.get(i + 1) : null;
            if (paragraph.is(ParagraphRole.CAPTION) && describesStoryPhoto(paragraph, after, current)) {
                current.add(paragraph);
                i++;
                continue;
            }
            if (paragraph.is(ParagraphRole.CAPTION)) {
                current = ArticleDraft.photo(paragraph);
                drafts.add(current);
                i++;
                continue;
            }
            if (paragraph.is(ParagraphRole.CREDIT) && isPhotoCredit(paragraph)
                    && !bylineParser.isColumnPhotoCredit(paragraph.text())) {
                ArticleDraft photo = photoFor(paragraph, current, drafts);
                if (photo != null) {
                    current = photo;
                    i++;
                    continue;
                }
            }
            int end = marked ? markedHeadlineEnd(paragraphs, i) : headlineEnd(paragraphs, i);
            int parentEnd = marked ? end : parentHeadlineEnd(paragraphs, i, end);
            if (parentEnd < end) {
                current = ArticleDraft.headed(paragraphs.subList(i, parentEnd));
                current.addSubheading(paragraphs.subList(parentEnd, end));
                drafts.add(current);
                lastStory = current;
                i = end;
                continue;
            }
            if (end > i && opensStory(paragraphs, i, end, current, marked)) {
                current = ArticleDraft.headed(paragraphs.subList(i, end));
                drafts.add(current);
                lastStory = current;
                i = end;
                continue;
            }
            ArticleDraft target = current == null || current.isPhoto() ? lastStory : current;
            if (target == null || target.hasEnded() && paragraph.is(ParagraphRole.BODY)) {
                target = ArticleDraft.untitled();
                drafts.add(target);
            }
            current = target;
            lastStory = target;
            if (end > i) {
                target.addSubheading(paragraphs.subList(i, end));
            } else {
                target.add(paragraph);
            }
            i = Math.max(end, i + 1);
        }
        return drafts;
    }

    /** End (exclusive) of the headline block starting at {@code start}; {@code start} when there is none. */
    private static int headlineEnd(List<ClassifiedParagraph> paragraphs, int start) {
        int end = start;
        while (end < paragraphs.size() && end - start < MAX_HEADLINE_PARAGRAPHS) {
            ClassifiedParagraph p = paragraphs.get(end);
            boolean unitAboveHeading = p.is(ParagraphRole.UNIT_LINE) && end + 1 < paragraphs.size()
                    && paragraphs.get(end + 1).is(ParagraphRole.HEADING);
            // a deck that merely ends like a unit name, under a heading: 孙春兰率中央赴湖北指导组 / 实地察看火神山医院
            boolean unitShapedDeck = p.is(ParagraphRole.UNIT_LINE) && end > start;
            boolean leadInKicker = end == start && p.is(ParagraphRole.BODY) && p.paragraph().lines().size() == 1
                    && Typography.isLeadInKicker(p.text()) && end + 1 < paragraphs.size()
                    && paragraphs.get(end + 1).is(ParagraphRole.HEADING);
            if (!p.is(ParagraphRole.HEADING) && !unitAboveHeading && !unitShapedDeck && !leadInKicker) {
                break;
            }
            end++;
        }
        return end;
    }

    /**
     * A marked title, with an unmarked kicker deck right above it ({@code 抗击疫情 我们始终在一起} over
     * {@code ## 五星红旗在集中隔离点升起}) and an unmarked subtitle deck right under it when it reads like one.
     */
    private static int markedHeadlineEnd(List<ClassifiedParagraph> paragraphs, int start) {
        int title = start;
        if (paragraphs.get(start).is(ParagraphRole.HEADING) && start + 1 < paragraphs.size()
                && paragraphs.get(start + 1).is(ParagraphRole.MARKED_TITLE)) {
            title = start + 1;
        }
        if (!paragraphs.get(title).is(ParagraphRole.MARKED_TITLE)) {
            return start;
        }
        int end = title + 1;
        if (end < paragraphs.size() && paragraphs.get(end).is(ParagraphRole.HEADING)
                && HeadlineReader.readsAsSubtitle(paragraphs.get(end).text())) {
            end++;
        }
        return end;
    }

    private boolean opensStory(List<ClassifiedParagraph> paragraphs, int start, int end, ArticleDraft current,
                               boolean marked) {
        if (marked) {
            return true;
        }
        if (end >= paragraphs.size()) {
            return current == null;
        }
        if (end - start == 1 && current != null && ENUMERATED.matcher(paragraphs.get(start).text()).find()) {
            return false;
        }
        List<ClassifiedParagraph> block = paragraphs.subList(start, end);
        if (current != null && SUBORDINATE_OPENING.matcher(block.getFirst().text()).find()) {
            return false;
        }
        ClassifiedParagraph next = paragraphs.get(end);
        if (current == null || current.isPhoto() || current.hasEnded() || isTagged(block)
                || next.is(ParagraphRole.BODY) && bylineParser.leadFormula(next.text()).isPresent()
                || next.is(ParagraphRole.NAME_LINE)
                || next.is(ParagraphRole.DATE_LINE) && !FULL_DATE.matcher(next.text()).find()) {
            return true;
        }
        if (!current.headline().isEmpty() && isSubItem(block, current, paragraphs, end)) {
            return false;
        }
        if (end - start >= 2) {
            return true;
        }
        return switch (next.role()) {
            case NAME_LINE, CREDIT -> true;
            case DATE_LINE -> !FULL_DATE.matcher(next.text()).find();
            case BODY -> bylineParser.leadFormula(next.text()).isPresent()
                    || bylineParser.continuesFromAnotherPage(next.text())
                    || ArticleKindClassifier.opensWithEditorsNote(next.text()) || NEWS_LEAD.matcher(next.text()).find()
                    || followsCompleteReport(current, paragraphs.get(start));
            default -> false;
        };
    }

    /**
     * A caption opening with {@code 图为} and crediting no one, right after the running text of a story, belongs to it:
     * the story is the text of its photo ({@code 近年来,陕西延安…} then {@code 图为1月20日拍摄的…温室大棚。}). With a
     * photographer's credit of its own on the next line it is a photo item.
     */
    private static boolean describesStoryPhoto(ClassifiedParagraph caption, ClassifiedParagraph after,
                                               ArticleDraft current) {
        return current != null && !current.isPhoto() && !current.headline().isEmpty() && !current.hasEnded()
                && current.last() != null && current.last().is(ParagraphRole.BODY)
                && caption.text().startsWith("图为") && caption.credits().isEmpty()
                && (after == null || !isPhotoCredit(after));
    }

    private static boolean isTagged(List<ClassifiedParagraph> block) {
        return block.stream().anyMatch(p -> COLUMN_TAG.matcher(p.text()).find());
    }

    /**
     * Whether a headline block inside a headed story is one of a run of parallel sub-items rather than the start of
     * the next story. A feature or round-up sets its parts under headlines of one shape ({@code 湖南汉寿} /
     * {@code 细化防控措施 确保落实到位}, then {@code 新疆阿克苏} / {@code 街道“小分队” 服务全方位}; or
     * {@code 美国抹黑华为说辞遭到反驳}, {@code 多边主义主张引发强烈共鸣}, {@code 中国抗疫努力获得高度赞赏}), while the
     * next story's headline has a shape of its own. So a block is a sub-item when the story already holds one of
     * its shape, or when another of its shape follows before the story visibly ends.
     */
    private boolean isSubItem(List<ClassifiedParagraph> block, ArticleDraft current,
                              List<ClassifiedParagraph> paragraphs, int from) {
        if (current.subheadings().stream().anyMatch(inner -> HeadingShape.parallel(inner, block))) {
            return true;
        }
        return siblingAhead(block, paragraphs, from);
    }

    /** Whether a headline block of the same shape follows before the story visibly ends or a new one starts. */
    private boolean siblingAhead(List<ClassifiedParagraph> block, List<ClassifiedParagraph> paragraphs, int from) {
        int limit = Math.min(paragraphs.size(), from + SIBLING_WINDOW);
        boolean bodySeen = false;
        int k = from;
        while (k < limit) {
            ClassifiedParagraph p = paragraphs.get(k);
            if (p.is(ParagraphRole.CAPTION) || p.is(ParagraphRole.JUMP) || bodySeen && endsStory(p)) {
                return false;
            }
            int end = headlineEnd(paragraphs, k);
            if (end > k) {
                List<ClassifiedParagraph> candidate = paragraphs.subList(k, end);
                if (isTagged(candidate)
                        || end < paragraphs.size() && bylineParser.leadFormula(paragraphs.get(end).text()).isPresent()) {
                    return false;
                }
                if (bodySeen && HeadingShape.parallel(block, candidate)) {
                    return true;
                }
                k = end;
                continue;
            }
            bodySeen |= p.is(ParagraphRole.BODY);
            k++;
        }
        return false;
    }

    /** A closing credit or jump note after running text: {@code (本报记者田豆豆、崔佳)}, {@code …落实。(冯纪宣)}. */
    private boolean endsStory(ClassifiedParagraph p) {
        return p.is(ParagraphRole.CREDIT) && !p.credits().isEmpty() && p.text().startsWith("(")
                || p.is(ParagraphRole.CREDIT) && p.credits().isEmpty()
                || p.is(ParagraphRole.BODY) && (bylineParser.closingCredit(p.text()).isPresent()
                || Typography.endsWithJumpNote(p.text()));
    }

    /**
     * Where the story's own headline ends when its block also holds the headline of its first sub-item
     * ({@code 抗疫一线,基层干部很给力} / {@code 武汉江汉区满春街中大社区党委书记王琼——} / {@code “作为带头人,就要往前冲”},
     * the next parts headed {@code …吴柏春——} / {@code “我是书记,护送患者让我来!”}); {@code end} when it holds none.
     * Items under a column name ({@code 简讯快报} / {@code 示范区} / …) and items with a lead formula of their own are
     * stories, not parts.
     */
    private int parentHeadlineEnd(List<ClassifiedParagraph> paragraphs, int start, int end) {
        if (end - start < 3 || end >= paragraphs.size()
                || bylineParser.leadFormula(paragraphs.get(end).text()).isPresent()
                || HeadlineReader.isColumnName(paragraphs.get(start).text())) {
            return end;
        }
        for (int split = start + 1; split <= end - 2; split++) {
            if (siblingAhead(paragraphs.subList(split, end), paragraphs, end)) {
                return split;
            }
        }
        return end;
    }

    /**
     * A single headline after a finished report opens the next one even without a byline: a short unsigned news
     * report has no sub-headings, so a headline after two or more of its paragraphs, the last one closed, belongs
     * to the next story. Signed pieces, pieces already structured by sub-headings and dated lists keep theirs, and
     * a headline made of two comma-separated phrases is the typical sub-heading
     * ({@code 扛牢监督首责,坚决推动党中央决策部署落地落实}).
     */
    private static boolean followsCompleteReport(ArticleDraft current, ClassifiedParagraph heading) {
        return !current.headline().isEmpty() && !current.isSigned()
                && current.count(ParagraphRole.HEADING) + current.count(ParagraphRole.MARKED_SUBHEADING) == 0
                && current.count(ParagraphRole.DATE_LINE) == 0 && current.count(ParagraphRole.BODY) >= 2
                && Typography.endsSentence(current.last().text())
                && !COMMA.matcher(heading.text()).find();
    }

    private static boolean isPhotoCredit(ClassifiedParagraph paragraph) {
        return !paragraph.credits().isEmpty()
                && paragraph.credits().stream().allMatch(b -> b.role() == BylineRole.PHOTOGRAPHER);
    }

    /**
     * The photo a standalone photographer credit ({@code 赵得宇 摄}) belongs to: the caption just before it, or,
     * when the caption was printed as a plain paragraph, that paragraph taken out of the story as a photo item.
     */
    private static ArticleDraft photoFor(ClassifiedParagraph credit, ArticleDraft current, List<ArticleDraft> drafts) {
        if (current == null) {
            return null;
        }
        if (current.isPhoto()) {
            // One credit under stacked captions (左图:… 右图:… 本报记者 王建辉 摄) credits every photo of the run.
            for (int d = drafts.size() - 1; d >= 0 && drafts.get(d).isPhoto(); d--) {
                if (drafts.get(d) == current || !drafts.get(d).creditsPhotographer()) {
                    drafts.get(d).add(credit);
                }
            }
            return current;
        }
        if (current.size() >= 2 && current.last().is(ParagraphRole.BODY)) {
            ArticleDraft photo = ArticleDraft.photo(current.removeLast());
            photo.add(credit);
            drafts.add(photo);
            return photo;
        }
        return null;
    }
}
