package org.bulletinpipeline.nlp.extract.byline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.bulletinpipeline.nlp.extract.byline.BylineParser.LeadCredit;
import org.bulletinpipeline.nlp.extract.model.Byline;
import org.bulletinpipeline.nlp.extract.model.BylineRole;
import org.junit.jupiter.api.Test;

class BylineParserTest {

    private final BylineParser parser = new BylineParser();

    private static Byline reporter(String name) {
        return new Byline(BylineRole.REPORTER, name);
    }

    @Test
    void agencyFormulaWithReporterWithAndWithoutBlank() {
        LeadCredit spaced = parser.leadFormula("本报讯(记者 高伟山)5月16日,许昌本轮疫情进入第14天");
        assertEquals(List.of(reporter("高伟山")), spaced.bylines());
        assertEquals("本报讯(记者 高伟山)".length(), spaced.formulaLength());
        assertEquals(List.of(reporter("王金伟")), parser.leadFormula("本报讯(记者王金伟)1月21日上午,").bylines());
    }

    @Test
    void formulaWithSeveralRolesAndNames() {
        assertEquals(List.of(reporter("张辉"), new Byline(BylineRole.CORRESPONDENT, "朱延昭")),
                parser.leadFormula("本报讯(记者 张辉 通讯员朱延昭)禹州市出现新冠肺炎疫情后").bylines());
        assertEquals(List.of(reporter("毛迎"), reporter("孙江锋")),
                parser.leadFormula("本报讯(记者 毛迎 孙江锋)新冠肺炎疫情常态化防控期间").bylines());
        assertEquals(List.of(reporter("张辉"), new Byline(BylineRole.CORRESPONDENT, "朱延昭")),
                parser.leadFormula("(记者 张辉 通讯员朱延昭)禹州市出现疫情后").bylines());
    }

    @Test
    void agencyFormulaWithoutCreditStillEndsBeforeTheLead() {
        LeadCredit credit = parser.leadFormula("本报讯 5月10日,示范区召开会议。");
        assertTrue(credit.isPresent());
        assertTrue(credit.bylines().isEmpty());
        assertEquals(List.of(reporter("李明")), parser.leadFormula("新华社北京5月16日电(记者 李明)国务院").bylines());
    }

    @Test
    void decorativeBulletsBeforeCredits() {
        assertEquals(Optional.of(List.of(reporter("张三"))), parser.creditParagraph("■本报记者 张三"));
        LeadCredit credit = parser.leadFormula("●本报讯(记者 李明)5月16日,");
        assertEquals(List.of(reporter("李明")), credit.bylines());
        assertEquals("●本报讯(记者 李明)".length(), credit.formulaLength());
    }

    @Test
    void leadsWithoutAFormulaOrWithAnAsideAreNotCredits() {
        assertFalse(parser.leadFormula("近日,市委常委、组织部部长许进宏连续深入一线").isPresent());
        assertFalse(parser.leadFormula("(以下简称《决定》)解读新闻发布会").isPresent());
        assertFalse(parser.leadFormula("(市、区)援禹医疗队").isPresent());
    }

    @Test
    void creditLinesOfTheirOwn() {
        assertEquals(Optional.of(List.of(reporter("武芳"))), parser.creditParagraph("本报记者 武芳"));
        assertEquals(Optional.of(List.of(new Byline(BylineRole.EDITOR, "石冠兵"), new Byline(BylineRole.EDITOR, "王辉"))),
                parser.creditParagraph("文字整理 石冠兵\n制图 王辉"));
        assertEquals(Optional.of(List.of(new Byline(BylineRole.EDITOR, "李明"))), parser.creditParagraph("编辑:李明"));
        assertEquals(Optional.of(List.of(new Byline(BylineRole.AUTHOR, "张三"),
                new Byline(BylineRole.PHOTOGRAPHER, "李四"))), parser.creditParagraph("文/张三 图/李四"));
    }

    @Test
    void closingParenthesesCreditAuthorsButNotOrganisations() {
        assertEquals(Optional.of(List.of(new Byline(BylineRole.AUTHOR, "冯纪宣"))), parser.creditParagraph("(冯纪宣)"));
        assertEquals(Optional.of(List.of()), parser.creditParagraph("(组织部)"), "a source credit, no byline");
        assertEquals(List.of(new Byline(BylineRole.AUTHOR, "张延伟")),
                parser.closingCredit("提供高质量资源要素保障。(张延伟)").orElseThrow().bylines());
        assertTrue(parser.closingCredit("出台了实施办法(试行)").isEmpty(), "not after a closed sentence");
        assertTrue(parser.creditParagraph("(上接第一版)").isEmpty(), "a jump note, not a credit");
    }

    @Test
    void reviewersAndSourcesOfReprints() {
        assertEquals(Optional.of(List.of()), parser.creditParagraph("责任编辑:张三 审核:李四"), "page production");
        assertEquals(Optional.of(List.of()), parser.creditParagraph("来源:许昌日报"));
        assertEquals(Optional.of(List.of()), parser.creditParagraph("(来源:许昌日报)"));
    }

    @Test
    void runningTextIsNotACredit() {
        assertTrue(parser.creditParagraph("记者从市卫健委获悉,全市新增病例0例。").isEmpty());
        assertTrue(parser.creditParagraph("上图:核酸检测工作队在曙光中奔赴禹州一线。王建辉 摄").isEmpty());
        assertTrue(parser.creditParagraph("市委组织部坚持以新时代党的组织路线为指导").isEmpty());
    }

