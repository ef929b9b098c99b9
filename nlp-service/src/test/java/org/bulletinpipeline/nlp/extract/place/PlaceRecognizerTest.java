package org.bulletinpipeline.nlp.extract.place;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.bulletinpipeline.nlp.extract.entity.EntityExtractor;
import org.bulletinpipeline.nlp.extract.text.TextRange;
import org.junit.jupiter.api.Test;

class PlaceRecognizerTest {

    private static final EntityExtractor ANALYZER = new EntityExtractor();
    private static final PlaceRecognizer PLACES = new PlaceRecognizer(new PlaceGazetteer());

    /** Places found in {@code text} as name/code. */
    private static List<String> places(String text) {
        return PLACES.recognize(ANALYZER.analyze(text), List.of()).stream().map(m -> m.name() + "/" + m.code())
                .toList();
    }

    @Test
    void aDivisionCarriesItsCode() {
        // 国务院总理李鹏今天在北京会见了日本客人。
        assertEquals(List.of("\u5317\u4EAC/110000", "\u65E5\u672C/null"), places("\u56FD\u52A1\u9662\u603B\u7406\u674E\u9E4F"
                + "\u4ECA\u5929\u5728\u5317\u4EAC\u4F1A\u89C1\u4E86\u65E5\u672C\u5BA2\u4EBA\u3002"));
    }

    @Test
    void foreignCitiesComeFromTheTagger() {
        // 代表团访问了巴黎和伦敦。
        assertEquals(List.of("\u5DF4\u9ECE/null", "\u4F26\u6566/null"),
                places("\u4EE3\u8868\u56E2\u8BBF\u95EE\u4E86\u5DF4\u9ECE\u548C\u4F26\u6566\u3002"));
    }

    @Test
    void aRoadInsideAnOrdinaryWordIsNoStreet() {
        // 许昌市区的工作思路很清楚。: 许昌市区 is the city, 工作思路 no street
        assertEquals(List.of("\u8BB8\u660C\u5E02\u533A/411000"),
                places("\u8BB8\u660C\u5E02\u533A\u7684\u5DE5\u4F5C\u601D\u8DEF\u5F88\u6E05\u695A\u3002"));
    }

    @Test
    void ourCityIsNoPlace() {
        // 我市各地积极行动。
        assertEquals(List.of(), places("\u6211\u5E02\u5404\u5730\u79EF\u6781\u884C\u52A8\u3002"));
    }

    @Test
    void aTaggedPlaceDoesNotOpenWithAVerb() {
        // 合作社采取村农户+企业的办法。 the tagger reads 采取村; HanLP's 采取 is a verb
        assertEquals(List.of(), places("\u5408\u4F5C\u793E\u91C7\u53D6\u6751\u519C\u6237+\u4F01\u4E1A\u7684\u529E\u6CD5\u3002"));
    }

    @Test
    void aTaggedPlaceOpeningWithAPlaceNameIsKept() {
        // 代表团访问了中关村。
        assertEquals(List.of("\u4E2D\u5173\u6751/null"), places("\u4EE3\u8868\u56E2\u8BBF\u95EE\u4E86\u4E2D\u5173\u6751\u3002"));
    }

    /** Places found in {@code text} as name/level/code. */
    private static List<String> levels(String text) {
        return PLACES.recognize(ANALYZER.analyze(text), List.of()).stream()
                .map(m -> m.name() + "/" + m.level() + "/" + m.code()).toList();
    }

    @Test
    void aTownCarriesItsCodeAndItsVillageItsLevel() {
        // 无梁镇龙门村是一个有着54个自然村的山村。
        assertEquals(List.of("无梁镇/TOWN/411081107", "龙门村/VILLAGE/null"),
                levels("无梁镇龙门村是一个有着54个自然村的山村\u3002"));
    }

    @Test
    void provinceCityAndCountyLevels() {
        // 记者从河南省郑州市获悉。 / 长葛市和襄城县的志愿者赶到现场。
        assertEquals(List.of("河南省/PROVINCE/410000", "郑州市/CITY/410100"), levels("记者从河南省郑州市获悉\u3002"));
        assertEquals(List.of("长葛市/COUNTY/411082", "襄城县/COUNTY/411025"),
                levels("长葛市和襄城县的志愿者赶到现场\u3002"));
    }

    @Test
    void aPlaceInsideAnExcludedUnitIsNoPlace() {
        // 许昌市卫生健康委员会通报,禹州市新增本土确诊病例1例。: 许昌市 is part of the unit's name
        String text = "许昌市卫生健康委员会通报,禹州市新增本土确诊病例1例\u3002";
        List<String> found = PLACES.recognize(ANALYZER.analyze(text), List.of(new TextRange(0, "许昌市卫生健康委员会".length())))
                .stream().map(PlaceRecognizer.Mention::name).toList();
        assertEquals(List.of("禹州市"), found);
    }

    @Test
    void villagesCountedInGeneralAreNoPlace() {
        // 全市678个村(社区)全部进入静态管理。
        assertEquals(List.of(), places("全市678个村(社区)全部进入静态管理\u3002"));
    }
}
