package org.bulletinpipeline.nlp.extract.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bulletinpipeline.nlp.extract.entity.EntityExtractor;
import org.bulletinpipeline.nlp.extract.model.ArticleKind;
import org.bulletinpipeline.nlp.extract.model.ArticleLayout;
import org.bulletinpipeline.nlp.extract.model.BulletinLayout;
import org.bulletinpipeline.nlp.extract.model.OffsetMap;
import org.bulletinpipeline.nlp.extract.model.Place;
import org.bulletinpipeline.nlp.extract.model.SourceHints;
import org.bulletinpipeline.nlp.extract.model.Span;
import org.junit.jupiter.api.Test;

/** Divisions carry their official name beside the printed form; a name of several divisions is not guessed. */
class CanonicalPlaceTest {

    private static final EntityExtractor EXTRACTOR = new EntityExtractor();

    private static Map<String, Place> places(String body, String publication) {
        return places(body, publication, body);
    }

    /** The places of {@code body} as an article of {@code page}. */
    private static Map<String, Place> places(String body, String publication, String page) {
        ArticleLayout article = new ArticleLayout(ArticleKind.NEWS, null, null, null, List.of(), null, null, body, null,
                new Span(0, body.length()), OffsetMap.contiguous(0, body.length()));
        return EXTRACTOR.extract(article, new BulletinLayout(null, 2022, List.of(article)),
                new SourceHints(publication, null), () -> EXTRACTOR.pageCities(page)).places().stream()
                .collect(Collectors.toMap(Place::name, Function.identity()));
    }

    @Test
    void aShortFormCarriesTheOfficialName() {
        Place p = places("许昌本轮疫情进入第14天。", null).get("许昌");
        assertEquals("411000", p.code());
        assertEquals("许昌市", p.canonicalName());
    }

    @Test
    void autonomousPrefecturesResolveByTheirShortForms() {
        Map<String, Place> p = places("湘西州和伊犁州的代表参加会议。", null);
        assertEquals("433100", p.get("湘西州").code());
        assertEquals("湘西土家族苗族自治州", p.get("湘西州").canonicalName());
        assertEquals("654000", p.get("伊犁州").code());
    }

    @Test
    void aNameOfDivisionsInSeveralProvincesGetsNoCodeWithoutContext() {
        Place p = places("朝阳区开展环境整治。", null).get("朝阳区");
        assertNull(p.code());
        assertNull(p.canonicalName());
    }

    @Test
    void theEnclosingCityDecidesBetweenDivisionsOfOneName() {
        assertEquals("220104", places("长春市朝阳区开展环境整治。", null).get("朝阳区").code());
    }

    @Test
    void thePublishersRegionDecidesWhenTheArticleDoesNot() {
        assertEquals("110105", places("朝阳区开展环境整治。", "北京日报").get("朝阳区").code());
    }

    @Test
    void anotherArticleOfThePageDecidesWhenThisOneDoesNot() {
        String article = "朝阳区开展环境整治。";
        assertEquals("220104", places(article, null, "长春市召开会议。\n" + article).get("朝阳区").code());
        // the article's own places come first
        assertEquals("110105", places("北京市朝阳区开展环境整治。", null, "长春市召开会议。").get("朝阳区").code());
    }

    @Test
    void aNameSharedByAProvinceAndItsCityIsTheProvince() {
        assertEquals("220000", places("吉林出台稳就业措施。", null).get("吉林").code());
    }
}
