package org.bulletinpipeline.nlp.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;

import org.bulletinpipeline.contracts.event.BulletinSource;
import org.bulletinpipeline.contracts.event.ItemMetadata;
import org.bulletinpipeline.contracts.BulletinIds;
import org.bulletinpipeline.nlp.service.ExtractionService;
import org.bulletinpipeline.nlp.service.NlpConfig;
import org.bulletinpipeline.testsupport.KafkaTestConfig;
import org.bulletinpipeline.testsupport.Samples;
import org.bulletinpipeline.testsupport.TopicTail;
import org.junit.jupiter.api.Test;

/**
 * An Error thrown by extraction is the bulletin's failure, not the channel's: the bulletin goes to the dead-letter
 * topic with the reason, and the bulletin after it is extracted as usual.
 */
@QuarkusTest
class ExtractionErrorTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private final ObjectMapper json = new ObjectMapper();

    @Inject
    NlpConfig config;

    @Test
    void aStackOverflowErrorDeadLettersItsBulletinAndTheNextOneIsProcessed() throws Exception {
        String overflowing = bulletinText();
        String next = bulletinText();
        String overflowingId = BulletinIds.of(overflowing);
        String nextId = BulletinIds.of(next);
        QuarkusMock.installMockForType(new ExtractionService(config) {
            @Override
            public ExtractionResult extract(String bulletinId, String text, BulletinSource source,
                                            ItemMetadata item) {
                if (bulletinId.equals(overflowingId)) {
                    throw new StackOverflowError();
                }
                return super.extract(bulletinId, text, source, item);
            }
        }, ExtractionService.class);

        try (TopicTail dlq = TopicTail.open("bulletins.dlq"); TopicTail articles = TopicTail.open("articles.extracted")) {
            KafkaTestConfig.produce("bulletins.raw", overflowingId, event(overflowingId, overflowing));
            KafkaTestConfig.produce("bulletins.raw", nextId, event(nextId, next));

            JsonNode letter = json.readTree(dlq.await(r -> overflowingId.equals(r.key()), 1, WAIT).get(0).value());
            assertEquals("extraction failed: java.lang.StackOverflowError", letter.get("reason").asText());
            assertEquals(overflowing, json.readTree(letter.get("payload").asText()).get("text").asText());
            JsonNode article = json.readTree(articles.await(r -> nextId.equals(r.key()), 1, WAIT).get(0).value());
            assertEquals(nextId, article.get("bulletinId").asText());
        }
    }

    private static String bulletinText() {
        // a unique line keeps this run's bulletins apart from any earlier one on the shared broker
        return Samples.text(Samples.NAMES.get(1)) + "\n\n测试编号 " + UUID.randomUUID();
    }

    private String event(String id, String text) throws Exception {
        return json.writeValueAsString(Map.of("schemaVersion", 1, "bulletinId", id,
                "receivedAt", Instant.now().toString(), "source", Map.of("feed", "test"), "text", text));
    }
}
