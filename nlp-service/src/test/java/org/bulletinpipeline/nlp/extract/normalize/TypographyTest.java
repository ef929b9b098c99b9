package org.bulletinpipeline.nlp.extract.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TypographyTest {

    @Test
    void headlinesAreShortLinesWithoutSentenceStops() {
        assertTrue(Typography.isHeadingShaped("拨云见日 有序解封 许昌迎来全面胜利曙光"));
        assertTrue(Typography.isHeadingShaped("拨云见日,有序恢复!"));
        assertTrue(Typography.isHeadingShaped("市人大常委会举行新闻发布会 公共场所必须“戴口罩”“扫码” 违者将被罚!"));
        assertTrue(Typography.isHeadingShaped("## 市领导深入一线暗访督导社区防控工作"));
        assertTrue(Typography.isHeadingShaped("紧盯教育领域开展专项整治,着力构建风清气正的育人环境"));
    }

    @Test
    void runningTextAndCutSentencesAreNotHeadlines() {
        assertFalse(Typography.isHeadingShaped("市委书记史根治在禹州市主持召开会议。"), "sentence stop");
        assertFalse(Typography.isHeadingShaped("本次活动将持续至1月30日,由群"), "two-character clause left by a cut");
        assertFalse(Typography.isHeadingShaped("“本次活动主要目的在于保证禹"), "unbalanced quote");
        assertFalse(Typography.isHeadingShaped("刘保新强调,一要以慎终如始毫不放松的态度,严格做好疫情防控工"), "three clauses");
        assertFalse(Typography.isHeadingShaped("会上传达学习了河南省自然资源厅关于开展“三区三线”划定举证工作的通知要求,发改部门重点介绍了全市"),
                "long line with a comma");
        assertFalse(Typography.isHeadingShaped("疫情形势持续向好,我们取得了“战疫”重大胜利——"), "lead-in dash");
        assertFalse(Typography.isHeadingShaped("强调"), "too short");
        assertTrue(Typography.isLeadInKicker("天津多部门启动应急预案,有序处理游客发热事件——"));
        assertFalse(Typography.isLeadInKicker("天津多部门启动应急预案,有序处理游客发热事件"));
        assertFalse(Typography.isHeadingShaped("“我们一定能打赢这场硬仗!”"), "quoted speech");
        assertFalse(Typography.isHeadingShaped("YUZHOU TONGXUN"), "no Chinese");
    }

    @Test
    void sentenceEndsIncludeLeadInDashesClosingQuotesAndJumpNotes() {
        assertTrue(Typography.endsSentence("迎接期盼已久的春天。"));
        assertTrue(Typography.endsSentence("“有条件”解封也如约而至——"));
        assertTrue(Typography.endsSentence("真正帮助禹州人民过好春节。”"));
        assertTrue(Typography.endsSentence("主要领导的活动十分密集:"));
        assertTrue(Typography.endsSentence("浸润人心。(下转第三版)"));
        assertFalse(Typography.endsSentence("伴随着雄壮豪迈的国歌声,鲜"));
        assertFalse(Typography.endsSentence("推动乡村两级对标"));
        assertFalse(Typography.endsSentence("使用场所码的决定》(以"));
    }

    @Test
    void jumpNotesNameThePage() {
        assertEquals("第三版", Typography.jumpTarget("浸润人心。(下转第三版)"));
        assertEquals("第2版", Typography.jumpTarget("(转第2版)"));
        assertNull(Typography.jumpTarget("迎送各县(市、区)援禹医疗队。"));
        assertEquals("浸润人心。", Typography.withoutJumpNote("浸润人心。(下转第三版)"));
    }

    @Test
    void headingMarkersHaveLevels() {
        assertEquals(2, Typography.headingMarkerLevel("## 标题"));
        assertEquals(3, Typography.headingMarkerLevel("### 小标题"));
        assertEquals(0, Typography.headingMarkerLevel("#话题#讨论"));
        assertEquals("标题", Typography.stripHeadingMarker("## 标题"));
    }
}
