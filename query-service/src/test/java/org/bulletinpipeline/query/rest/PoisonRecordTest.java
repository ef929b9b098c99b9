package org.bulletinpipeline.query.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.bulletinpipeline.testsupport.KafkaTestConfig;
import org.bulletinpipeline.testsupport.TopicTail;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Records no producer of ours should write, put straight onto the real topics: each is dead-lettered with its
 * reason or stored as it is, the ten good bulletins after them are stored, readiness stays UP, and the group's
 * committed offsets are past every one of them, so a restarted consumer does not read them again.
 */
@QuarkusTest
class PoisonRecordTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NUL = "\u0000";
    /** Four-byte UTF-8: an ideograph of CJK Extension B and an emoji, both outside the Basic Multilingual Plane. */
    private static final String ASTRAL = "\uD840\uDC00\uD83D\uDE00";

    private record Sent(String shape, String bulletinId, RecordMetadata at, boolean storable) {
    }

    @Test
    void poisonIsDeadLetteredAndTheBulletinsAfterItAreStored() throws Exception {
        List<Sent> sent = new ArrayList<>();
        try (TopicTail dlq = TopicTail.open("bulletins.dlq")) {
            for (String field : List.of("kicker", "title", "body", "summary", "kind", "articleId", "masthead.publication",
                    "source.feed", "persons.name", "places.name", "organizations.name", "keywords", "topics",
                    "pipeline.version", "dateline")) {
                sent.add(article("NUL in " + field, false, a -> put(a, field, "\u6b63" + NUL + "\u6587")));
            }
            for (String field : List.of("text", "source.publication", "source.feed", "bulletinId")) {
                sent.add(bulletin("NUL in " + field, b -> put(b, field, "\u6b63" + NUL + "\u6587")));
            }
            sent.add(article("4-byte characters", true, a -> {
                a.put("title", ASTRAL + "\u6807\u9898");
                a.put("body", "\u6b63\u6587" + ASTRAL);
            }));
            sent.add(article("10,000-character title", true, a -> a.put("title", "\u6807".repeat(10_000))));
            sent.add(article("publishedOn in year 99999", false,
                    a -> a.put("masthead", Map.of("publication", "\u8bb8\u660c\u65e5\u62a5", "publishedOn", "+99999-05-17"))));
            sent.add(article("dateline in year 99999", false, a -> a.put("dateline", "99999-05-16")));
            sent.add(article("ordinal as a string", false, a -> a.put("ordinal", "one")));
            sent.add(article("persons as a string", false, a -> a.put("persons", "\u53f2\u6839\u6cbb")));
            sent.add(article("a fact's value as a string", false, a -> a.put("facts",
                    List.of(Map.of("type", "confirmed_cases", "value", "many")))));
            sent.add(article("an over-long article id", false, a -> a.put("articleId", "a".repeat(500))));
            sent.add(bulletin("receivedAt in year 99999", b -> b.put("receivedAt", "+99999-01-01T00:00:00Z")));
            sent.add(bulletin("text as a number", b -> b.put("text", 42)));
            sent.add(raw("articles.extracted", "an array, not an object", "[1,2,3]"));

            List<String> good = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                String id = TestArticles.newId();
                good.add(id);
                TestArticles.publish(List.of(TestArticles.article(id, 0, 1)));
            }
            for (String id : good) {
                TestArticles.awaitProcessed(id);
            }

            for (Sent s : sent.stream().filter(s -> !s.storable()).toList()) {
                List<ConsumerRecord<String, String>> letters = dlq.await(r -> names(r, s.at()), 1, TestArticles.WAIT);
                JsonNode letter = JSON.readTree(letters.get(0).value());
                assertEquals("query-service", letter.path("service").asText(), s.shape());
                assertTrue(!letter.path("reason").asText().isBlank(), s.shape() + " is dead-lettered with a reason");
            }
        }
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        // the bulletin a poison record was keyed by is listed as failed with the reason, not missing
        await().atMost(TestArticles.WAIT).untilAsserted(() -> {
            for (Sent s : sent.stream().filter(s -> !s.storable()).toList()) {
                given().get("/api/bulletins/" + s.bulletinId()).then().statusCode(200)
                        .body("status", equalTo("failed")).body("failureReason", notNullValue());
            }
        });

        String group = ConfigProvider.getConfig()
                .getValue("mp.messaging.incoming.articles-extracted.group.id", String.class);
        await().atMost(TestArticles.WAIT).untilAsserted(() -> {
            for (Sent s : sent) {
                TopicPartition partition = new TopicPartition(s.at().topic(), s.at().partition());
                assertTrue(KafkaTestConfig.committed(group, partition) > s.at().offset(),
                        s.shape() + ": a restarted consumer resumes after it");
            }
        });
    }

    @Test
    void aTitleOfFourByteCharactersIsStoredAsSent() throws Exception {
        String id = TestArticles.newId();
        Map<String, Object> article = TestArticles.article(id, 0, 1);
        article.put("title", ASTRAL + "\u6807\u9898");
        TestArticles.publish(List.of(article));
        TestArticles.awaitProcessed(id);
        given().get("/api/bulletins/" + id).then().statusCode(200)
                .body("articles[0].title", equalTo(ASTRAL + "\u6807\u9898"));
    }

    private static boolean names(ConsumerRecord<String, String> letter, RecordMetadata at) {
        try {
            JsonNode node = JSON.readTree(letter.value());
            return at.topic().equals(node.path("sourceTopic").asText()) && node.path("partition").asInt() == at.partition()
                    && node.path("offset").asLong() == at.offset();
        } catch (Exception e) {
            return false;
        }
    }

    private static Sent article(String shape, boolean storable, Consumer<Map<String, Object>> poison) throws Exception {
        String id = TestArticles.newId();
        Map<String, Object> article = TestArticles.article(id, 0, 1);
        poison.accept(article);
        return new Sent(shape, id, KafkaTestConfig.produce("articles.extracted", id, JSON.writeValueAsString(article)),
                storable);
    }

    private static Sent bulletin(String shape, Consumer<Map<String, Object>> poison) throws Exception {
        String id = TestArticles.newId();
        Map<String, Object> bulletin = new LinkedHashMap<>();
        bulletin.put("schemaVersion", 1);
        bulletin.put("bulletinId", id);
        bulletin.put("receivedAt", Instant.now().toString());
        bulletin.put("source", new LinkedHashMap<>(Map.of("feed", "test", "publication", "\u8bb8\u660c\u65e5\u62a5")));
        bulletin.put("text", "\u6b63\u6587 " + id);
        poison.accept(bulletin);
        return new Sent(shape, id, KafkaTestConfig.produce("bulletins.raw", id, JSON.writeValueAsString(bulletin)),
                false);
    }

    private static Sent raw(String topic, String shape, String value) {
        String id = TestArticles.newId();
        return new Sent(shape, id, KafkaTestConfig.produce(topic, id, value), false);
    }

    /** Sets {@code path} ({@code masthead.publication}; {@code persons.name} is the first person's) to {@code value}. */
    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> event, String path, Object value) {
        String[] parts = path.split("\\.");
        if (parts.length == 1) {
            event.put(path, event.get(path) instanceof List<?> ? List.of(value) : value);
            return;
        }
        Object inner = event.get(parts[0]);
        Map<String, Object> copy = new LinkedHashMap<>(inner instanceof List<?> list
                ? (Map<String, Object>) list.get(0) : (Map<String, Object>) inner);
        copy.put(parts[1], value);
        event.put(parts[0], inner instanceof List<?> ? List.of(copy) : copy);
    }
}
