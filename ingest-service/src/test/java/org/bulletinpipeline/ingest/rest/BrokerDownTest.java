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

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;

import org.bulletinpipeline.contracts.BulletinIds;
import org.bulletinpipeline.ingest.ledger.BulletinLedger;
import org.bulletinpipeline.testsupport.KafkaTestConfig;
import org.bulletinpipeline.testsupport.TopicTail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The broker does not acknowledge: both producers are bootstrapped through a {@link BrokerSwitch} that refuses
 * connections (the shared broker keeps running for everyone else), while the ledger is still read from the real
 * one. Every answer is a 503 with Retry-After within the ack timeout, never a 202. Then the switch relays, the
 * broker is back for the producers, a new bulletin reaches the real bulletins.raw, and none of those answered 503
 * ever does: a 503 promised nothing, and nothing was left behind to be written later.
 */
@QuarkusTest
@TestProfile(BrokerDownTest.UnreachableBroker.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrokerDownTest {

    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(2);

    public static class UnreachableBroker implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            String closed = BrokerSwitch.address();
            return Map.ofEntries(
                    Map.entry("mp.messaging.outgoing.bulletins-raw.bootstrap.servers", closed),
                    Map.entry("mp.messaging.outgoing.bulletins-ingested.bootstrap.servers", closed),
                    Map.entry("mp.messaging.outgoing.bulletins-raw.max.block.ms", "1000"),
                    Map.entry("mp.messaging.outgoing.bulletins-ingested.max.block.ms", "1000"),
                    // as in production, the producer gives up on a record before the HTTP answer gives up on it
                    Map.entry("mp.messaging.outgoing.bulletins-raw.request.timeout.ms", "1000"),
                    Map.entry("mp.messaging.outgoing.bulletins-raw.delivery.timeout.ms", "1500"),
                    Map.entry("mp.messaging.outgoing.bulletins-ingested.request.timeout.ms", "1000"),
                    Map.entry("mp.messaging.outgoing.bulletins-ingested.delivery.timeout.ms", "1500"),
                    Map.entry("ingest.ack-timeout", ACK_TIMEOUT.toMillis() + "ms"),
                    Map.entry("ingest.max-in-flight", "1"));
        }
    }

    /** Texts answered 503: the last test checks that none of them reaches the topic once the broker is back. */
    private static final List<String> REFUSED = new java.util.concurrent.CopyOnWriteArrayList<>();
    private static TopicTail raw;

    @Inject
    BulletinLedger ledger;

    @BeforeAll
    static void tailTheRealTopic() {
        raw = TopicTail.open(IngestApi.RAW_TOPIC);
    }

    /**
     * The ledger is read from the real broker; until it has been read every bulletin is shed as not-ready (503 with
     * the short Retry-After), which is not what these tests are about. A long shared topic takes a while to read.
     */
    @BeforeEach
    void awaitTheLedger() {
        await().atMost(Duration.ofSeconds(60)).until(ledger::ready);
    }

    @AfterAll
    static void closeTail() {
        raw.close();
    }

    @Test
    @Order(2)
    void aBulletinTheBrokerDoesNotAcknowledgeIsA503WithRetryAfterWithinTheAckTimeout() {
        String text = BulletinResourceTest.unique("本报讯 消息队列不可用时的投稿");
        REFUSED.add(text);
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
        assertEquals(List.of(), raw.drain(r -> BulletinIds.of(text).equals(r.key()), QUIET));
    }

    @Test
    @Order(1)
    void aBatchStopsAtTheFirstUnacknowledgedItemAndAsksForARetry() {
        String first = "第一版 消息队列不可用 " + java.util.UUID.randomUUID();
        String second = "第二版 消息队列不可用 " + java.util.UUID.randomUUID();
        REFUSED.add(first);
        REFUSED.add(second);
        String body = "{\"text\":\"" + first + "\"}\n" + "{\"text\":\"" + second + "\"}\n" + "{\"text\":\"\"}\n";
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
    @Order(3)
    void whileOneBulletinWaitsForTheBrokerTheNextIsShedAtOnce() {
        String waitingText = BulletinResourceTest.unique("本报讯 第一份等待确认的稿件");
        REFUSED.add(waitingText);
        CompletableFuture<Response> waiting = CompletableFuture.supplyAsync(() ->
                as(FEED_KEY).contentType("text/plain; charset=utf-8").body(waitingText).post("/api/bulletins"));
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

    @Test
    @Order(4)
    void onceTheBrokerIsBackANewBulletinReachesTheTopicAndNoneAnswered503Does() {
        BrokerSwitch.relay(KafkaTestConfig.bootstrapServers());
        String text = BulletinResourceTest.unique("本报讯 消息队列恢复后的投稿");
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() ->
                as(FEED_KEY).contentType("text/plain; charset=utf-8").body(text).post("/api/bulletins")
                        .statusCode() / 100 == 2);
        // records are keyed by bulletin id: the tail sees what these producers write to the real topic, so the
        // check after it could fail. (While the producers reconnect, an attempt may be answered 503 for a late
        // acknowledgement and still be written: a record in flight cannot be taken back. Those sent while no
        // broker could be reached were never in flight.)
        String id = BulletinIds.of(text);
        raw.await(r -> id.equals(r.key()), 1, Duration.ofSeconds(30));
        List<String> refusedIds = REFUSED.stream().map(BulletinIds::of).toList();
        assertEquals(List.of(), raw.drain(r -> refusedIds.contains(r.key()), Duration.ofSeconds(5)),
                "a bulletin answered 503 reached bulletins.raw after all");
    }
}
