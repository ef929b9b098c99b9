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
            for (int k = i; k < Math.max(end, i + 1); k++) {
                target.add(paragraphs.get(k));
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
            if (!p.is(ParagraphRole.HEADING) && !unitAboveHeading) {
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
        if (current == null || current.isPhoto() || end - start >= 2 || current.hasEnded()) {
            return true;
        }
        ClassifiedParagraph next = paragraphs.get(end);
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
