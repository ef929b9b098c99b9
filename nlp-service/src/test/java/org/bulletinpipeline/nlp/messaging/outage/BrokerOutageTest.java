package org.bulletinpipeline.nlp.messaging.outage;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bulletinpipeline.contracts.BulletinIds;
import org.bulletinpipeline.testsupport.KafkaTestConfig;
import org.bulletinpipeline.testsupport.Samples;
import org.bulletinpipeline.testsupport.TopicTail;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The broker goes away for 20 s while a bulletin's articles are being published (a real broker process, stopped
 * and started again): the bulletin still ends processed, each article on articles.extracted once, nothing on the
 * dead-letter topic.
 */
@QuarkusTest
@TestProfile(OutageBrokerProfile.class)
class BrokerOutageTest {

    private static final Duration WAIT = Duration.ofSeconds(150);
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aBulletinPublishedAcrossABrokerOutageIsProcessedOnceAndNotDeadLettered() throws Exception {
        StoppableBroker broker = OutageBrokerProfile.broker(ConfigProvider.getConfig());
        String text = Samples.text(Samples.NAMES.get(0)) + "\n\n测试编号 " + UUID.randomUUID();
        String id = BulletinIds.of(text);
        String event = json.writeValueAsString(Map.of("schemaVersion", 1, "bulletinId", id,
                "receivedAt", Instant.now().toString(), "source", Map.of("feed", "test"), "text", text));
        Files.createFile(broker.dir().resolve("armed-" + id));

        try (TopicTail articles = TopicTail.open(broker.bootstrapServers(), "articles.extracted");
             TopicTail dlq = TopicTail.open(broker.bootstrapServers(), "bulletins.dlq")) {
            KafkaTestConfig.produce(broker.bootstrapServers(), "bulletins.raw", id, event);
            ConsumerRecord<String, String> first = articles.await(r -> id.equals(r.key()), 1, WAIT).get(0);
            int count = json.readTree(first.value()).get("articleCount").asInt();
            assertTrue(count >= 3, "the sample should yield articles on both sides of the outage, got " + count);
            articles.await(r -> id.equals(r.key()), count, WAIT);

            List<ConsumerRecord<String, String>> all = articles.drain(r -> id.equals(r.key()), Duration.ofSeconds(3));
            Path outage = broker.dir().resolve("outage-" + id);
            assertTrue(Files.exists(outage), "the broker was stopped in the middle of the bulletin");
            String[] downAndUp = Files.readString(outage).split(" ");
            assertTrue(Duration.between(Instant.parse(downAndUp[0]), Instant.parse(downAndUp[1]))
                    .compareTo(OutageMidBulletin.OUTAGE) >= 0);
            Set<String> articleIds = all.stream().map(r -> articleId(r.value())).collect(Collectors.toSet());
            assertEquals(count, all.size(), "each article once");
            assertEquals(count, articleIds.size());
            assertEquals(List.of(), dlq.drain(r -> id.equals(r.key()), Duration.ofSeconds(1)));
        }
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.lines().anyMatch(l -> l.startsWith("nlp_publish_retries_total") && !l.endsWith(" 0.0")),
                "the publisher retried while the broker was away");
    }

    private String articleId(String value) {
        try {
            return json.readTree(value).get("articleId").asText();
        } catch (Exception e) {
            throw new AssertionError(value, e);
        }
    }
}
