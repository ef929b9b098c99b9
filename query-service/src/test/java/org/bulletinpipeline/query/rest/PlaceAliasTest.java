package org.bulletinpipeline.query.rest;

import static io.restassured.RestAssured.given;
import static org.bulletinpipeline.query.rest.TestArticles.fact;
import static org.bulletinpipeline.query.rest.TestArticles.place;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * One place, one identity: 许昌 as an article printed it, its official name 许昌市 and its code 411000 filter the
 * same articles, whether they came as v1 events (the name as printed beside the code) or v2 events (with the
 * official name), and a county under it (禹州市) rolls up into all three.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlaceAliasTest {

    private final String bulletin = TestArticles.newId();
    /** Run-unique word in every body, so earlier runs' articles under 许昌 stay out of the comparison. */
    private final String word = TestArticles.uniqueWord(4);
    private boolean stored;

    @BeforeEach
    void storeArticles() {
        if (stored) {
            return;
        }
        List<Map<String, Object>> articles = TestArticles.bulletin(bulletin, 3, Instant.now(), "1.0.0");
        for (Map<String, Object> a : articles) {
            a.put("body", "5月16日," + word + "许昌本轮疫情进入第14天。");
        }
        // v1: the short form as printed, with the code
        articles.get(0).put("places", List.of(place("许昌", "city", "411000")));
        // v2: the printed form beside the official name; the fact carries its code
        Map<String, Object> v2 = articles.get(1);
        v2.put("schemaVersion", 2);
        Map<String, Object> canonical = place("许昌", "city", "411000");
        canonical.put("canonicalName", "许昌市");
        v2.put("places", List.of(canonical));
        Map<String, Object> figure = fact("confirmed_cases", "许昌市", "2022-05-16", 3, "许昌新增确诊病例3例");
        figure.put("placeCode", "411000");
        figure.put("placeText", "许昌");
        v2.put("facts", List.of(figure));
        // a county under it
        articles.get(2).put("places", List.of(place("禹州市", "county", "411081")));
        TestArticles.publish(articles);
        TestArticles.awaitArticleCount(bulletin, 3);
        stored = true;
    }

    @Test
    void shortFormOfficialNameAndCodeFilterTheSameArticles() {
        List<String> expected = List.of(bulletin + "-0", bulletin + "-1", bulletin + "-2");
        for (String place : List.of("许昌", "许昌市", "411000")) {
            given().queryParam("q", word).queryParam("place", place).queryParam("limit", 50).get("/api/articles")
                    .then().statusCode(200)
                    .body("items.articleId", containsInAnyOrder(expected.toArray()));
        }
    }

    @Test
    void aPlaceProfileByAnyNameIsTheDivisionUnderItsOfficialName() {
        for (String place : List.of("许昌", "许昌市", "411000")) {
            given().get("/api/places/" + place).then().statusCode(200)
                    .body("code", equalTo("411000")).body("name", equalTo("许昌市"));
        }
    }

    @Test
    void aV2FactKeepsTheCodeItCameWith() {
        given().queryParam("type", "confirmed_cases").queryParam("place", "许昌").queryParam("from", "2022-05-16")
                .queryParam("to", "2022-05-16").get("/api/facts").then().statusCode(200)
                .body("series.code", hasItem("411000"));
    }
}
