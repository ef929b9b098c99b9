package org.bulletinpipeline.nlp.extract.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.bulletinpipeline.nlp.extract.entity.EntityExtractor;
import org.bulletinpipeline.nlp.extract.place.PlaceGazetteer;
import org.bulletinpipeline.nlp.extract.place.PlaceRecognizer;
import org.bulletinpipeline.nlp.extract.text.Surnames;
import org.junit.jupiter.api.Test;

class PersonRecognizerTest {

    private static final EntityExtractor ANALYZER = new EntityExtractor();
    private static final PersonRecognizer PERSONS = new PersonRecognizer(new Surnames(),
            new PlaceRecognizer(new PlaceGazetteer()));

    /** Names found in {@code text}, each with its titles. */
    private static Map<String, Set<String>> persons(String text) {
        return PERSONS.recognize(ANALYZER.analyze(text), List.of(), Set.of()).stream()
                .collect(Collectors.toMap(PersonRecognizer.Found::name, PersonRecognizer.Found::titles));
    }

    @Test
    void aNationalTitleIsReadBeforeTheName() {
        Map<String, Set<String>> found = persons("\u56FD\u52A1\u9662\u603B\u7406\u674E\u9E4F\u4ECA\u5929\u5728\u5317\u4EAC"
                + "\u4F1A\u89C1\u4E86\u65E5\u672C\u5BA2\u4EBA\u3002");
        assertEquals(Set.of("\u674E\u9E4F"), found.keySet());
        assertTrue(found.get("\u674E\u9E4F").stream().anyMatch(t -> t.endsWith("\u603B\u7406")), found.toString());
    }

    @Test
    void anAcademicTitleComesFromTheLexicon() {
        // 院士张三丰出席会议: one person, not also the tagger's shorter 张三
        Map<String, Set<String>> found = persons("\u9662\u58EB\u5F20\u4E09\u4E30\u51FA\u5E2D\u4F1A\u8BAE\u3002");
        assertEquals(Set.of("\u5F20\u4E09\u4E30"), found.keySet());
        assertTrue(found.get("\u5F20\u4E09\u4E30").contains("\u9662\u58EB"), found.toString());
    }

    @Test
    void anUntitledNameComesFromTheTagger() {
        // 李岚清今天在中南海会见了客人。
        assertEquals(Set.of("\u674E\u5C9A\u6E05"),
                persons("\u674E\u5C9A\u6E05\u4ECA\u5929\u5728\u4E2D\u5357\u6D77\u4F1A\u89C1\u4E86\u5BA2\u4EBA\u3002").keySet());
    }

    @Test
    void aFamilyNameWithAFormOfAddressIsNoName() {
        // 李师傅和王大爷在门口值守。
        assertEquals(Map.of(), persons("\u674E\u5E08\u5085\u548C\u738B\u5927\u7237\u5728\u95E8\u53E3\u503C\u5B88\u3002"));
    }

    @Test
    void aQuotedSloganHoldsNoName() {
        // 营造“崇廉尚洁”新常态。
        assertEquals(Map.of(), persons("\u8425\u9020\u201C\u5D07\u5EC9\u5C1A\u6D01\u201D\u65B0\u5E38\u6001\u3002"));
    }

    @Test
    void aTransliteratedNameAfterATitleIsReadWhole() {
        // 国家杜马主席谢列兹尼奥夫今天会见了代表团。 HanLP's words cut the name after 谢列兹
        assertEquals(Set.of("\u8C22\u5217\u5179\u5C3C\u5965\u592B"),
                persons("\u56FD\u5BB6\u675C\u9A6C\u4E3B\u5E2D\u8C22\u5217\u5179\u5C3C\u5965\u592B\u4ECA\u5929\u4F1A\u89C1\u4E86\u4EE3\u8868\u56E2\u3002").keySet());
    }

    @Test
    void aTaggedNameKeepsAFirstCharacterHanLpReadsAsAConjunction() {
        // 法国总理若斯潘今天表示赞赏。 HanLP: 若/c 斯潘/nr
        assertEquals(Set.of("\u82E5\u65AF\u6F58"), persons("\u6CD5\u56FD\u603B\u7406\u82E5\u65AF\u6F58\u4ECA\u5929\u8868\u793A\u8D5E\u8D4F\u3002").keySet());
    }

    @Test
    void aPostFromTheLexiconAnchorsTheName() {
        // 检察员张文华出庭支持公诉。
        Map<String, Set<String>> found = persons("\u68C0\u5BDF\u5458\u5F20\u6587\u534E\u51FA\u5EAD\u652F\u6301\u516C\u8BC9\u3002");
        assertEquals(Set.of("\u5F20\u6587\u534E"), found.keySet());
        assertTrue(found.get("\u5F20\u6587\u534E").stream().anyMatch(t -> t.endsWith("\u68C0\u5BDF\u5458")), found.toString());
    }

