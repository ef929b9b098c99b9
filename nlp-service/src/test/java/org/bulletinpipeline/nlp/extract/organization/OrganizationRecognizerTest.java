package org.bulletinpipeline.nlp.extract.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.bulletinpipeline.nlp.extract.text.AnalyzedText;
import org.bulletinpipeline.nlp.extract.entity.EntityExtractor;
import org.bulletinpipeline.nlp.extract.text.TextRange;
import org.bulletinpipeline.nlp.extract.place.PlaceGazetteer;
import org.bulletinpipeline.nlp.extract.place.PlaceRecognizer;
import org.junit.jupiter.api.Test;

class OrganizationRecognizerTest {

    private static final EntityExtractor ANALYZER = new EntityExtractor();
    private static final PlaceGazetteer GAZETTEER = new PlaceGazetteer();
    private static final OrganizationRecognizer UNITS = new OrganizationRecognizer(GAZETTEER);
    private static final PlaceRecognizer PLACES = new PlaceRecognizer(GAZETTEER);

    /** Units by rule, then places outside them, then the tagger's units, as the extractor runs them. */
    private static List<String> units(String text) {
        AnalyzedText analyzed = ANALYZER.analyze(text);
        List<OrganizationRecognizer.Mention> byRule = UNITS.recognize(analyzed, List.of());
        List<TextRange> excluded = new ArrayList<>();
        byRule.forEach(u -> excluded.add(new TextRange(u.start(), u.end())));
        List<PlaceRecognizer.Mention> places = PLACES.recognize(analyzed, excluded);
        return UNITS.withTaggedNames(analyzed, List.of(), byRule, places).stream()
                .map(OrganizationRecognizer.Mention::name).toList();
    }

    @Test
    void teamsWithoutARuleTypeWordComeFromTheTagger() {
        // 青岛海牛队和广州松日队的雨中之战。
        assertEquals(List.of("\u9752\u5C9B\u6D77\u725B\u961F", "\u5E7F\u5DDE\u677E\u65E5\u961F"), units("\u9752\u5C9B\u6D77\u725B\u961F\u548C\u5E7F\u5DDE\u677E\u65E5\u961F\u7684\u96E8\u4E2D\u4E4B\u6218\u3002"));
    }

    @Test
    void aTaggedUnitHoldsThePlaceInIt() {
        // 中国人民外交学会会长在会上讲话。
        assertEquals(List.of("\u4E2D\u56FD\u4EBA\u6C11\u5916\u4EA4\u5B66\u4F1A"), units("\u4E2D\u56FD\u4EBA\u6C11\u5916\u4EA4\u5B66\u4F1A\u4F1A\u957F\u5728\u4F1A\u4E0A\u8BB2\u8BDD\u3002"));
    }

    @Test
    void anOrganNamedByItsUnitIsReadByRule() {
        // 国务院总理李鹏今天在北京会见了日本客人。
        assertEquals(List.of("\u56FD\u52A1\u9662"), units("\u56FD\u52A1\u9662\u603B\u7406\u674E\u9E4F\u4ECA\u5929\u5728\u5317\u4EAC\u4F1A\u89C1\u4E86\u65E5\u672C\u5BA2\u4EBA\u3002"));
    }

    @Test
    void aCoinedTermInQuotesIsNoUnitWhateverTheTaggerSays() {
        // 以“智慧政协”建设为载体。
        assertEquals(List.of(), units("\u4EE5\u201C\u667A\u6167\u653F\u534F\u201D\u5EFA\u8BBE\u4E3A\u8F7D\u4F53\u3002"));
    }

    @Test
    void aGenericQualifierNamesNoUnit() {
        // 督促相关部门落实责任。
        assertEquals(List.of(), units("\u7763\u4FC3\u76F8\u5173\u90E8\u95E8\u843D\u5B9E\u8D23\u4EFB\u3002"));
    }

    @Test
    void aFunctionWordBeforeAUnitIsNoPartOfIt() {
        // 因广元铁路医院及时抢救，伤员脱离危险。 因/p is a preposition: the tagger's unit starts after it
        assertEquals(List.of("\u5E7F\u5143\u94C1\u8DEF\u533B\u9662"), units("\u56E0\u5E7F\u5143\u94C1\u8DEF\u533B\u9662\u53CA\u65F6\u62A2\u6551\uFF0C\u4F24\u5458\u8131\u79BB\u5371\u9669\u3002"));
    }

    @Test
    void aPlaceBeforeAnOrganStaysPartOfIt() {
        // 许昌市委召开常委会议。
        assertEquals(List.of("\u8BB8\u660C\u5E02\u59D4"), units("\u8BB8\u660C\u5E02\u59D4\u53EC\u5F00\u5E38\u59D4\u4F1A\u8BAE\u3002"));
    }

    @Test
    void twoUnitsJoinedByAConjunctionAreTwo() {
        // 国际货币基金组织和世界银行发表报告。 the rule alone reads one unit up to 银行
        assertEquals(List.of("\u56FD\u9645\u8D27\u5E01\u57FA\u91D1\u7EC4\u7EC7", "\u4E16\u754C\u94F6\u884C"), units("\u56FD\u9645\u8D27\u5E01\u57FA\u91D1\u7EC4\u7EC7\u548C\u4E16\u754C\u94F6\u884C\u53D1\u8868\u62A5\u544A\u3002"));
    }

    @Test
    void partyAndStateOrgansOfTheCityAreReadByRule() {
        // 市委组织部选派干部下沉一线。 / 市人民检察院的干警到社区报到。 / 禹州市委书记史根治…
        assertEquals(List.of("市委组织部"), units("市委组织部选派2716名市直单位干部下沉一线\u3002"));
        assertEquals(List.of("市人民检察院"), units("市人民检察院的116名干警到所居住社区报到\u3002"));
        assertEquals(List.of("禹州市委"), units("禹州市委书记史根治到颍川街道暗访督导\u3002"));
    }

    @Test
    void aUnitKeepsTheCityInItsName() {
        // 许昌市卫生健康委员会通报,…
        assertEquals(List.of("许昌市卫生健康委员会"), units("许昌市卫生健康委员会通报,禹州市新增本土确诊病例1例\u3002"));
    }

    @Test
    void aSentenceWithoutUnitsHasNone() {
        // 高速公路出入口设置了检查点。
        assertEquals(List.of(), units("高速公路出入口设置了检查点\u3002"));
    }

    @Test
    void aMinistryEndsBeforeTheHeadOfIt() {
        // 外交部长唐家璇今天说。: HanLP reads 外交部长 as one title word
        assertEquals(List.of("外交部"), units("外交部长唐家璇今天说\u3002"));
    }

    @Test
    void aKindOfInstitutionIsNoUnit() {
        // 随着保险公司投资渠道的拓宽。 / 中国人寿保险公司在京成立。
        assertEquals(List.of(), units("随着保险公司投资渠道的拓宽\uFF0C农民参保的积极性提高了\u3002"));
        assertEquals(List.of("中国人寿保险公司"), units("中国人寿保险公司在京成立\u3002"));
    }

    @Test
    void aTypeCharacterInsideAnIdiomIsNoUnit() {
        // 各地要顾全大局,为国分忧。
        assertEquals(List.of(), units("各地要顾全大局\uFF0C为国分忧\u3002"));
    }

    @Test
    void aNationalOrganKeepsItsCountry() {
        // 美国国务院发言人今天说。
        assertEquals(List.of("美国国务院"), units("美国国务院发言人今天说\u3002"));
    }
}
