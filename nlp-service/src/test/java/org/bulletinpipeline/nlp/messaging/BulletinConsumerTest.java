package org.bulletinpipeline.nlp.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bulletinpipeline.contracts.EventSchema;
import org.bulletinpipeline.contracts.mediatopic.MediaTopic;
import org.bulletinpipeline.contracts.mediatopic.MediaTopics;
import org.bulletinpipeline.contracts.BulletinIds;
import org.bulletinpipeline.testsupport.KafkaTestConfig;
import org.bulletinpipeline.testsupport.Samples;
import org.bulletinpipeline.testsupport.TopicTail;
import org.junit.jupiter.api.Test;

/** Against the real broker: bulletins in, articles or dead letters out, every event valid against its contract. */
@QuarkusTest
class BulletinConsumerTest {

    /** Every article written now is held to the newest ArticleExtracted. */
    private static final EventSchema NEWEST_ARTICLE = EventSchema.latest(EventSchema.Event.ARTICLE_EXTRACTED);

    private static final Duration WAIT = Duration.ofSeconds(60);
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aBulletinBecomesContractValidArticlesKeyedByItsId() throws Exception {
        // a unique line keeps this run's bulletin apart from any earlier one on the shared broker
        String text = Samples.text(Samples.NAMES.get(0)) + "\n\n测试编号 " + UUID.randomUUID();
        String id = BulletinIds.of(text);
        String event = json.writeValueAsString(Map.of("schemaVersion", 1, "bulletinId", id,
                "receivedAt", Instant.now().toString(), "source", Map.of("feed", "test"), "text", text));
        assertEquals(Set.of(), EventSchema.BULLETIN_RECEIVED_V1.violations(event));

        try (TopicTail articles = TopicTail.open("articles.extracted")) {
            KafkaTestConfig.produce("bulletins.raw", id, event);
            ConsumerRecord<String, String> first = articles.await(r -> id.equals(r.key()), 1, WAIT).get(0);
            int count = json.readTree(first.value()).get("articleCount").asInt();
            List<ConsumerRecord<String, String>> all = articles.await(r -> id.equals(r.key()), count, WAIT);
            for (ConsumerRecord<String, String> record : all) {
                assertEquals(Set.of(), NEWEST_ARTICLE.violations(record.value()));
                JsonNode article = json.readTree(record.value());
                assertEquals(id, article.get("bulletinId").asText());
                assertEquals("test", article.get("source").get("feed").asText());
                List<String> topics = new ArrayList<>();
                article.get("topics").forEach(t -> topics.add(t.asText()));
                List<String> qcodes = new ArrayList<>();
                article.get("mediaTopics").forEach(m -> qcodes.add(m.get("qcode").asText()));
                assertEquals(MediaTopics.standard().of(topics).stream().map(MediaTopic::qcode).toList(), qcodes,
                        "the Media Topics of " + topics);
            }
        }
    }

    @Test
    void aV2ItemKeepsItsHeadlineAsTitleAndItsPublishedDateAnchorsTheDateline() throws Exception {
        String text = "本报讯 5月16日，市委书记刘建华主持召开全市疫情防控工作会议，分析研判当前疫情防控形势，安排部署下一步工作。"
                + "\n会议强调，各乡镇（街道）、各部门要坚持常态化精准防控。\n测试编号 " + UUID.randomUUID();
        String id = "item" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Map<String, Object> item = new java.util.LinkedHashMap<>();
        item.put("format", "nitf");
        item.put("originalId", "yzrb-" + id);
        item.put("headline", "全市疫情防控工作会议召开");
        item.put("byline", "本报记者 张华");
        item.put("dateline", null);
        item.put("language", "zh-CN");
        item.put("publishedAt", "2022-05-17T06:30:00+08:00");
        String event = json.writeValueAsString(Map.of("schemaVersion", 2, "bulletinId", id,
                "receivedAt", Instant.now().toString(), "source", Map.of("feed", "test", "publication", "禹州日报",
                        "publishedOn", "2022-05-17"), "item", item, "text", text));
        assertEquals(Set.of(), EventSchema.BULLETIN_RECEIVED_V2.violations(event));

        try (TopicTail articles = TopicTail.open("articles.extracted")) {
            KafkaTestConfig.produce("bulletins.raw", id, event);
            JsonNode first = json.readTree(articles.await(r -> id.equals(r.key()), 1, WAIT).get(0).value());
            assertEquals(Set.of(), NEWEST_ARTICLE.violations(first));
            assertEquals("全市疫情防控工作会议召开", first.get("title").asText());
            assertEquals("本报记者 张华", first.at("/bylines/0/name").asText());
            // the lead's 5月16日 is the dateline; its year comes from the item's published date
            assertEquals("2022-05-16", first.get("dateline").asText());
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
            assertTrue(notJson.get("reason").asText().contains("not a BulletinReceived JSON document"),
                    notJson.toString());
            assertTrue(invalid.get("reason").asText().contains("bulletinId"), invalid.toString());
            assertEquals("this is not json {", notJson.get("payload").asText());
            assertEquals("bulletins.raw", notJson.get("sourceTopic").asText());
            assertTrue(articles.drain(r -> key.equals(r.key()), Duration.ofSeconds(1)).isEmpty());
        }
    }
}
