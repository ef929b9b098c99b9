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
        String bulletinId = TestArticles.newId();
        String word = TestArticles.uniqueWord(4);
        Map<String, Object> article = TestArticles.article(bulletinId, 0, 1);
        article.put("title", "市疫情防控指挥部召开会议" + word);
        TestArticles.publish(List.of(article));
        TestArticles.awaitProcessed(bulletinId);
        String path = "/api/articles/" + bulletinId + "-0";

        given().accept("application/json").get(path).then().statusCode(200)
                .body("title", equalTo("市疫情防控指挥部召开会议" + word));
        given().accept("application/ld+json").get(path).then().statusCode(200)
                .contentType(containsString("application/ld+json"))
                .body("'@type'", equalTo("NewsArticle"))
                .body("headline", equalTo("市疫情防控指挥部召开会议" + word))
                .body("about.name", equalTo(List.of("市疫情防控指挥部")))
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
}
