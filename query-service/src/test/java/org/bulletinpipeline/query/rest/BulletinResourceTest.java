package org.bulletinpipeline.query.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.bulletinpipeline.query.rest.TestArticles.idOnSamePartitionAs;
import static org.bulletinpipeline.query.rest.TestArticles.newId;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

import org.bulletinpipeline.contracts.EventSchema;
import org.bulletinpipeline.testsupport.KafkaTestConfig;
import org.bulletinpipeline.testsupport.TopicTail;
import org.junit.jupiter.api.Test;

/** Events on the real broker, rows in the real PostgreSQL, answers over HTTP. */
@QuarkusTest
class BulletinResourceTest {

    private static final Duration WAIT = Duration.ofSeconds(180);
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void articlesOfABulletinAreStoredAndServedInReadingOrder() throws Exception {
        String id = newId();
        Instant run = Instant.now();
        publishArticles(id, 3, run, "1.0.0");
        awaitStatus(id, "processed");
        given().get("/api/bulletins/" + id).then().statusCode(200)
                .body("articleCount", equalTo(3))
                .body("articles", hasSize(3))
                .body("articles.ordinal", equalTo(List.of(0, 1, 2)))
                .body("articles[1].title", equalTo("标题1"))
                .body("articles[0].persons[0].name", equalTo("张三"));
    }

    @Test
    void theSameEventsTwiceLeaveTheSameRows() throws Exception {
        String id = newId();
        Instant run = Instant.now();
        publishArticles(id, 2, run, "1.0.0");
        awaitStatus(id, "processed");
        String before = given().get("/api/bulletins/" + id).asString();
        // a marker bulletin on the same partition, published after the replay: once it is stored, so is the replay
        String marker = idOnSamePartitionAs(id);
        publishArticles(marker, 1, Instant.now(), "1.0.0");
        awaitStatus(marker, "processed");
        assertEquals(json.readTree(before).get("articles"), json.readTree(given().get("/api/bulletins/" + id).asString())
                .get("articles"));
    }

