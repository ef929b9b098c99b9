package org.bulletinpipeline.query.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.quarkus.test.junit.QuarkusTest;

import org.bulletinpipeline.testsupport.IptcSchemas;
import org.junit.jupiter.api.Test;

/** An article stored from the broker, read back in each newsroom format, alone and as an export. */
@QuarkusTest
class ArticleFormatResourceTest {

    @Test
    void oneArticleInEachFormatAndAnExportOfThem() {
        String word = TestArticles.uniqueWord(4);
        String bulletinId = stored(word, List.of("疫情防控"));
        String path = "/api/articles/" + bulletinId + "-0";

        given().accept("application/json").get(path).then().statusCode(200)
                .body("title", equalTo("市疫情防控指挥部召开会议" + word));
        given().accept("application/ld+json").get(path).then().statusCode(200)
                .contentType(containsString("application/ld+json"))
                .body("'@type'", equalTo("NewsArticle"))
                .body("headline", equalTo("市疫情防控指挥部召开会议" + word))
                .body("about.findAll { it.'@type' == 'Organization' }.name", equalTo(List.of("市疫情防控指挥部")))
                .body("mentions.name", equalTo(List.of("史根治", "许昌市")));
        String ninjs = given().accept("application/ninjs+json").get(path).then().statusCode(200)
                .body("headlines[0].value", equalTo("市疫情防控指挥部召开会议" + word)).extract().asString();
        String newsItem = given().accept("application/vnd.iptc.g2.newsitem+xml").get(path).then().statusCode(200)
                .extract().asString();
        assertTrue(newsItem.contains("<headline>市疫情防控指挥部召开会议" + word + "</headline>"), newsItem);
        given().accept("application/ld+json").get("/api/articles/" + TestArticles.newId() + "-0").then()
                .statusCode(404).contentType(containsString("application/problem+json"));

        String lines = given().queryParam("q", word).queryParam("format", "jsonld").get("/api/articles/export")
                .then().statusCode(200).extract().asString();
        assertEquals(1, lines.strip().lines().count(), lines);
        assertTrue(lines.contains("\"@type\":\"NewsArticle\""), lines);
        String message = given().queryParam("q", word).queryParam("format", "newsml").get("/api/articles/export")
                .then().statusCode(200).contentType(containsString("application/vnd.iptc.g2.newsmessage+xml"))
                .extract().asString();
        assertTrue(message.contains("<headline>市疫情防控指挥部召开会议" + word + "</headline>"), message);
        assertEquals(Set.of(), IptcSchemas.ninjsViolations(ninjs));
        assertEquals(List.of(), IptcSchemas.xmlViolations(IptcSchemas.NEWSML_G2,
                newsItem.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(), IptcSchemas.xmlViolations(IptcSchemas.NEWSML_G2,
                message.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theTopicsAreIptcMediaTopicsInEveryFormatAndCanBeFilteredAndCounted() {
        String word = TestArticles.uniqueWord(4);
        String bulletinId = stored(word, List.of("epidemic_control", "governance"));
        String path = "/api/articles/" + bulletinId + "-0";
        String epidemic = "http://cv.iptc.org/newscodes/mediatopic/20000449";

        given().accept("application/json").get(path).then().statusCode(200)
                .body("topics", equalTo(List.of("epidemic_control", "governance")))
                .body("mediaTopics.qcode", equalTo(List.of("medtop:20000449", "medtop:20000593")))
                .body("mediaTopics[0].uri", equalTo(epidemic))
                .body("mediaTopics[1].labelEn", equalTo("government"))
                .body("mediaTopics[1].labelZh", equalTo("政府"))
                .body("mediaTopics[1].labelZhFromIptc", equalTo(true));
        given().accept("application/ld+json").get(path).then().statusCode(200)
                .body("about.findAll { it.'@type' == 'DefinedTerm' }.'@id'",
                        equalTo(List.of(epidemic, "http://cv.iptc.org/newscodes/mediatopic/20000593")));
        String ninjs = given().accept("application/ninjs+json").get(path).then().statusCode(200)
                .body("subjects.findAll { it.uri != null }.uri",
                        equalTo(List.of(epidemic, "http://cv.iptc.org/newscodes/mediatopic/20000593")))
                .extract().asString();
        assertEquals(Set.of(), IptcSchemas.ninjsViolations(ninjs));
        String newsItem = given().accept("application/vnd.iptc.g2.newsitem+xml").get(path).then().statusCode(200)
                .extract().asString();
        assertTrue(newsItem.contains("<subject type=\"cpnat:abstract\" qcode=\"medtop:20000449\">"
                + "<name xml:lang=\"en-GB\">epidemic</name>"), newsItem);
        assertEquals(List.of(), IptcSchemas.xmlViolations(IptcSchemas.NEWSML_G2,
                newsItem.getBytes(StandardCharsets.UTF_8)));

        given().queryParam("q", word).queryParam("mediaTopic", "medtop:20000593").get("/api/articles").then()
                .statusCode(200).body("items.articleId", equalTo(List.of(bulletinId + "-0")))
                .body("items[0].mediaTopics", equalTo(List.of("medtop:20000449", "medtop:20000593")))
                .body("facets.mediaTopics.code", equalTo(List.of("medtop:20000449", "medtop:20000593")))
                .body("facets.mediaTopics.count", equalTo(List.of(1, 1)));
        given().queryParam("q", word).queryParam("mediaTopic", "20000093").get("/api/articles").then()
                .statusCode(200).body("items", equalTo(List.of()));
        given().queryParam("q", word).queryParam("mediaTopic", "http://cv.iptc.org/newscodes/mediatopic/20000449")
                .queryParam("topic", "governance").get("/api/articles").then()
                .statusCode(200).body("items.articleId", equalTo(List.of(bulletinId + "-0")));
        given().queryParam("mediaTopic", "medtop:04000000").get("/api/articles").then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("type", containsString("unknown-media-topic"));

        String csv = given().queryParam("q", word).queryParam("format", "csv").get("/api/articles/export").then()
                .statusCode(200).extract().asString();
        assertTrue(csv.lines().findFirst().orElseThrow().contains(",topics,mediaTopics,keywords,"), csv);
        assertTrue(csv.contains("\"epidemic_control|governance\",\"medtop:20000449|medtop:20000593\""), csv);
        given().queryParam("q", word).queryParam("format", "ndjson").get("/api/articles/export").then()
                .statusCode(200).body(containsString("\"mediaTopics\":[\"medtop:20000449\",\"medtop:20000593\"]"));
    }

    /** A v3 event's Media Topics are nlp-service's: served as the event has them, not derived again. */
    @Test
    void theMediaTopicsOfAV3EventAreServedAsItCarriesThem() {
        String bulletinId = TestArticles.newId();
        Map<String, Object> article = TestArticles.article(bulletinId, 0, 1);
        article.put("schemaVersion", 3);
        article.put("topics", List.of("epidemic_control", "governance"));
        article.put("mediaTopics", List.of(Map.of("qcode", "medtop:20000449",
                "uri", "http://cv.iptc.org/newscodes/mediatopic/20000449", "labelEn", "epidemic",
                "labelZh", "（传染性强的）流行病", "labelZhFromIptc", true)));
        TestArticles.publish(List.of(article));
        TestArticles.awaitProcessed(bulletinId);
        given().accept("application/json").get("/api/articles/" + bulletinId + "-0").then().statusCode(200)
                .body("schemaVersion", equalTo(3))
                .body("mediaTopics.qcode", equalTo(List.of("medtop:20000449")));
    }

    /** Publishes a one-article bulletin whose title ends in {@code word}, waits until it is stored, returns its id. */
    private static String stored(String word, List<String> topics) {
        String bulletinId = TestArticles.newId();
        Map<String, Object> article = TestArticles.article(bulletinId, 0, 1);
        article.put("title", "市疫情防控指挥部召开会议" + word);
        article.put("topics", topics);
        TestArticles.publish(List.of(article));
        TestArticles.awaitProcessed(bulletinId);
        return bulletinId;
    }
}