    @Test
    void photoCredits() {
        Byline wang = new Byline(BylineRole.PHOTOGRAPHER, "王建辉");
        assertEquals(List.of(wang), parser.photoCredit("上图:核酸检测工作队在曙光中奔赴禹州一线。王建辉 摄"));
        assertEquals(List.of(new Byline(BylineRole.PHOTOGRAPHER, "杨晓惠")),
                parser.photoCredit("图为慰问现场。摄影报道:杨晓惠"));
        assertEquals(List.of(new Byline(BylineRole.PHOTOGRAPHER, "马晓伟")), parser.photoCredit("本栏照片均为本报记者马晓伟摄"));
        assertEquals(List.of(new Byline(BylineRole.PHOTOGRAPHER, "张三")), parser.photoCredit("图为活动现场。(记者 张三 摄)"));
        assertEquals(Optional.of(List.of(new Byline(BylineRole.PHOTOGRAPHER, "赵得宇"))), parser.creditParagraph("赵得宇 摄"));
        assertTrue(parser.photoCredit("摄制组正在现场进行拍摄").isEmpty());
        assertTrue(parser.isColumnPhotoCredit("本栏照片均为本报记者马晓伟摄"));
        assertFalse(parser.isColumnPhotoCredit("赵得宇 摄"));
    }

    @Test
    void bareNameLinesUnderAHeadline() {
        assertEquals(List.of(new Byline(BylineRole.AUTHOR, "方丽红")), parser.bareNameLine("方丽红"));
        assertEquals(List.of(new Byline(BylineRole.AUTHOR, "魏永涛"), new Byline(BylineRole.AUTHOR, "屈笑笑")),
                parser.bareNameLine("魏永涛 屈笑笑"));
        assertEquals(List.of(new Byline(BylineRole.AUTHOR, "冯纪宣")), parser.bareNameLine("市纪委监委 冯纪宣"));
        assertTrue(parser.bareNameLine("重要会议").isEmpty());
        assertTrue(parser.bareNameLine("贾寨镇").isEmpty());
        assertTrue(parser.bareNameLine("全域静态管理 阻断传播链条").isEmpty());
    }

    @Test
    void datedWireFormulasOfThePaperAndOfAgencies() {
        LeadCredit paper = parser.leadFormula("本报北京1月31日电  (记者陆娅楠、韩 鑫)国家统计局23日公布");
        assertEquals(List.of(reporter("陆娅楠"), reporter("韩鑫")), paper.bylines());
        assertEquals("本报北京1月31日电  (记者陆娅楠、韩 鑫)".length(), paper.formulaLength());
        assertEquals(List.of(reporter("胡浩")), parser.leadFormula("新华社武汉2月2日电 (记者胡浩)孙春兰").bylines());
        assertEquals("本报北京2月4日电  ".length(), parser.leadFormula("本报北京2月4日电  连日来,又有一些国").formulaLength());
    }

    @Test
    void namesSpacedOutToTheWidthOfThreeCharacters() {
        assertEquals(Optional.of(List.of(reporter("何勇"))), parser.creditParagraph("本报记者  何  勇"));
        assertEquals(Optional.of(List.of(reporter("杨明方"), reporter("姜泓冰"))),
                parser.creditParagraph("本报记者  杨明方  姜泓冰"));
        assertEquals(List.of(new Byline(BylineRole.PHOTOGRAPHER, "黄超"), new Byline(BylineRole.PHOTOGRAPHER, "左潇")),
                parser.photoCredit("本报记者 黄 超 左 潇摄影报道"));
    }

    @Test
    void photoCreditWithThePictureDeskItCameThrough() {
        assertEquals(Optional.of(List.of(new Byline(BylineRole.PHOTOGRAPHER, "曹永龙"))),
                parser.creditParagraph("曹永龙摄(影像中国)"));
        assertEquals(List.of(new Byline(BylineRole.PHOTOGRAPHER, "许建园")),
                parser.photoCredit("2月12日,社区居民在无接触售菜点选购蔬菜。许建园摄(新华社发)"));
    }

    @Test
    void closingCreditListingAWholeTeam() {
        assertEquals(Optional.of(List.of(reporter("田豆豆"), reporter("崔佳"), reporter("蒋云龙"))),
                parser.creditParagraph("(本报记者田豆豆、崔佳、蒋云龙)"));
        assertEquals(List.of(reporter("申少铁"), reporter("付文")),
                parser.closingCredit("各地纷纷行动起来。(本报记者申少铁、付文)").orElseThrow().bylines());
    }

    @Test
    void notesOnTheAuthorOrTheSourceCloseAPieceWithoutAByline() {
        assertEquals(Optional.of(List.of()), parser.creditParagraph("(作者单位:中国政法大学人文学院)"));
        assertEquals(Optional.of(List.of()), parser.creditParagraph("(作者为全国政协常委、社会和法制委员会驻会副主任)"));
        assertEquals(Optional.of(List.of()), parser.creditParagraph("(摘编自2月5日《解放日报》,原题为《详细公布确诊病例》)"));
        assertEquals(List.of(), parser.closingCredit("这是我们的责任。(作者单位:安徽省委党校)").orElseThrow().bylines());
    }

    @Test
    void designAndGraphicsCreditsOfAPage() {
        assertEquals(Optional.of(List.of(new Byline(BylineRole.EDITOR, "蔡华伟"))), parser.creditParagraph("版式设计:蔡华伟"));
        assertEquals(Optional.of(List.of(new Byline(BylineRole.EDITOR, "汪哲平"))), parser.creditParagraph("本版制图:汪哲平"));
    }
}
