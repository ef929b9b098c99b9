package org.bulletinpipeline.nlp.extract.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.bulletinpipeline.nlp.extract.byline.BylineParser;
import org.bulletinpipeline.nlp.extract.normalize.WhitespaceNormalizer;
import org.junit.jupiter.api.Test;

/** Where one item of a page ends and the next begins. */
class ArticleSegmenterTest {

    private static final String LEAD = "5月16日,市疫情防控指挥部召开第二十次会议,研究部署下一步疫情防控工作\u3002";
    private static final String BODY = "会议要求,各乡镇(街道)要压实属地责任,严格落实隔离点管理各项制度,确保不发生交叉感染\u3002";

    private final BylineParser bylines = new BylineParser();
    private final ParagraphClassifier classifier = new ParagraphClassifier(bylines);
    private final ArticleSegmenter segmenter = new ArticleSegmenter(bylines);
    private final WhitespaceNormalizer normalizer = new WhitespaceNormalizer();

    private List<ArticleDraft> segment(String... paragraphs) {
        return segmenter.segment(normalizer.paragraphs(String.join("\n\n", paragraphs)).stream()
                .map(classifier::classify).toList());
    }

    private static String headline(ArticleDraft draft) {
        return draft.headline().stream().map(ClassifiedParagraph::text).collect(Collectors.joining(" / "));
    }

    @Test
    void aHeadlineOverACreditOpensAStory() {
        List<ArticleDraft> drafts = segment("市领导深入一线暗访督导社区防控工作", "本报记者 武芳", LEAD, BODY,
                "全市核酸检测点增至126个", "本报记者 高伟山", "记者从市卫健委获悉,全市核酸检测点已增至126个\u3002", BODY);
        assertEquals(List.of("市领导深入一线暗访督导社区防控工作", "全市核酸检测点增至126个"),
                drafts.stream().map(ArticleSegmenterTest::headline).toList());
        assertEquals(3, drafts.getFirst().content().size(), "credit, lead and body stay with their story");
    }

    @Test
    void aHeadlineOverANewsLeadOpensAStory() {
        List<ArticleDraft> drafts = segment("市领导深入一线暗访督导社区防控工作", "本报记者 武芳", LEAD, BODY,
                "我市启用第二批集中隔离点", "近日,我市第二批集中隔离点正式启用,可容纳隔离人员三百余人\u3002");
        assertEquals(2, drafts.size());
        assertEquals("我市启用第二批集中隔离点", headline(drafts.get(1)));
    }

    @Test
    void aOneDeckHeadingInsideASignedStoryIsASubheading() {
        // a sub-heading of two comma phrases, over running text that opens no story
        List<ArticleDraft> drafts = segment("市领导深入一线暗访督导社区防控工作", "本报记者 武芳", LEAD,
                "扛牢监督首责,坚决推动决策部署落地落实", BODY);
        assertEquals(1, drafts.size());
        assertEquals(1, drafts.getFirst().subheadings().size());
    }

    @Test
    void aNumberedHeadingNeverOpensAStory() {
        List<ArticleDraft> drafts = segment("市领导深入一线暗访督导社区防控工作", "本报记者 武芳", LEAD,
                "一、强化组织领导", "近日,各乡镇(街道)成立疫情防控工作专班,主要负责同志靠前指挥\u3002");
        assertEquals(1, drafts.size());
    }

    @Test
    void runningTextBeforeTheFirstHeadlineIsAnUntitledItem() {
        // the tail of a story continued from another page
        List<ArticleDraft> drafts = segment("完毕,相关医护人员及车辆\u3001物资\u3001器材集结待命\u3002",
                "市领导深入一线暗访督导社区防控工作", "本报记者 武芳", LEAD);
        assertEquals(2, drafts.size());
        assertTrue(drafts.getFirst().headline().isEmpty());
        assertEquals("市领导深入一线暗访督导社区防控工作", headline(drafts.get(1)));
    }

    @Test
    void aCaptionIsAPhotoItemOfItsOwn() {
        List<ArticleDraft> drafts = segment("市领导深入一线暗访督导社区防控工作", "本报记者 武芳", LEAD,
                "上图:核酸检测工作队在曙光中奔赴禹州一线\u3002王建辉 摄");
        assertEquals(2, drafts.size());
        assertTrue(drafts.get(1).isPhoto());
        assertFalse(drafts.getFirst().isPhoto());
    }

    @Test
    void anEmptyPageHasNoItem() {
        assertEquals(List.of(), segmenter.segment(List.of()));
    }
}
