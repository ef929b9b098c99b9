package org.bulletinpipeline.ingest.rest;

import static org.awaitility.Awaitility.await;
import static org.bulletinpipeline.ingest.rest.IngestApi.FEED;
import static org.bulletinpipeline.ingest.rest.IngestApi.FEED_KEY;
import static org.bulletinpipeline.ingest.rest.IngestApi.QUIET;
import static org.bulletinpipeline.ingest.rest.IngestApi.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;

import org.bulletinpipeline.testsupport.TopicTail;
import org.junit.jupiter.api.Test;

/**
 * The broker does not acknowledge: both producers point at a port nothing listens on (the shared broker keeps
 * running for everyone else), while the ledger is still read from the real one. Every answer is a 503 with
 * Retry-After within the ack timeout, never a 202, and nothing reaches bulletins.raw.
 */
@QuarkusTest
@TestProfile(BrokerDownTest.UnreachableBroker.class)
class BrokerDownTest {

    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(2);

    public static class UnreachableBroker implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            String closed = "127.0.0.1:" + closedPort();
            return Map.of(
                    "mp.messaging.outgoing.bulletins-raw.bootstrap.servers", closed,
                    "mp.messaging.outgoing.bulletins-ingested.bootstrap.servers", closed,
                    "mp.messaging.outgoing.bulletins-raw.max.block.ms", "1000",
                    "mp.messaging.outgoing.bulletins-ingested.max.block.ms", "1000",
                    "ingest.ack-timeout", ACK_TIMEOUT.toMillis() + "ms",
                    "ingest.max-in-flight", "1");
        }

        private static int closedPort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void aBulletinTheBrokerDoesNotAcknowledgeIsA503WithRetryAfterWithinTheAckTimeout() {
        String text = BulletinResourceTest.unique("本报讯 消息队列不可用时的投稿");
        try (TopicTail raw = TopicTail.open(IngestApi.RAW_TOPIC)) {
            long start = System.nanoTime();
            as(FEED_KEY).contentType("text/plain; charset=utf-8").body(text)
                    .when().post("/api/bulletins")
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", equalTo("5"))
                    .body("type", equalTo(Problem.TYPE_BASE + "broker-unavailable"));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(took.compareTo(ACK_TIMEOUT.plusSeconds(2)) < 0, "answered after " + took);

            // not remembered as accepted either: the same text is tried again, not called a duplicate
            as(FEED_KEY).contentType("text/plain; charset=utf-8").body(text)
                    .when().post("/api/bulletins")
                    .then().statusCode(503);
            assertEquals(List.of(), raw.drain(r -> r.value().contains("消息队列不可用时的投稿"), QUIET));
        }
    }

    @Test
    void aBatchStopsAtTheFirstUnacknowledgedItemAndAsksForARetry() {
        String body = "{\"text\":\"" + "第一版 消息队列不可用 " + java.util.UUID.randomUUID() + "\"}\n"
                + "{\"text\":\"" + "第二版 消息队列不可用 " + java.util.UUID.randomUUID() + "\"}\n"
                + "{\"text\":\"\"}\n";
        as(FEED_KEY).contentType("application/x-ndjson").body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/api/bulletins")
                .then().statusCode(503)
                .header("Retry-After", equalTo("5"))
                .body("unavailable", equalTo(3))
                .body("items.outcome", equalTo(List.of("unavailable", "unavailable", "unavailable")))
                .body("items[0].type", equalTo("broker-unavailable"))
                .body("items[1].detail", containsString("Not tried"));
    }

    @Test
    void whileOneBulletinWaitsForTheBrokerTheNextIsShedAtOnce() {
        CompletableFuture<Response> waiting = CompletableFuture.supplyAsync(() ->
                as(FEED_KEY).contentType("text/plain; charset=utf-8")
                        .body(BulletinResourceTest.unique("本报讯 第一份等待确认的稿件")).post("/api/bulletins"));
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50)).until(() ->
                RestAssured.get("/q/metrics").asString().contains("ingest_publish_in_flight 1.0"));

        long start = System.nanoTime();
        as(FEED_KEY).contentType("text/plain; charset=utf-8").body(BulletinResourceTest.unique("本报讯 第二份稿件"))
                .when().post("/api/bulletins")
                .then().statusCode(503)
                .header("Retry-After", equalTo("1"))
                .body("type", equalTo(Problem.TYPE_BASE + "overloaded"));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(ACK_TIMEOUT) < 0, "shedding must not wait for the broker, took " + took);

        Response first = waiting.join();
        assertEquals(503, first.statusCode());
        assertEquals(Set.of("broker-unavailable"), Set.of(first.jsonPath().getString("type")
                .substring(Problem.TYPE_BASE.length())));
        RestAssured.get("/q/metrics").then().body(containsString(
                "ingest_bulletins_total{feed=\"" + FEED + "\",outcome=\"unavailable\",reason=\"overloaded\"}"));
    }
}
