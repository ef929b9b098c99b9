package org.bulletinpipeline.query.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.kafka.common.utils.Utils;
import org.bulletinpipeline.contracts.EventSchema;
import org.bulletinpipeline.testsupport.KafkaTestConfig;

/**
 * Builds contract-valid ArticleExtracted events with realistic values (许昌 officials, 禹州市 411081 under 许昌市
 * 411000 under 河南省 410000, epidemic figures) and publishes them to the real broker. Names and words that a test
 * filters on are made unique per run, since the test database keeps earlier runs' rows.
 */
final class TestArticles {

    static final Duration WAIT = Duration.ofSeconds(180);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Random RANDOM = new Random();

    private TestArticles() {
    }

    static String newId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    /** Kafka's default partitioner: murmur2 of the key bytes, over the topic's 6 partitions. */
    static String idOnSamePartitionAs(String id) {
        int partition = partition(id);
        while (true) {
            String candidate = newId();
            if (partition(candidate) == partition) {
                return candidate;
            }
        }
    }

    private static int partition(String key) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % 6;
    }

    /** A run-unique word of CJK ideographs (rare ones, so it does not occur in real text by chance). */
    static String uniqueWord(int length) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < length; i++) {
            // CJK Extension A: real ideographs that newspaper text practically never uses
            word.appendCodePoint(0x3400 + RANDOM.nextInt(0x19B5));
        }
        return word.toString();
    }

    static Map<String, Object> person(String name, String... titles) {
        return Map.of("name", name, "titles", List.of(titles), "mentions", 2,
                "spans", List.of(Map.of("start", 10, "end", 10 + name.length())));
    }

    static Map<String, Object> place(String name, String level, String code) {
        Map<String, Object> place = new LinkedHashMap<>();
        place.put("name", name);
        place.put("level", level);
        place.put("code", code);
        place.put("mentions", 1);
        place.put("spans", List.of(Map.of("start", 0, "end", name.length())));
        return place;
    }

    static Map<String, Object> organization(String name) {
        return Map.of("name", name, "mentions", 1);
    }

    static Map<String, Object> fact(String type, String place, String date, double value, String evidence) {
        Map<String, Object> fact = new LinkedHashMap<>();
        fact.put("type", type);
        fact.put("place", place);
        fact.put("date", date);
        fact.put("value", value);
        fact.put("evidence", evidence);
        return fact;
    }

    /** One article of a bulletin; fields default to a plausible 许昌日报 news item and can be replaced. */
    static Map<String, Object> article(String bulletinId, int ordinal, int count) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("schemaVersion", 1);
        e.put("articleId", bulletinId + "-" + ordinal);
        e.put("bulletinId", bulletinId);
        e.put("ordinal", ordinal);
        e.put("articleCount", count);
        e.put("masthead", Map.of("publication", "许昌日报", "publishedOn", "2022-05-17"));
        e.put("source", Map.of("feed", "test"));
        e.put("kind", "news");
        e.put("kicker", "抗击疫情 我们始终在一起");
        e.put("title", "市疫情防控指挥部召开会议");
        e.put("subtitle", null);
        e.put("bylines", List.of(Map.of("role", "reporter", "name", "高伟山")));
        e.put("dateline", "2022-05-16");
        e.put("body", "5月16日,许昌本轮疫情进入第14天,市疫情防控指挥部以视频形式召开会议。");
        e.put("persons", List.of(person("史根治", "市委书记")));
        e.put("places", List.of(place("许昌市", "city", "411000")));
        e.put("organizations", List.of(organization("市疫情防控指挥部")));
        e.put("dates", List.of(Map.of("text", "5月16日", "date", "2022-05-16")));
        e.put("facts", List.of());
        e.put("quotes", List.of());
        e.put("keywords", List.of("疫情防控"));
        e.put("summary", "市疫情防控指挥部召开会议。");
        e.put("topics", List.of("疫情防控"));
        e.put("pipeline", Map.of("version", "1.0.0", "processedAt", Instant.now().toString()));
        return e;
    }

    /** Publishes the articles of one bulletin, keyed by its id, each checked against its contract version first. */
    static void publish(List<Map<String, Object>> articles) {
        for (Map<String, Object> article : articles) {
            try {
                String value = JSON.writeValueAsString(article);
                EventSchema contract = EventSchema.of(EventSchema.Event.ARTICLE_EXTRACTED,
                        (Integer) article.get("schemaVersion")).orElseThrow();
                assertEquals(Set.of(), contract.violations(value));
                KafkaTestConfig.produce("articles.extracted", (String) article.get("bulletinId"), value);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A bulletin of {@code count} default articles to be modified by the caller, all with one processedAt. */
    static List<Map<String, Object>> bulletin(String bulletinId, int count, Instant processedAt, String version) {
        List<Map<String, Object>> articles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> a = article(bulletinId, i, count);
            a.put("pipeline", Map.of("version", version, "processedAt", processedAt.toString()));
            articles.add(a);
        }
        return articles;
    }

    static void awaitProcessed(String bulletinId) {
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/bulletins/" + bulletinId).then().statusCode(200)
                .body("status", equalTo("processed")));
    }

    static void awaitArticleCount(String bulletinId, int count) {
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/bulletins/" + bulletinId).then().statusCode(200)
                .body("status", equalTo("processed")).body("articles.size()", equalTo(count)));
    }
}
