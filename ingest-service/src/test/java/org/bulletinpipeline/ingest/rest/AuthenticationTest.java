package org.bulletinpipeline.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.bulletinpipeline.ingest.rest.IngestApi.ADMIN_KEY;
import static org.bulletinpipeline.ingest.rest.IngestApi.DEV_KEY;
import static org.bulletinpipeline.ingest.rest.IngestApi.FEED_KEY;
import static org.bulletinpipeline.ingest.rest.IngestApi.QUIET;
import static org.bulletinpipeline.ingest.rest.IngestApi.WAIT;
import static org.bulletinpipeline.ingest.rest.IngestApi.as;
import static org.bulletinpipeline.ingest.rest.IngestApi.json;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bulletinpipeline.testsupport.KafkaTestConfig;
import org.bulletinpipeline.testsupport.TopicTail;
import org.junit.jupiter.api.Test;

/** 401 without a known key, 403 for admin operations without an admin key, and the feed is always the key's. */
@QuarkusTest
class AuthenticationTest {

    @Test
    void withoutAKeyNothingIsPublished() {
        String text = BulletinResourceTest.unique("本报讯 无密钥的投稿");
        try (TopicTail raw = TopicTail.open(IngestApi.RAW_TOPIC)) {
            given().contentType("text/plain; charset=utf-8").body(text)
                    .when().post("/api/bulletins")
                    .then().statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", containsString("Bearer"))
                    .body("type", equalTo(Problem.TYPE_BASE + "unauthorized"));
            as("not-a-key").contentType("text/plain; charset=utf-8").body(text)
                    .when().post("/api/bulletins")
                    .then().statusCode(401)
                    .body("type", equalTo(Problem.TYPE_BASE + "unauthorized"));
            given().header("Authorization", "Basic dGVzdDp0ZXN0").contentType("text/plain; charset=utf-8").body(text)
                    .when().post("/api/bulletins")
                    .then().statusCode(401);
            assertEquals(List.of(), raw.drain(r -> r.value().contains("无密钥的投稿"), QUIET));
        }
    }

    @Test
    void theDevelopmentKeyPublishesAsTheDevFeed() {
        String text = BulletinResourceTest.unique("本报讯 开发环境的投稿");
        try (TopicTail raw = TopicTail.open(IngestApi.RAW_TOPIC)) {
            String id = as(DEV_KEY).contentType("text/plain; charset=utf-8").body(text)
                    .when().post("/api/bulletins").then().statusCode(202).extract().path("bulletinId");
            JsonNode event = json(raw.await(r -> id.equals(r.key()), 1, WAIT).get(0).value());
            assertEquals("dev", event.at("/source/feed").asText());
        }
    }

    @Test
    void reprocessingNeedsAnAdminKeyAndRepublishesTheStoredText() {
        String text = BulletinResourceTest.unique("禹州市人民政府关于做好防汛工作的通知");
        try (TopicTail raw = TopicTail.open(IngestApi.RAW_TOPIC)) {
            String id = as(FEED_KEY).contentType("text/plain; charset=utf-8").body(text)
                    .when().post("/api/bulletins").then().statusCode(202).extract().path("bulletinId");
            raw.await(r -> id.equals(r.key()), 1, WAIT);

            as(FEED_KEY).when().post("/api/bulletins/" + id + "/reprocess")
                    .then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo(Problem.TYPE_BASE + "forbidden"));
            given().when().post("/api/bulletins/" + id + "/reprocess").then().statusCode(401);
            assertEquals(1, raw.drain(r -> id.equals(r.key()), QUIET).size());

            as(ADMIN_KEY).when().post("/api/bulletins/" + id + "/reprocess")
                    .then().statusCode(202)
                    .body("bulletinId", equalTo(id))
                    .body("republished", equalTo(true));
            List<ConsumerRecord<String, String>> records = raw.await(r -> id.equals(r.key()), 2, WAIT);
            JsonNode republished = json(records.get(1).value());
            assertEquals(text, republished.get("text").asText());
            assertEquals(IngestApi.FEED, republished.at("/source/feed").asText());
        }
    }

    @Test
    void aStoredBulletinThatBreaksTodaysRulesIsNotRepublished() {
        // a ledger entry accepted before ingest refused control characters in the source
        String id = "5eed" + Long.toHexString(System.nanoTime());
        KafkaTestConfig.produce(IngestApi.LEDGER_TOPIC, id, """
                {"bulletinId":"%s","receivedAt":"2022-05-17T08:00:00Z","source":{"feed":"test-feed",\
                "publication":"\\u0000禹州","publishedOn":"2022-05-17"},"item":null,"text":"本报讯 旧账。"}"""
                .formatted(id));
        try (TopicTail raw = TopicTail.open(IngestApi.RAW_TOPIC)) {
            await().atMost(WAIT).until(() -> as(ADMIN_KEY).post("/api/bulletins/" + id + "/reprocess")
                    .statusCode() != 404);
            as(ADMIN_KEY).when().post("/api/bulletins/" + id + "/reprocess")
                    .then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("type", equalTo(Problem.TYPE_BASE + "invalid-field"))
                    .body("detail", containsString("source.publication holds a control character (U+0000)"));
            assertEquals(List.of(), raw.drain(r -> id.equals(r.key()), QUIET));
        }
    }

    @Test
    void reprocessingAnUnknownBulletinIs404() {
        as(ADMIN_KEY).when().post("/api/bulletins/0000000000000000/reprocess")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo(Problem.TYPE_BASE + "unknown-bulletin"));
    }

    @Test
    void healthAndMetricsNeedNoKey() {
        given().when().get("/q/health/live").then().statusCode(200);
        as(FEED_KEY).contentType("text/plain; charset=utf-8").body(new byte[0]).post("/api/bulletins")
                .then().statusCode(400);
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("ingest_bulletins_total{feed=\"test-feed\",outcome=\"refused\",reason=\"empty-bulletin\"}"));
    }
}
