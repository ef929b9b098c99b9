package org.bulletinpipeline.nlp.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.bulletinpipeline.contracts.EventSchema;
import org.bulletinpipeline.testsupport.Samples;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExtractResourceTest {

    /** Every article written now is held to the newest ArticleExtracted. */
    private static final EventSchema NEWEST_ARTICLE = EventSchema.latest(EventSchema.Event.ARTICLE_EXTRACTED);

    /** The development feed key, which the test profile accepts as ./run.sh's services do. */
    static final String DEV_KEY = "local-dev-key";

    @Test
    void extractsThePlainTextOfASampleIntoContractValidArticles() {
        String body = given().auth().oauth2(DEV_KEY).contentType("text/plain; charset=utf-8").body(Samples.text(Samples.NAMES.get(2)))
                .when().post("/api/extract")
                .then().statusCode(200)
                .body("articles.size()", greaterThan(0))
                .body("articles[0].schemaVersion", equalTo(NEWEST_ARTICLE.version()))
                .body("articles[0].ordinal", equalTo(0))
                .extract().asString();
        JsonPath json = JsonPath.from(body);
        int count = json.getInt("articles.size()");
        for (int i = 0; i < count; i++) {
            Map<String, Object> article = json.getMap("articles[" + i + "]");
            assertEquals(count, article.get("articleCount"));
            assertEquals(java.util.Set.of(),
                    NEWEST_ARTICLE.violations(new com.fasterxml.jackson.databind.ObjectMapper()
                            .valueToTree(article)), "article " + i);
        }
    }

    @Test
    void jsonBodyCarriesTheSourceIntoEveryArticle() {
        given().auth().oauth2(DEV_KEY).contentType("application/json")
                .body(Map.of("text", "市政府召开常务会议\n\n本报讯 会议研究了有关事项。",
                        "source", Map.of("publication", "测试日报", "publishedOn", "2022-05-17")))
                .when().post("/api/extract")
                .then().statusCode(200)
                .body("articles[0].source.publication", equalTo("测试日报"))
                .body("articles[0].source.publishedOn", equalTo("2022-05-17"));
    }

    @Test
    void theSameTextGetsTheSameBulletinId() {
        String first = given().auth().oauth2(DEV_KEY).contentType("text/plain; charset=utf-8").body("一段没有标题的文字。").post("/api/extract")
                .then().statusCode(200).extract().path("articles[0].bulletinId");
        given().auth().oauth2(DEV_KEY).contentType("text/plain; charset=utf-8").body("一段没有标题的文字。\r\n").post("/api/extract")
                .then().statusCode(200).body("articles[0].bulletinId", equalTo(first));
    }

    @Test
    void blankTextIsABadRequestWithAProblemBody() {
        given().auth().oauth2(DEV_KEY).contentType("text/plain; charset=utf-8").body(" \n\t ")
                .when().post("/api/extract")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", startsWith("https://bulletin-pipeline.org/problems/empty-bulletin"))
                .body("status", equalTo(400));
    }

    @Test
    void punctuationOnlyTextYieldsAResultNotAnError() {
        given().auth().oauth2(DEV_KEY).contentType("text/plain; charset=utf-8").body("……!!!,,,")
                .when().post("/api/extract")
                .then().statusCode(200)
                .body("articles", hasSize(1));
    }

    @Test
    void withoutAKeyNothingIsExtracted() {
        given().contentType("text/plain; charset=utf-8").body("本报讯 会议研究了有关事项。")
                .when().post("/api/extract")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("https://bulletin-pipeline.org/problems/unauthorized"));
    }

    @Test
    void aTextOverTheSizeLimitIs413WithAProblemBody() {
        // the limit is 256 KiB: 350,000 three-byte characters are 1,050,000 bytes
        given().auth().oauth2(DEV_KEY).contentType("text/plain; charset=utf-8").body("会".repeat(350_000))
                .when().post("/api/extract")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("https://bulletin-pipeline.org/problems/bulletin-too-large"));
    }
}
