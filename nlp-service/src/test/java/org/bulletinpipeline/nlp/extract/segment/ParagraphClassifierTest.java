package org.bulletinpipeline.nlp.extract.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.bulletinpipeline.nlp.extract.byline.BylineParser;
import org.bulletinpipeline.nlp.extract.normalize.WhitespaceNormalizer;
import org.junit.jupiter.api.Test;

class ParagraphClassifierTest {

    private final ParagraphClassifier classifier = new ParagraphClassifier(new BylineParser());
    private final WhitespaceNormalizer normalizer = new WhitespaceNormalizer();

    private ParagraphRole role(String paragraph) {
        return classifier.classify(normalizer.paragraphs(paragraph).getFirst()).role();
    }

    @Test
    void markedHeadings() {
        assertEquals(ParagraphRole.MARKED_TITLE, role("## 市领导深入一线暗访督导社区防控工作"));
        assertEquals(ParagraphRole.MARKED_SUBHEADING, role("### 全域静态管理 阻断传播链条"));
    }

    @Test
    void dateEntriesOfADatedList() {
        assertEquals(ParagraphRole.DATE_LINE, role("1月18日晚"));
        assertEquals(ParagraphRole.DATE_LINE, role("时间:5月9日中午"));
        assertEquals(ParagraphRole.DATE_LINE, role("截至1月23日"));
        assertEquals(ParagraphRole.BODY, role("1月18日,许昌市建筑业协会组织全市建筑企业捐款。"));
    }

    @Test
    void creditsJumpsAndCaptions() {
        assertEquals(ParagraphRole.CREDIT, role("本报记者 武芳"));
        assertEquals(ParagraphRole.CREDIT, role("(组织部)"));
        assertEquals(ParagraphRole.CREDIT, role("文字整理 石冠兵\n制图 王辉"));
        assertEquals(ParagraphRole.JUMP, role("(下转第二版)"));
        assertEquals(ParagraphRole.CAPTION, role("上图:核酸检测工作队在曙光中奔赴禹州一线。王建辉 摄"));
        assertEquals(ParagraphRole.CAPTION, role("5月15日,市委宣传部看望慰问防疫一线工作人员。图为慰问现场。摄影报道:杨晓惠"));
        assertEquals(ParagraphRole.BODY, role("鸠山镇唐庄村村干部为群众送去疫情防控爱心联系卡。"));
    }

    @Test
    void headlinesUnitLinesAndNameLines() {
        assertEquals(ParagraphRole.HEADING, role("五星红旗在集中隔离点升起"));
        assertEquals(ParagraphRole.HEADING, role("拨云见日,有序恢复!\n统筹推进,双战双赢!"));
        assertEquals(ParagraphRole.UNIT_LINE, role("贾寨镇"));
        assertEquals(ParagraphRole.NAME_LINE, role("魏永涛 屈笑笑"));
        assertEquals(ParagraphRole.BODY, role("强调"));
    }

    @Test
    void runningTextIsBodyWhateverItMentions() {
        // a sentence that names a reporter, a page, a photo or a date is still running text
        assertEquals(ParagraphRole.BODY, role("记者从市卫健委获悉,全市核酸检测点已增至126个\u3002"));
        assertEquals(ParagraphRole.BODY, role("5月16日,市委书记到颍川街道暗访督导社区疫情防控工作\u3002"));
        assertEquals(ParagraphRole.BODY, role("志愿者们拿起相机,记录下社区防控的一个个感人瞬间\u3002"));
    }

    @Test
    void aHeadlineShapeNeedsNoClosedSentence() {
        assertEquals(ParagraphRole.HEADING, role("全市核酸检测点增至126个"));
        assertEquals(ParagraphRole.BODY, role("全市核酸检测点增至126个\u3002"));
    }
}
