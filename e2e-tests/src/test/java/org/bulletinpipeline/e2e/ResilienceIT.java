package org.bulletinpipeline.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.bulletinpipeline.testsupport.KafkaTestConfig;
import org.bulletinpipeline.testsupport.Samples;
import org.bulletinpipeline.testsupport.TopicTail;
import org.junit.jupiter.api.Test;

/**
 * The promise behind a 202, checked under faults: a service killed with {@code kill -9} in the middle of a stream
 * and started again loses nothing and duplicates nothing, and records that are not events go to the dead-letter
 * topic with their reason while the rest flows. Bulletins enter as BulletinReceived events on the real broker.
 */
class ResilienceIT extends PipelineTestBase {

    private static final int BATCH = 24;
    private static final Duration SETTLE = Duration.ofMinutes(3);

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void nlpServiceKilledMidStreamLosesAndDuplicatesNothing() throws Exception {
        List<Bulletin> batch = bulletins(BATCH);
        try (TopicTail articles = TopicTail.open("articles.extracted")) {
            Set<String> ids = batch.stream().map(Bulletin::id).collect(Collectors.toSet());
            publish(batch.subList(0, BATCH / 2));
            articles.await(r -> ids.contains(r.key()), 1, Duration.ofSeconds(60));
            pipeline.kill("nlp-service");
            publish(batch.subList(BATCH / 2, BATCH));
            pipeline.restart("nlp-service");
        }
        assertEveryBulletinStoredExactlyAsExtracted(batch);
    }

    /**
     * SIGTERM mid-stream: nlp-service finishes the bulletin in hand, commits what it published and exits in time.
     * Its successor starts from those commits, so no article is published a second time (after a kill -9 some are,
     * and query-service's idempotent store absorbs them).
     */
    @Test
    void nlpServiceStoppedWithSigtermCommitsWhatItPublishedAndRepublishesNothing() throws Exception {
        List<Bulletin> batch = bulletins(BATCH);
        Set<String> ids = batch.stream().map(Bulletin::id).collect(Collectors.toSet());
        try (TopicTail articles = TopicTail.open("articles.extracted")) {
            publish(batch.subList(0, BATCH / 2));
            articles.await(r -> ids.contains(r.key()), 1, Duration.ofSeconds(60));
            assertTrue(pipeline.terminate("nlp-service", Duration.ofSeconds(30)), "nlp-service exits within 30 s");
            publish(batch.subList(BATCH / 2, BATCH));
            pipeline.restart("nlp-service");
            assertEveryBulletinStoredExactlyAsExtracted(batch);
            Map<String, Long> published = articles.drain(r -> ids.contains(r.key()), Duration.ofSeconds(2)).stream()
                    .collect(Collectors.groupingBy(r -> articleId(r.value()),
                            Collectors.counting()));
            assertEquals(Map.of(), published.entrySet().stream().filter(e -> e.getValue() > 1)
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), "articles published twice");
        }
    }

    @Test
    void queryServiceKilledMidBatchLosesAndDuplicatesNothing() throws Exception {
        List<Bulletin> batch = bulletins(BATCH);
        publish(batch);
        await().atMost(SETTLE).pollInterval(Duration.ofMillis(100))
                .until(() -> batch.stream().anyMatch(b -> "processed".equals(status(b.id()))));
        pipeline.kill("query-service");
        pipeline.restart("query-service");
        assertEveryBulletinStoredExactlyAsExtracted(batch);
    }

    @Test
    void poisonRecordsOnEachTopicGoToTheDeadLetterTopicWithTheirReason() throws Exception {
        String key = "poison" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String notSchemaValid = json.writeValueAsString(Map.of("schemaVersion", 1, "bulletinId", key));
        try (TopicTail dlq = TopicTail.open("bulletins.dlq")) {
            for (String topic : List.of("bulletins.raw", "articles.extracted")) {
                KafkaTestConfig.produce(topic, key, "<html>not an event</html>");
                KafkaTestConfig.produce(topic, key, notSchemaValid);
            }
            List<JsonNode> letters = new ArrayList<>();
            for (var record : dlq.await(r -> key.equals(r.key()), 4, Duration.ofSeconds(60))) {
                letters.add(json.readTree(record.value()));
            }
            for (String topic : List.of("bulletins.raw", "articles.extracted")) {
                List<JsonNode> fromTopic = letters.stream()
                        .filter(l -> topic.equals(l.path("sourceTopic").asText())).toList();
                assertEquals(2, fromTopic.size(), "dead letters from " + topic + ": " + letters);
                fromTopic.forEach(l -> assertTrue(!l.path("reason").asText().isBlank(), l.toString()));
            }
        }
        List<Bulletin> after = bulletins(2);
        publish(after);
        assertEveryBulletinStoredExactlyAsExtracted(after);
    }

    private void assertEveryBulletinStoredExactlyAsExtracted(List<Bulletin> batch) throws Exception {
        await().atMost(SETTLE).pollInterval(Duration.ofMillis(250))
                .until(() -> batch.stream().allMatch(b -> "processed".equals(status(b.id()))));
        for (Bulletin bulletin : batch) {
            JsonNode stored = json.readTree(given().get(pipeline.url("query-service", "/api/bulletins/" + bulletin.id()))
                    .asString()).get("articles");
            JsonNode extracted = json.readTree(given().auth().oauth2(Pipeline.FEED_KEY).contentType("text/plain; charset=utf-8")
                    .body(bulletin.text()).post(pipeline.url("nlp-service", "/api/extract")).asString()).get("articles");
            assertEquals(extracted.size(), stored.size(), "articles of " + bulletin.id());
            for (int i = 0; i < stored.size(); i++) {
                assertEquals(i, stored.get(i).get("ordinal").asInt(), "reading order of " + bulletin.id());
                for (String field : List.of("kind", "title", "body", "bylines", "persons", "places", "facts")) {
                    assertEquals(extracted.get(i).get(field), stored.get(i).get(field),
                            field + " of article " + i + " of " + bulletin.id());
                }
            }
        }
    }

    private String articleId(String event) {
        try {
            return json.readTree(event).get("articleId").asText();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError("not an ArticleExtracted event: " + event, e);
        }
    }

    private String status(String id) {
        var response = given().get(pipeline.url("query-service", "/api/bulletins/" + id));
        return response.statusCode() == 200 ? response.path("status") : null;
    }

    private void publish(List<Bulletin> bulletins) throws Exception {
        for (Bulletin b : bulletins) {
            KafkaTestConfig.produce("bulletins.raw", b.id(), json.writeValueAsString(Map.of("schemaVersion", 1,
                    "bulletinId", b.id(), "receivedAt", Instant.now().toString(), "source", Map.of("feed", "e2e"),
                    "text", b.text())));
        }
    }

    private static List<Bulletin> bulletins(int count) {
        List<Bulletin> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String marker = UUID.randomUUID().toString().replace("-", "");
            String text = Samples.text(Samples.NAMES.get(i % Samples.NAMES.size())) + "\n\n(测试编号 " + marker + ")";
            batch.add(new Bulletin(marker.substring(0, 16), text));
        }
        return batch;
    }

    private record Bulletin(String id, String text) {
    }
}
