package org.bulletinpipeline.nlp.extract.segment;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.bulletinpipeline.nlp.extract.model.ArticleKind;
import org.bulletinpipeline.nlp.extract.model.ArticleLayout;
import org.bulletinpipeline.nlp.extract.model.BulletinLayout;
import org.bulletinpipeline.nlp.extract.model.Byline;
import org.bulletinpipeline.nlp.extract.model.BylineRole;
import org.bulletinpipeline.nlp.extract.model.SourceHints;
import org.bulletinpipeline.nlp.extract.model.YearSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageReaderTest {

    private static final List<String> SAMPLES = List.of("000_733b5103fee038bf", "001_ada5c42173732686",
            "002_b825825c6756efef");

    private final PageReader reader = new PageReader();

    private BulletinLayout read(String text) {
        return reader.read(text, SourceHints.none());
    }

    @Test
    void emptyTextHasNoArticles() {
        assertTrue(read("").articles().isEmpty());
        assertTrue(read(" \n\n\u3000\n").articles().isEmpty());
        assertTrue(reader.read(null, null).articles().isEmpty());
        assertEquals(2022, reader.read("", new SourceHints("禹州通讯", LocalDate.of(2022, 5, 17))).year());
    }

    @ParameterizedTest
    @ValueSource(strings = {"。。。!!!……", "Lorem ipsum dolor sit amet, consectetur adipiscing elit.", "#", "## ",
            "((((", "————", "12345"})
    void punctuationOrLatinTextIsOneUntitledItem(String text) {
        BulletinLayout layout = assertDoesNotThrow(() -> read(text));
        assertEquals(1, layout.articles().size());
        ArticleLayout only = layout.articles().getFirst();
        assertNull(only.title());
        assertEquals(ArticleKind.NEWS, only.kind());
    }

    @Test
    void textWithoutAHeadlineIsOneUntitledNewsItem() {
        String text = "市委组织部坚持以新时代党的组织路线为指导,推动乡村振兴。\n\n全市各级党组织积极行动,取得了明显成效。";
        BulletinLayout layout = read(text);
        assertEquals(1, layout.articles().size());
        ArticleLayout only = layout.articles().getFirst();
        assertNull(only.title());
        assertEquals(ArticleKind.NEWS, only.kind());
        assertEquals("市委组织部坚持以新时代党的组织路线为指导,推动乡村振兴。\n全市各级党组织积极行动,取得了明显成效。", only.body());
        assertEquals(0, only.span().start());
        assertEquals(text.length(), only.span().end());
    }

    @Test
    void newsWithKickerSubtitleFormulaAndDateline() {
        String text = """
                抗击疫情 我们始终在一起

                市疫情防控指挥部召开第二十次会议 要求全力夺取本轮疫情防控全面胜利

                刘涛提出要求 马正兰等参加

                本报讯(记者 高伟山)5月16日,市疫情防控指挥部以视频形式召开第二十次会议。市委书记强调,要继续绷紧思想之弦,巩固来之不易

                的防控成果。

                (下转第二版)
                """;
        ArticleLayout article = reader.read(text, new SourceHints(null, LocalDate.of(2022, 5, 17))).articles()
                .getFirst();
        assertAll(
                () -> assertEquals("抗击疫情 我们始终在一起", article.kicker()),
                () -> assertEquals("市疫情防控指挥部召开第二十次会议 要求全力夺取本轮疫情防控全面胜利", article.title()),
                () -> assertEquals("刘涛提出要求 马正兰等参加", article.subtitle()),
                () -> assertEquals(List.of(new Byline(BylineRole.REPORTER, "高伟山")), article.bylines()),
                () -> assertEquals(LocalDate.of(2022, 5, 16), article.dateline()),
                () -> assertEquals("第二版", article.continuedOn()),
                () -> assertTrue(article.body().startsWith("5月16日,市疫情防控指挥部")),
                () -> assertTrue(article.body().contains("巩固来之不易的防控成果。")),
                () -> assertEquals(ArticleKind.NEWS, article.kind()));
    }

    @Test
    void briefColumnItemsTakeTheirUnitLineAsKicker() {
        String text = """
                简讯快报

                示范区

                召开安全生产工作会议

                本报讯 5月10日,示范区召开安全生产工作会议,部署近期安全生产工作。

                贾寨镇

                开展人居环境整治行动

                近日,贾寨镇组织党员干部开展人居环境整治行动,清理垃圾杂物。
                """;
        List<ArticleLayout> articles = reader.read(text, new SourceHints(null, LocalDate.of(2022, 5, 12))).articles();
        assertEquals(2, articles.size());
        assertEquals("示范区", articles.get(0).kicker());
        assertEquals("召开安全生产工作会议", articles.get(0).title());
        assertEquals(ArticleKind.NOTICE, articles.get(0).kind());
        assertEquals(LocalDate.of(2022, 5, 10), articles.get(0).dateline());
        assertEquals("贾寨镇", articles.get(1).kicker());
        assertEquals("开展人居环境整治行动", articles.get(1).title());
        assertNull(articles.get(1).dateline());
    }

    @Test
    void datedListIsOneTimelineAndEditorCreditsUnderAPhotoBelongToIt() {
        String text = """
                许昌战疫周记(二)

                拨云见日,有序恢复!
                统筹推进,双战双赢!

                时间:5月9日中午

                市疫情防控指挥部以视频形式召开第十六次会议。

                强调

                抗疫斗争没有捷径可言,坚持就是胜利。

                时间:5月9日晚

                市长主持召开全市疫情防控分析研判会议。

                上图:抗疫一线的护士收到居民送的鲜花和祝福。
                赵得宇 摄

                文字整理 石冠兵
                制图 王辉
                """;
        List<ArticleLayout> articles = reader.read(text, new SourceHints(null, LocalDate.of(2022, 5, 17))).articles();
        assertEquals(2, articles.size());
        ArticleLayout timeline = articles.get(0);
        assertEquals(ArticleKind.TIMELINE, timeline.kind());
        assertEquals("许昌战疫周记(二)", timeline.kicker());
        assertEquals(LocalDate.of(2022, 5, 9), timeline.dateline());
        assertEquals(List.of(new Byline(BylineRole.EDITOR, "石冠兵"), new Byline(BylineRole.EDITOR, "王辉")),
                timeline.bylines());
        ArticleLayout photo = articles.get(1);
        assertEquals(ArticleKind.PHOTO, photo.kind());
        assertNull(photo.title());
        assertEquals(List.of(new Byline(BylineRole.PHOTOGRAPHER, "赵得宇")), photo.bylines());
    }

    @Test
    void signedFeatureKeepsItsSubheadings() {
        String text = """
                禹州市: 擦亮监督探头 谱写反腐新篇

                方丽红

                激浊扬清,正气满盈;披荆斩棘,砥砺前行。

                扛牢监督首责,坚决推动党中央决策部署落地落实

                党中央决策部署到哪里,监督检查就跟进到哪里。

                一体推进“三不”,全面持续深化“清廉禹州”建设

                不断丰富廉政教育内容和形式,唱响“清廉禹州”好声音。(下转第三版)

                襄城县: 四个紧盯察民忧 正风肃纪护民利

                魏永涛 屈笑笑

                2021年,襄城县纪委监委坚持问题导向。
                """;
        List<ArticleLayout> articles = read(text).articles();
        assertEquals(2, articles.size());
        assertEquals(ArticleKind.FEATURE, articles.get(0).kind());
        assertEquals(List.of(new Byline(BylineRole.AUTHOR, "方丽红")), articles.get(0).bylines());
        assertEquals("第三版", articles.get(0).continuedOn());
        assertTrue(articles.get(0).body().contains("扛牢监督首责"));
        assertTrue(articles.get(0).body().endsWith("好声音。"));
        assertEquals(2, articles.get(1).bylines().size());
    }

    @Test
    void orphanTailAfterAFinishedStoryIsNotGluedToIt() {
        String text = """
                市人大常委会举行新闻发布会

                本报讯(记者 毛迎)5月16日,市人大常委会举行新闻发布会。(下转第二版)

                作。全市各级政协组织要从严从实从细落实疫情防控各项措施。
                """;
        List<ArticleLayout> articles = read(text).articles();
        assertEquals(2, articles.size());
        assertEquals("市人大常委会举行新闻发布会", articles.get(0).title());
        assertNull(articles.get(1).title());
        assertTrue(articles.get(1).body().startsWith("作。"));
    }

    @Test
    void captionPrintedAsPlainParagraphWithItsCreditBelowIsAPhoto() {
        String text = """
                组织捐赠生活物资 关爱禹州建筑工人

                本报讯(记者张辉)1月18日,许昌市建筑业协会组织捐款购买防疫物资。

                当日,协会将物资集中运送到禹州市。

                1月19日中午,辅警刘跃华趁换岗休息间隙给同事理发。

                曹秀军 摄
                """;
        List<ArticleLayout> articles = reader.read(text, new SourceHints(null, LocalDate.of(2022, 1, 20))).articles();
        assertEquals(2, articles.size());
        assertEquals(ArticleKind.PHOTO, articles.get(1).kind());
        assertEquals(LocalDate.of(2022, 1, 19), articles.get(1).dateline());
        assertEquals(List.of(new Byline(BylineRole.PHOTOGRAPHER, "曹秀军")), articles.get(1).bylines());
        assertTrue(articles.get(0).body().endsWith("运送到禹州市。"));
    }

    @Test
    void columnPhotoCreditCreditsTheStoryAndTakesNothingAway() {
        String text = """
                五星红旗在集中隔离点升起

                本报记者 武芳

                1月24日上午,在襄城县集中隔离点内,举行了一场特别的升旗仪式。

                隔离房间里,52名隔离人员望向窗外。

                本栏照片均为本报记者马晓伟摄
                """;
        List<ArticleLayout> articles = read(text).articles();
        assertEquals(1, articles.size());
        assertEquals(List.of(new Byline(BylineRole.REPORTER, "武芳"), new Byline(BylineRole.PHOTOGRAPHER, "马晓伟")),
                articles.getFirst().bylines());
    }

    @Test
    void aCommentarySignedByTheEditorialBoardIsAFeatureWithoutBylines() {
        String text = """
                为基层减负要落到实处

                本报评论员

                近年来,各地在为基层减负方面做了大量工作,取得了积极成效。
                """;
        ArticleLayout commentary = read(text).articles().getFirst();
        assertEquals("为基层减负要落到实处", commentary.title());
        assertNull(commentary.subtitle());
        assertTrue(commentary.bylines().isEmpty());
        assertEquals(ArticleKind.FEATURE, commentary.kind());
    }

    @Test
    void anUnsignedReportEndsWhereTheNextHeadlineStands() {
        String text = """
                市领导深入一线暗访督导社区防控工作

                市委常委、组织部部长许进宏连续深入疫情防控一线。

                每到一处,许进宏详细了解各项社区防控措施落实情况。

                市纪委监委 强监督保落实 护航疫情防控

                市纪委监委26个督导组奔赴一线,直插现场。
                """;
        List<ArticleLayout> articles = read(text).articles();
        assertEquals(2, articles.size());
        assertEquals("市纪委监委 强监督保落实 护航疫情防控", articles.get(1).title());
    }

    @Test
    void aStoryContinuedFromAnotherPageUnderItsRepeatedHeadline() {
        String text = """
                组织捐赠生活物资 关爱禹州建筑工人

                本报讯(记者张辉)1月18日,许昌市建筑业协会组织捐款购买防疫物资。

                当日,协会将物资集中运送到禹州市。

                市人大常委会举行新闻发布会

                (上接第一版)发布会对《决定》的内容和特点进行解读。

                ▲1月19日,辅警刘跃华趁换岗休息间隙给同事理发。
                """;
        List<ArticleLayout> articles = reader.read(text, new SourceHints(null, LocalDate.of(2022, 1, 20))).articles();
        assertEquals(3, articles.size());
        assertEquals("市人大常委会举行新闻发布会", articles.get(1).title());
        assertTrue(articles.get(1).body().startsWith("发布会对"));
        assertEquals(ArticleKind.PHOTO, articles.get(2).kind());
    }

    @Test
    void noticeSignatureClosesTheNoticeAndBriefsPrintTheirUnitOnTheLineAbove() {
        String text = """
                关于进一步加强社会管控的通告

                为切实阻断疫情传播途径,经研究决定,现将有关事项通告如下:

                一、全市所有人员非必要不外出。

                禹州市新冠肺炎疫情防控指挥部

                2022年5月7日

                简讯快报

                示范区
                召开安全生产工作会议

                本报讯 5月10日,示范区召开安全生产工作会议。

                左图:志愿者为居民配送生活物资。

                右图:医务人员为群众进行核酸采样。

                本报记者 王建辉 摄
                """;
        List<ArticleLayout> articles = read(text).articles();
        assertEquals(4, articles.size());
        assertEquals(ArticleKind.NOTICE, articles.get(0).kind());
        assertTrue(articles.get(0).body().endsWith("2022年5月7日"));
        assertEquals("示范区", articles.get(1).kicker());
        assertEquals("召开安全生产工作会议", articles.get(1).title());
        Byline photographer = new Byline(BylineRole.PHOTOGRAPHER, "王建辉");
        assertEquals(List.of(photographer), articles.get(2).bylines(), "a shared credit credits every stacked photo");
        assertEquals(List.of(photographer), articles.get(3).bylines());
    }

    @Test
    void numberedSubheadingsStayInsideTheReport() {
        String text = """
                市委召开全面从严治党工作会议

                会议对今年工作作出部署。

                会议指出,要坚定不移推进全面从严治党。

                一、强化政治监督

                要紧盯重大决策部署落实情况开展监督。

                二、深化作风建设

                要持之以恒落实中央八项规定精神。
                """;
        List<ArticleLayout> articles = read(text).articles();
        assertEquals(1, articles.size());
        assertTrue(articles.getFirst().body().contains("二、深化作风建设"));
    }

    @Test
    void markedBulletinTakesAnUnmarkedDeckAboveATitleAsKicker() {
        String text = """
                ## 用闪亮党徽铸就战胜疫情的铜墙铁壁

                刘艳红

                新一轮疫情发生后,我市迅速启动应急响应机制。

                ### 全域静态管理 阻断传播链条

                全市678个村(社区)全部进入静态管理。

                抗击疫情 我们始终在一起

                ## 五星红旗在集中隔离点升起

                (记者 武芳)1月24日上午,在襄城县举行了一场特别的升旗仪式。

                图为升旗仪式现场。

                (记者 马晓伟 摄)
                """;
        List<ArticleLayout> articles = reader.read(text, new SourceHints(null, LocalDate.of(2022, 1, 25))).articles();
        assertEquals(3, articles.size());
        assertEquals(ArticleKind.FEATURE, articles.get(0).kind());
        assertTrue(articles.get(0).body().contains("全域静态管理 阻断传播链条"));
        assertEquals("抗击疫情 我们始终在一起", articles.get(1).kicker());
        assertEquals(List.of(new Byline(BylineRole.REPORTER, "武芳")), articles.get(1).bylines());
        assertEquals(LocalDate.of(2022, 1, 24), articles.get(1).dateline());
        assertEquals(List.of(new Byline(BylineRole.PHOTOGRAPHER, "马晓伟")), articles.get(2).bylines());
    }

    @Test
    void bodyOffsetsPointAtTheSameCharactersInTheReceivedText() throws IOException {
        for (String sample : SAMPLES) {
            String text = sample(sample);
            for (ArticleLayout article : read(text).articles()) {
                assertTrue(article.span().start() >= 0 && article.span().end() <= text.length());
                for (int i = 0; i < article.body().length(); i++) {
                    char c = article.body().charAt(i);
                    if (c != '\n' && c != ' ') {
                        int at = article.toSource(i);
                        assertEquals(c, text.charAt(at), sample + " body char " + i);
                        assertTrue(at >= article.span().start() && at < article.span().end());
                    }
                }
            }
        }
    }

    @Test
    void anySliceOfARealBulletinReadsWithoutFailing() throws IOException {
        Random random = new Random(42);
        for (String sample : SAMPLES) {
            String text = sample(sample);
            for (int round = 0; round < 200; round++) {
                int start = random.nextInt(text.length());
                int end = start + random.nextInt(text.length() - start + 1);
                String slice = text.substring(start, end);
                BulletinLayout layout = assertDoesNotThrow(() -> read(slice), sample + " [" + start + "," + end + ")");
                layout.articles().forEach(a -> assertTrue(a.span().end() <= slice.length()));
            }
        }
    }

    @Test
    void randomTextOfPageCharactersReadsWithoutFailing() {
        String alphabet = "\n\n\n  \u3000#((下转第版))摄记者本报讯月日年2022一二十,。!?:、“”——市委召开会议张王李图为上";
        Random random = new Random(7);
        for (int round = 0; round < 500; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(400);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String page = text.toString();
            BulletinLayout layout = assertDoesNotThrow(() -> read(page), page);
            for (ArticleLayout article : layout.articles()) {
                assertTrue(article.span().start() <= article.span().end() && article.span().end() <= page.length());
                assertEquals(article.body().length(), article.bodyOffsets().length());
            }
        }
    }

    private static String sample(String name) throws IOException {
        try (InputStream in = PageReaderTest.class.getResourceAsStream("/samples/" + name + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A national paper's page: wire formulas, closing team credits, column tags, parts of a round-up. */
    private static final String NATIONAL_PAGE = """

            天津多部门启动应急预案,有序处理游客发热事件——

            3700位邮轮乘客的24小时

            24日晚,一条消息引起天津新型冠状病毒感染的肺炎疫情防控指挥部的高度关注。

            经过连夜检测,邮轮上的游客全部排除感染,25日下午陆续下船。

            (本报记者武少民、李家鼎)

            最是“牵挂”暖人心(今日谈)

            走进曾经的建档立卡贫困村,了解脱贫攻坚情况,总书记总是念兹在兹。

            这份牵挂,化作了贫困群众实实在在的获得感。

            大力强化社区网格化管理(社区防控,我们在行动)

            西安市长安区

            高效采集信息  织密防控网络

            本报记者  龚仕建

            依托科学高效的信息采集,不断织密防控网络,长安区实现了精准防控。

            在韦曲街道智慧城三期小区,因为有了网格员,居民生活有保障。

            湖南汉寿

            细化防控措施 确保落实到位

            本报记者  何  勇

            2月2日傍晚,湖南省汉寿县沧港镇北拐村一个老人对进入村里的车辆进行登记。

            面对疫情,汉寿县实行“五包”制度,层层压实责任。

            国家卫健委发布会——

            不同人群 分类防护

            本报北京2月2日电  (记者邱超奕)截至2月1日24时,全国累计报告确诊病例14380例。

            发布会上,专家介绍了不同人群的防护要点。
            """;

    @Test
    void aNationalPaperPageReadsAsItsStories() {
        BulletinLayout layout = reader.read(NATIONAL_PAGE, new SourceHints(null, LocalDate.of(2020, 2, 3)));
        List<ArticleLayout> articles = layout.articles();
        assertEquals(List.of("3700位邮轮乘客的24小时", "最是“牵挂”暖人心(今日谈)", "大力强化社区网格化管理(社区防控,我们在行动)",
                "不同人群 分类防护"), articles.stream().map(ArticleLayout::title).toList());
        assertEquals("天津多部门启动应急预案,有序处理游客发热事件——", articles.get(0).kicker());
        assertEquals(List.of(new Byline(BylineRole.REPORTER, "武少民"), new Byline(BylineRole.REPORTER, "李家鼎")),
                articles.get(0).bylines());
        assertEquals(LocalDate.of(2020, 1, 24), articles.get(0).dateline());
        assertTrue(articles.get(2).body().contains("湖南汉寿"), "a round-up keeps its parts");
        assertEquals(List.of(new Byline(BylineRole.REPORTER, "邱超奕")), articles.get(3).bylines());
        assertEquals(LocalDate.of(2020, 2, 2), articles.get(3).dateline());
        assertEquals("国家卫健委发布会——", articles.get(3).kicker());
    }

    @Test
    void aBareDateWithoutEvidenceOfTheYearHasNoIsoDateline() {
        String text = """
                全市召开防汛工作会议

                本报讯(记者 张三)8月7日,全市召开防汛工作会议。2017年,全市曾遭遇特大暴雨。
                """;
        BulletinLayout unknown = reader.read(text, SourceHints.none());
        assertNull(unknown.year());
        assertNull(unknown.yearSource());
        assertNull(unknown.articles().getFirst().dateline());
        BulletinLayout dated = reader.read(text, new SourceHints(null, LocalDate.of(2023, 8, 8)));
        assertEquals(YearSource.PUBLISHED_ON, dated.yearSource());
        assertEquals(LocalDate.of(2023, 8, 7), dated.articles().getFirst().dateline());
    }
}
