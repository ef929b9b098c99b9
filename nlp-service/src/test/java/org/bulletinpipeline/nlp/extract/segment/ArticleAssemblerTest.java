package org.bulletinpipeline.nlp.extract.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.bulletinpipeline.nlp.extract.byline.BylineParser;
import org.bulletinpipeline.nlp.extract.dateline.DatelineReader;
import org.bulletinpipeline.nlp.extract.model.ArticleKind;
import org.bulletinpipeline.nlp.extract.model.ArticleLayout;
import org.bulletinpipeline.nlp.extract.model.Byline;
import org.bulletinpipeline.nlp.extract.model.BylineRole;
import org.bulletinpipeline.nlp.extract.normalize.WhitespaceNormalizer;
import org.junit.jupiter.api.Test;

/** One segmented item into its layout: decks, bylines, body without formulas, jump target, kind, dateline. */
class ArticleAssemblerTest {

    private static final LocalDate ISSUE = LocalDate.of(2022, 5, 17);

    private final BylineParser bylines = new BylineParser();
    private final ParagraphClassifier classifier = new ParagraphClassifier(bylines);
    private final ArticleSegmenter segmenter = new ArticleSegmenter(bylines);
    private final ArticleAssembler assembler = new ArticleAssembler(bylines, new DatelineReader());
    private final WhitespaceNormalizer normalizer = new WhitespaceNormalizer();

    private ArticleLayout assemble(String... paragraphs) {
        List<ArticleDraft> drafts = segmenter.segment(normalizer.paragraphs(String.join("\n\n", paragraphs)).stream()
                .map(classifier::classify).toList());
        assertEquals(1, drafts.size(), "one item expected");
        return assembler.assemble(drafts.getFirst(), 2022, ISSUE);
    }

    @Test
    void theLeadFormulaGivesTheReporterAndTheDateAndLeavesTheBody() {
        ArticleLayout article = assemble("市领导深入一线暗访督导社区防控工作",
                "本报讯(记者 武芳)5月16日,市委书记到颍川街道暗访督导社区疫情防控工作\u3002");
        assertEquals("市领导深入一线暗访督导社区防控工作", article.title());
        assertEquals(List.of(new Byline(BylineRole.REPORTER, "武芳")), article.bylines());
        assertTrue(article.body().startsWith("5月16日,市委书记"), article.body());
        assertFalse(article.body().contains("本报讯"), article.body());
        assertEquals(LocalDate.of(2022, 5, 16), article.dateline());
        assertEquals(ArticleKind.NEWS, article.kind());
    }

    @Test
    void aWireFormulaIsKeptWithoutItsReporter() {
        ArticleLayout article = assemble("国务院召开常务会议",
                "新华社北京5月7日电(记者 李明)国务院总理今天主持召开国务院常务会议\u3002");
        assertEquals("新华社北京5月7日电", article.credited());
        assertEquals(List.of(new Byline(BylineRole.REPORTER, "李明")), article.bylines());
        assertTrue(article.body().startsWith("国务院总理"), article.body());
    }

    @Test
    void aUnitCreditedForTheStoryIsKeptAndAPersonCreditIsABylineOnly() {
        ArticleLayout unit = assemble("市委组织部选派干部下沉一线",
                "市委组织部选派2716名干部下沉社区\u3002", "(组织部)");
        assertEquals("组织部", unit.credited());
        assertFalse(unit.body().contains("(组织部)"), unit.body());
        ArticleLayout person = assemble("市纪委监委督导防控工作", "市纪委监委深入一线督导\u3002", "(冯纪宣)");
        assertNull(person.credited());
        assertEquals(List.of(new Byline(BylineRole.AUTHOR, "冯纪宣")), person.bylines());
    }

    @Test
    void aCreditLineUnderTheHeadlineIsABylineNotBody() {
        ArticleLayout article = assemble("全市核酸检测点增至126个", "本报记者 高伟山 通讯员 李明",
                "记者从市卫健委获悉,全市核酸检测点已增至126个,日检测能力达到十万管\u3002");
        assertEquals(List.of(new Byline(BylineRole.REPORTER, "高伟山"), new Byline(BylineRole.CORRESPONDENT, "李明")),
                article.bylines());
        assertTrue(article.body().startsWith("记者从市卫健委获悉"), article.body());
    }

    @Test
    void aJumpNoteGivesThePageTheStoryContinuesOnAndLeavesTheBody() {
        ArticleLayout article = assemble("用闪亮党徽铸就战胜疫情的铜墙铁壁", "本报记者 武芳",
                "新一轮疫情发生后,我市迅速启动应急响应机制,紧急动员各级党组织冲锋在前\u3002(下转第二版)");
        assertEquals("第二版", article.continuedOn());
        assertFalse(article.body().contains("下转"), article.body());
    }

    @Test
    void anUnsignedItemWithoutDateHasNoBylineAndNoDateline() {
        ArticleLayout article = assemble("春到颍河畔", "河边的柳树发芽了,游人三三两两,沿着步道散步赏春\u3002");
        assertEquals(List.of(), article.bylines());
        assertNull(article.dateline());
        assertNull(article.continuedOn());
    }

    @Test
    void theBodyMapsBackToTheReceivedText() {
        String lead = "5月16日,市委书记到颍川街道暗访督导社区疫情防控工作\u3002";
        String page = "市领导深入一线暗访督导社区防控工作\n\n本报讯(记者 武芳)" + lead;
        ArticleLayout article = assemble("市领导深入一线暗访督导社区防控工作", "本报讯(记者 武芳)" + lead);
        assertEquals(page.indexOf(lead), article.toSource(0));
    }
}
