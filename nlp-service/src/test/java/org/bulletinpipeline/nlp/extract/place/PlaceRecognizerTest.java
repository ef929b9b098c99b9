package org.bulletinpipeline.nlp.extract.place;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.bulletinpipeline.nlp.extract.entity.EntityExtractor;
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
}
