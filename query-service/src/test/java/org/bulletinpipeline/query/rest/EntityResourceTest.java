package org.bulletinpipeline.query.rest;

import static io.restassured.RestAssured.given;
import static org.bulletinpipeline.query.rest.TestArticles.fact;
import static org.bulletinpipeline.query.rest.TestArticles.organization;
import static org.bulletinpipeline.query.rest.TestArticles.person;
import static org.bulletinpipeline.query.rest.TestArticles.place;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Person, place and organization lists and profiles, and the fact series and stats over the same articles. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EntityResourceTest {

    private final String bulletin = TestArticles.newId();
    private final String official = TestArticles.uniqueWord(3);
    private final String colleague = TestArticles.uniqueWord(3);
    private final String unit = TestArticles.uniqueWord(3) + "指挥部";
    private final String town = TestArticles.uniqueWord(2) + "镇";
    /** A region known by name only (as 京津冀 is), unique so earlier runs' articles do not crowd this one out. */
    private final String region = TestArticles.uniqueWord(3) + "地区";
    private final String townCode = "411081" + (100 + new java.util.Random().nextInt(900));
    private boolean stored;

    /** Once per class; in @BeforeEach because RestAssured learns the test port only there. */
    @BeforeEach
    void storeArticles() {
        if (stored) {
            return;
        }
        List<Map<String, Object>> a = TestArticles.bulletin(bulletin, 3, Instant.now(), "1.0.0");
        a.get(0).putAll(Map.of("dateline", "2022-04-20",
                "persons", List.of(person(official, "市长"), person(colleague, "副市长")),
                "places", List.of(place("禹州市", "county", "411081"), place(town, "town", townCode)),
                "organizations", List.of(organization(unit)),
                "facts", List.of(fact("confirmed_cases", town, "2022-04-20", 4, town + "新增确诊病例4例"))));
        a.get(1).putAll(Map.of("dateline", "2022-05-16",
                "persons", List.of(person(official, "市委书记")),
                "places", List.of(place("魏都区", "county", "411002"), place("许昌市", "city", "411000")),
                "organizations", List.of(organization(unit)),
                "facts", List.of(fact("confirmed_cases", "魏都区", "2022-04-20", 1, "魏都区新增确诊病例1例"),
                        fact("confirmed_cases", "魏都区", "2022-04-21", 2, "魏都区新增确诊病例2例"))));
        a.get(2).putAll(Map.of("dateline", "2022-05-17", "persons", List.of(person(colleague, "副市长")),
                "places", List.of(place(region, "other", null)),
                "facts", List.of(fact("confirmed_cases", "魏都区", "2022-04-20", 1, "魏都区新增确诊病例1例(重复报道)"))));
        TestArticles.publish(a);
        TestArticles.awaitProcessed(bulletin);
        stored = true;
    }

    @Test
    void personsAreListedWithTitlesAndCounts() {
        given().queryParam("q", official).get("/api/persons").then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].name", equalTo(official))
                .body("[0].articleCount", equalTo(2))
                .body("[0].mentionCount", equalTo(4))
                .body("[0].titles", equalTo(List.of("市委书记", "市长")));
    }

    @Test
    void aPersonProfileHasTitlesOverTimeArticlesAndCompany() {
        given().get("/api/persons/" + official).then().statusCode(200)
                .body("articleCount", equalTo(2))
                .body("titles.title", equalTo(List.of("市长", "市委书记")))
                .body("titles[0].firstSeen", equalTo("2022-04-20"))
                .body("titles[1].lastSeen", equalTo("2022-05-16"))
                .body("articles.articleId", equalTo(List.of(bulletin + "-1", bulletin + "-0")))
                .body("persons.name", equalTo(List.of(colleague)))
                .body("places.name", hasItem("禹州市"))
                .body("organizations[0].name", equalTo(unit))
                .body("organizations[0].articles", equalTo(2));
        given().get("/api/persons/" + TestArticles.uniqueWord(3)).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void organizationsAreListedAndProfiled() {
        given().queryParam("q", unit).get("/api/organizations").then().statusCode(200)
                .body("[0].name", equalTo(unit)).body("[0].articleCount", equalTo(2));
        given().get("/api/organizations/" + unit).then().statusCode(200)
                .body("articleCount", equalTo(2))
                .body("persons.name", hasItem(official))
                .body("places.name", hasItem("许昌市"));
    }

    @Test
    void aPlaceHasItsHierarchyChildrenAndRollup() {
        // the town is known by its code: its parents are derived from the code's structure
        given().get("/api/places/" + townCode).then().statusCode(200)
                .body("name", equalTo(town))
                .body("level", equalTo("town"))
                .body("ancestors.code", equalTo(List.of("411081", "411000", "410000")))
                .body("ancestors[2].name", notNullValue())
                .body("articleCount", equalTo(1))
                .body("persons.name", hasItem(official));
        // 禹州市 rolls up the town; 许昌市 rolls up 禹州市 and 魏都区
        given().get("/api/places/411081").then().statusCode(200)
                .body("children.code", hasItem(townCode))
                .body("rollupArticleCount", greaterThanOrEqualTo(1));
        given().get("/api/places/许昌市").then().statusCode(200)
                .body("code", equalTo("411000"))
                .body("children.code", hasItem("411081"))
                .body("children.code", hasItem("411002"))
                .body("rollupArticleCount", greaterThanOrEqualTo(2));
        // the town's articles are listed under its county, newest first
        given().get("/api/places/" + townCode).then().body("articles.articleId", equalTo(List.of(bulletin + "-0")));
        given().queryParam("q", town).get("/api/places").then().statusCode(200)
                .body("[0].code", equalTo(townCode)).body("[0].articleCount", equalTo(1));
        given().get("/api/places/" + region).then().statusCode(200).body("code", equalTo(null))
                .body("articles.articleId", hasItem(bulletin + "-2"));
        given().get("/api/places/999999").then().statusCode(400)
                .body("type", equalTo(Problem.TYPE_BASE + "unknown-place-code"));
        given().get("/api/places/" + TestArticles.uniqueWord(4)).then().statusCode(404);
    }

    @Test
    void factsFormADailySeriesPerPlaceWithRollupAndEvidence() {
        // each place: the town's 4 on 04-20; 魏都区 1 on 04-20 (reported twice, counted once) and 2 on 04-21
        given().queryParam("type", "confirmed_cases").queryParam("place", townCode).get("/api/facts").then()
                .statusCode(200)
                .body("series.size()", equalTo(1))
                .body("series[0].code", equalTo(townCode))
                .body("series[0].points[0].value", equalTo(4f))
                .body("series[0].points[0].evidence[0].evidence", equalTo(town + "新增确诊病例4例"))
                .body("series[0].points[0].evidence[0].articleId", equalTo(bulletin + "-0"));
        given().queryParam("type", "confirmed_cases").queryParam("place", "411002")
                .queryParam("from", "2022-04-20").queryParam("to", "2022-04-21").get("/api/facts").then()
                .statusCode(200)
                .body("series[0].name", equalTo("魏都区"))
                .body("series[0].points.date", equalTo(List.of("2022-04-20", "2022-04-21")))
                .body("series[0].points[0].evidence.size()", greaterThanOrEqualTo(2));
        // rolled up to the county: the town's figures count under 禹州市
        given().queryParam("type", "confirmed_cases").queryParam("place", townCode).queryParam("rollup", "county")
                .get("/api/facts").then().statusCode(200)
                .body("series[0].code", equalTo("411081"))
                .body("series[0].name", equalTo("禹州市"));
        given().queryParam("rollup", "planet").get("/api/facts").then().statusCode(400)
                .body("type", equalTo(Problem.TYPE_BASE + "invalid-rollup"));
        given().queryParam("type", "hospital_beds").get("/api/facts").then().statusCode(400);
        given().queryParam("from", "20-04-2022").get("/api/facts").then().statusCode(400)
                .body("type", equalTo(Problem.TYPE_BASE + "invalid-date"));
    }

    @Test
    void statsCountByDayPublicationTopicAndKind() {
        given().queryParam("from", "2022-04-20").queryParam("to", "2022-04-20").get("/api/stats").then()
                .statusCode(200)
                .body("articles", greaterThanOrEqualTo(1))
                .body("byDay.date", equalTo(List.of("2022-04-20")))
                .body("byPublication.key", hasItem("许昌日报"))
                .body("byTopic.key", hasItem("疫情防控"))
                .body("byKind.key", hasItem("news"))
                .body("bulletinsByStatus.key", hasItem("processed"))
                .body("storedLast48Hours.size()", greaterThanOrEqualTo(1));
        given().queryParam("to", "yesterday").get("/api/stats").then().statusCode(400);
    }
}
