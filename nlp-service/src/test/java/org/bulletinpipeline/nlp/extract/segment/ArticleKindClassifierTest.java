package org.bulletinpipeline.nlp.extract.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.bulletinpipeline.nlp.extract.model.ArticleKind;
import org.bulletinpipeline.nlp.extract.segment.ArticleKindClassifier.Signs;
import org.junit.jupiter.api.Test;

class ArticleKindClassifierTest {

    private final ArticleKindClassifier classifier = new ArticleKindClassifier();

    private static Signs plain(String kicker, String title) {
        return new Signs(false, false, 0, false, false, false, false, 0, kicker, title, null);
    }

    @Test
    void photoAndTimeline() {
        assertEquals(ArticleKind.PHOTO,
                classifier.classify(new Signs(true, false, 0, false, false, false, false, 0, null, null, null)));
        assertEquals(ArticleKind.TIMELINE,
                classifier.classify(new Signs(false, true, 5, false, false, false, false, 0, null, "重要会议", null)));
        assertEquals(ArticleKind.NEWS, classifier.classify(new Signs(false, true, 1, false, false, false, false, 0, null, "某会议召开", null)),
                "one date entry is not a list");
    }

    @Test
    void notices() {
        assertEquals(ArticleKind.NOTICE,
                classifier.classify(new Signs(false, false, 0, true, false, false, false, 0, null, "反腐倡廉高质量 监督实践好探索", null)));
        assertEquals(ArticleKind.NOTICE, classifier.classify(plain(null, "关于进一步加强社会管控的通告")));
        assertEquals(ArticleKind.NOTICE,
                classifier.classify(new Signs(false, false, 0, false, true, false, false, 0, "示范区", "召开安全生产工作会议", null)));
    }

    @Test
    void features() {
        assertEquals(ArticleKind.FEATURE,
                classifier.classify(new Signs(false, false, 0, false, false, true, false, 0, null, "禹州市: 擦亮监督探头 谱写反腐新篇", null)));
        assertEquals(ArticleKind.FEATURE,
                classifier.classify(new Signs(false, false, 0, false, false, false, false, 4, null, "用闪亮党徽铸就战胜疫情的铜墙铁壁", null)));
        assertEquals(ArticleKind.FEATURE, classifier.classify(plain("许昌战疫周报(三)", "拨云见日 有序解封")));
    }

    @Test
    void aReporterFiledReportStaysNewsDespiteSections() {
        assertEquals(ArticleKind.NEWS,
                classifier.classify(new Signs(false, false, 0, false, false, false, true, 3, null, "市委召开全会", null)));
        assertEquals(ArticleKind.FEATURE,
                classifier.classify(new Signs(false, false, 0, false, false, false, false, 3, null, "市委召开全会", null)));
    }

    @Test
    void newsByDefault() {
        assertEquals(ArticleKind.NEWS, classifier.classify(plain("抗击疫情 我们始终在一起", "五星红旗在集中隔离点升起")));
        assertEquals(ArticleKind.NEWS, classifier.classify(plain(null, null)));
    }
}