    @Test
    void aNewerRunWithFewerArticlesReplacesTheOlderOne() throws Exception {
        String id = newId();
        Instant first = Instant.now().minusSeconds(60);
        publishArticles(id, 3, first, "1.0.0");
        awaitStatus(id, "processed");
        publishArticles(id, 2, Instant.now(), "1.1.0");
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/bulletins/" + id).then()
                .body("pipelineVersion", equalTo("1.1.0"))
                .body("status", equalTo("processed"))
                .body("articles", hasSize(2))
                .body("articles.pipeline.version", equalTo(List.of("1.1.0", "1.1.0"))));
    }

    @Test
    void aReceiptReadAfterTheArticlesDoesNotUndoProcessed() throws Exception {
        String id = newId();
        Instant run = Instant.now();
        publishArticles(id, 1, run, "1.0.0");
        awaitStatus(id, "processed");
        KafkaTestConfig.produce("bulletins.raw", id, json.writeValueAsString(Map.of("schemaVersion", 1,
                "bulletinId", id, "receivedAt", run.minusSeconds(5).toString(), "source", Map.of("feed", "test"),
                "text", "正文")));
        String marker = idOnSamePartitionAs(id);
        KafkaTestConfig.produce("bulletins.raw", marker, json.writeValueAsString(Map.of("schemaVersion", 1,
                "bulletinId", marker, "receivedAt", Instant.now().toString(), "source", Map.of("feed", "test"),
                "text", "正文")));
        awaitStatus(marker, "received");
        given().get("/api/bulletins/" + id).then().body("status", equalTo("processed"));
    }

    @Test
    void aReceivedBulletinThenADeadLetterShowsFailedWithTheReason() throws Exception {
        String id = newId();
        String received = json.writeValueAsString(Map.of("schemaVersion", 1, "bulletinId", id,
                "receivedAt", Instant.now().toString(), "source", Map.of("feed", "test"), "text", "正文"));
        assertEquals(Set.of(), EventSchema.BULLETIN_RECEIVED_V1.violations(received));
        KafkaTestConfig.produce("bulletins.raw", id, received);
        awaitStatus(id, "received");
        KafkaTestConfig.produce("bulletins.dlq", id, json.writeValueAsString(Map.of("schemaVersion", 1,
                "bulletinId", id, "service", "nlp-service", "reason", "extraction failed: boom",
                "failedAt", Instant.now().toString(), "payload", received)));
        awaitStatus(id, "failed");
        given().get("/api/bulletins/" + id).then().body("failureReason", equalTo("extraction failed: boom"));
    }

    @Test
    void aNonJsonArticleRecordGoesToTheDeadLetterTopicAndTheStreamGoesOn() throws Exception {
        String key = newId();
        try (TopicTail dlq = TopicTail.open("bulletins.dlq")) {
            KafkaTestConfig.produce("articles.extracted", key, "{not json");
            KafkaTestConfig.produce("articles.extracted", key, json.writeValueAsString(Map.of("schemaVersion", 1,
                    "bulletinId", key)));
            // other consumers of the shared broker (./run.sh's query-service) may dead-letter the same records too,
            // so each reason is awaited on its own rather than by position
            assertTrue(dlq.await(r -> key.equals(r.key()) && reason(r.value()).contains("not a ArticleExtracted"), 1,
                    WAIT).size() >= 1);
            // the second breaks its contract: the reason names the schema and what the record lacks
            assertTrue(dlq.await(r -> key.equals(r.key())
                    && reason(r.value()).contains("violates article-extracted.v1.schema.json")
                    && reason(r.value()).contains("required property 'articleId' not found"), 1, WAIT).size() >= 1);
        }
        String next = newId();
        publishArticles(next, 1, Instant.now(), "1.0.0");
        awaitStatus(next, "processed");
    }

    @Test
    void unknownBulletinIsA404Problem() {
        given().get("/api/bulletins/doesnotexist0000").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo(Problem.TYPE_BASE + "not-found"));
    }

    @Test
    void articlesArePagedNewestFirstWithACursor() throws Exception {
        String id = newId();
        publishArticles(id, 3, Instant.now(), "1.0.0");
        awaitStatus(id, "processed");
        String cursor = given().queryParam("limit", 2).get("/api/articles").then().statusCode(200)
                .body("items", hasSize(2)).extract().path("nextCursor");
        assertNotNull(cursor);
        given().queryParam("limit", 2).queryParam("cursor", cursor).get("/api/articles").then().statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.greaterThan(0));
        given().queryParam("limit", 100_000).get("/api/articles").then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo(Problem.TYPE_BASE + "invalid-limit"));
        given().queryParam("cursor", "garbage!").get("/api/articles").then().statusCode(400)
                .body("type", equalTo(Problem.TYPE_BASE + "invalid-cursor"));
    }

    private String reason(String letter) {
        try {
            return json.readTree(letter).path("reason").asText();
        } catch (java.io.IOException e) {
            return "";
        }
    }

    private void awaitStatus(String id, String status) {
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/bulletins/" + id).then().statusCode(200)
                .body("status", equalTo(status)));
    }

    private void publishArticles(String bulletinId, int count, Instant processedAt, String version) throws Exception {
        for (int ordinal = 0; ordinal < count; ordinal++) {
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("schemaVersion", 1);
            event.put("articleId", bulletinId + "-" + ordinal);
            event.put("bulletinId", bulletinId);
            event.put("ordinal", ordinal);
            event.put("articleCount", count);
            event.put("masthead", Map.of("publication", "禹州通讯", "publishedOn", "2022-05-17"));
            event.put("source", Map.of("feed", "test"));
            event.put("kind", "news");
            event.put("kicker", null);
            event.put("title", "标题" + ordinal);
            event.put("subtitle", null);
            event.put("bylines", List.of(Map.of("role", "reporter", "name", "张三")));
            event.put("dateline", "2022-05-16");
            event.put("body", "5月16日,记者张三报道。");
            event.put("persons", List.of(Map.of("name", "张三", "titles", List.of("记者"), "mentions", 1)));
            event.put("places", List.of(Map.of("name", "禹州市", "level", "county", "code", "411081")));
            event.put("organizations", List.of());
            event.put("facts", List.of());
            event.put("pipeline", Map.of("version", version, "processedAt", processedAt.toString()));
            String value = json.writeValueAsString(event);
            assertEquals(Set.of(), EventSchema.ARTICLE_EXTRACTED_V1.violations(value));
            KafkaTestConfig.produce("articles.extracted", bulletinId, value);
        }
    }
}
