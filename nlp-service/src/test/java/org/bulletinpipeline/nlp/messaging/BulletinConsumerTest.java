package org.bulletinpipeline.nlp.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bulletinpipeline.nlp.service.BulletinIds;
import org.bulletinpipeline.testsupport.Contracts;
import org.bulletinpipeline.testsupport.KafkaTestConfig;
import org.bulletinpipeline.testsupport.Samples;
import org.bulletinpipeline.testsupport.TopicTail;
import org.junit.jupiter.api.Test;

/** Against the real broker: bulletins in, articles or dead letters out, every event valid against its contract. */
@QuarkusTest
class BulletinConsumerTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aBulletinBecomesContractValidArticlesKeyedByItsId() throws Exception {
        // a unique line keeps this run's bulletin apart from any earlier one on the shared broker
        String text = Samples.text(Samples.NAMES.get(0)) + "\n\n测试编号 " + UUID.randomUUID();
        String id = BulletinIds.of(text);
        String event = json.writeValueAsString(Map.of("schemaVersion", 1, "bulletinId", id,
                "receivedAt", Instant.now().toString(), "source", Map.of("feed", "test"), "text", text));
        assertEquals(Set.of(), Contracts.BULLETIN_RECEIVED_V1.violations(event));

        try (TopicTail articles = TopicTail.open("articles.extracted")) {
            KafkaTestConfig.produce("bulletins.raw", id, event);
            ConsumerRecord<String, String> first = articles.await(r -> id.equals(r.key()), 1, WAIT).get(0);
            int count = json.readTree(first.value()).get("articleCount").asInt();
            List<ConsumerRecord<String, String>> all = articles.await(r -> id.equals(r.key()), count, WAIT);
            for (ConsumerRecord<String, String> record : all) {
                assertEquals(Set.of(), Contracts.ARTICLE_EXTRACTED_V2.violations(record.value()));
                JsonNode article = json.readTree(record.value());
                assertEquals(id, article.get("bulletinId").asText());
                assertEquals("test", article.get("source").get("feed").asText());
            }
        }
    }

    @Test
    void recordsThatAreNotBulletinsGoToTheDeadLetterTopicWithTheirReason() throws Exception {
        String key = "poison-" + UUID.randomUUID();
        String schemaInvalid = json.writeValueAsString(Map.of("schemaVersion", 1, "bulletinId", "NOT VALID",
                "text", "正文"));
        try (TopicTail dlq = TopicTail.open("bulletins.dlq"); TopicTail articles = TopicTail.open("articles.extracted")) {
            KafkaTestConfig.produce("bulletins.raw", key, "this is not json {");
            KafkaTestConfig.produce("bulletins.raw", key, schemaInvalid);
            List<ConsumerRecord<String, String>> letters = dlq.await(r -> key.equals(r.key()), 2, WAIT);
            JsonNode notJson = json.readTree(letters.get(0).value());
            JsonNode invalid = json.readTree(letters.get(1).value());
            assertTrue(notJson.get("reason").asText().contains("not a BulletinReceived v1 JSON document"),
                    notJson.toString());
            assertTrue(invalid.get("reason").asText().contains("bulletinId"), invalid.toString());
            assertEquals("this is not json {", notJson.get("payload").asText());
            assertEquals("bulletins.raw", notJson.get("sourceTopic").asText());
            assertTrue(articles.drain(r -> key.equals(r.key()), Duration.ofSeconds(1)).isEmpty());
        }
    }
}