    @Test
    void anOccupationIsNoTitle() {
        // 律师事务所今天开业。 律师 is no post: nothing to anchor a name on
        assertEquals(Map.of(), persons("\u5F8B\u5E08\u4E8B\u52A1\u6240\u4ECA\u5929\u5F00\u4E1A\u3002"));
    }

    @Test
    void aFamilyNameWithARoleWordIsNoName() {
        // 公安局援禹辅警刘跃华趁换岗休息。 禹 is a family name, but 禹辅警 is the auxiliary police sent to Yuzhou
        assertEquals(Set.of("\u5218\u8DC3\u534E"), persons("\u516C\u5B89\u5C40\u63F4\u79B9\u8F85\u8B66\u5218\u8DC3\u534E\u8D81\u6362\u5C97\u4F11\u606F\u3002").keySet());
    }

    @Test
    void aLocalTitleIsReadWithItsUnit() {
        // 禹州市委书记史根治到颍川街道暗访督导社区疫情防控工作。
        Map<String, Set<String>> found = persons("禹州市委书记史根治到颍川街道暗访督导社区疫情防控工作\u3002");
        assertEquals(Set.of("史根治"), found.keySet());
        assertTrue(found.get("史根治").stream().anyMatch(t -> t.endsWith("书记")), found.toString());
    }

    @Test
    void aDeputyTitleBelongsToItsNameOnly() {
        // 副市长马正兰主持会议,刘涛出席并讲话。
        Map<String, Set<String>> found = persons("副市长马正兰主持会议,刘涛出席并讲话\u3002");
        assertEquals(Set.of("马正兰", "刘涛"), found.keySet());
        assertEquals(Set.of("副市长"), found.get("马正兰"));
        assertEquals(Set.of(), found.get("刘涛"));
    }

    @Test
    void everyNameOfAListIsAPerson() {
        // 他带领张灿峰、范丽娟等下沉党员干部,把小区统一管理起来。
        assertEquals(Set.of("张灿峰", "范丽娟"),
                persons("他带领张灿峰\u3001范丽娟等下沉党员干部,把小区统一管理起来\u3002").keySet());
    }

    @Test
    void aReporterWithARareSurnameIsAPerson() {
        // 记者巨云鹏从河南省郑州市获悉。: 巨 is in the shared surname list
        assertEquals(Map.of("巨云鹏", Set.of("记者")), persons("记者巨云鹏从河南省郑州市获悉\u3002"));
    }

    @Test
    void countsAndRoadsAreNoNames() {
        // 全市678个村(社区)全部进入静态管理。 / 高速公路出入口设置了检查点。
        assertEquals(Map.of(), persons("全市678个村(社区)全部进入静态管理,各条小路一律封闭\u3002"));
        assertEquals(Map.of(), persons("高速公路出入口设置了检查点\u3002"));
    }

    @Test
    void aTwoCharacterNameWithoutFamilyNameComesFromTheTagger() {
        // foreign and given names the tagger reads: 拉埃女士详细介绍了情况。 / 小俊平开通了一条心理咨询热线。
        assertEquals(Set.of("拉埃"), persons("拉埃女士详细介绍了情况\u3002").keySet());
        assertTrue(persons("那年秋天,俊平开通了一条心理咨询热线\u3002").containsKey("俊平"));
    }

    @Test
    void twoCharactersThatAreAVerbAQuotedTermOrATitleAreNoName() {
        // 党员要佩戴党徽、亮明身份。 / 让壁画信息永久“保真”。 / 他读过小说《蚁生》。
        assertEquals(Map.of(), persons("党员要佩戴党徽\u3001亮明身份\u3002"));
        assertEquals(Map.of(), persons("让壁画信息永久\u201C保真\u201D\u3002"));
        assertEquals(Map.of(), persons("他读过小说\u300A蚁生\u300B\u3002"));
    }

    @Test
    void aNameBeforeAPlaceTypeWordOrAfterANumeralIsNoPerson() {
        // 检察官开始对莱克伍德县法官进行调查。 / 这3张卫星图片记录了变化。 / 有过这种经历的王小姐这样说。
        assertEquals(Map.of(), persons("检察官开始对莱克伍德县法官进行调查\u3002"));
        assertEquals(Map.of(), persons("这3张卫星图片记录了变化\u3002"));
        assertEquals(Map.of(), persons("有过这种经历的王小姐这样说\u3002"));
    }
}
