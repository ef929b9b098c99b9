package org.bulletinpipeline.query.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bulletinpipeline.query.event.DeadLetterEvent;
import org.bulletinpipeline.query.repository.DeadLetterRepository;
import org.bulletinpipeline.query.repository.DeadLetterRepository.DlqRecord;
import org.bulletinpipeline.testsupport.KafkaTestConfig;
import org.bulletinpipeline.testsupport.TopicTail;
import org.junit.jupiter.api.Test;

/** Letters on the real bulletins.dlq, stored in the real PostgreSQL, listed and sent back through the admin API. */
@QuarkusTest
class DeadLetterResourceTest {

    private static final String ADMIN_KEY = "test-admin-key";
    /** How the admin API's scripts send the key; Authorization: Bearer works as well. */
    private static final String ADMIN_HEADER = "X-Admin-Key";
    private static final String PATH = "/api/admin/dead-letters";

    private final ObjectMapper json = new ObjectMapper();

    @Inject
    DeadLetterRepository repository;

    @Inject
    DataSource dataSource;

    @Test
    void aLetterOnTheTopicIsListedWithItsReasonAndMarksTheBulletinFailed() throws Exception {
        String id = TestArticles.newId();
        String payload = received(id);
        produceLetter(id, letter(id, "nlp-service", "bulletins.raw", "extraction failed: 分词器异常", payload));

        long letterId = awaitOne("bulletinId", id);
        admin().queryParam("bulletinId", id).get(PATH).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo((int) letterId))
                .body("items[0].bulletinId", equalTo(id))
                .body("items[0].key", equalTo(id))
                .body("items[0].service", equalTo("nlp-service"))
                .body("items[0].sourceTopic", equalTo("bulletins.raw"))
                .body("items[0].reason", equalTo("extraction failed: 分词器异常"))
                .body("items[0].failedAt", equalTo("2022-05-17T08:00:01Z"))
                .body("items[0].retryCount", equalTo(0))
                .body("items[0].lastRetriedAt", nullValue())
                .body("nextBefore", nullValue());
        admin().get(PATH + "/" + letterId).then().statusCode(200)
                .body("payload", equalTo(payload))
                .body("sourcePartition", equalTo(3))
                .body("sourceOffset", equalTo(1041))
                .body("dlqTopic", equalTo("bulletins.dlq"));
        // the status behaviour of before, in the same transaction
        given().get("/api/bulletins/" + id).then().statusCode(200)
                .body("status", equalTo("failed"))
                .body("failureReason", equalTo("extraction failed: 分词器异常"));
    }

    @Test
    void lettersAreListedNewestFirstFilteredAndPagedByKeyset() throws Exception {
        String id = TestArticles.newId();
        // one partition (one key), so they are read, and numbered, in this order
        produceLetter(id, letter(id, "nlp-service", "bulletins.raw", "first", received(id)));
        produceLetter(id, letter(id, "query-service", "articles.extracted", "second", "{}"));
        produceLetter(id, letter(id, "nlp-service", "bulletins.raw", "third", received(id)));
        await().atMost(TestArticles.WAIT).until(() -> list(admin().queryParam("bulletinId", id)).size() == 3);

        admin().queryParam("bulletinId", id).queryParam("limit", 2).get(PATH).then().statusCode(200)
                .body("items.reason", equalTo(List.of("third", "second")))
                .body("nextBefore", notNullValue());
        long next = ((Number) admin().queryParam("bulletinId", id).queryParam("limit", 2).get(PATH).path("nextBefore"))
                .longValue();
        admin().queryParam("bulletinId", id).queryParam("limit", 2).queryParam("before", next).get(PATH).then()
                .statusCode(200).body("items.reason", equalTo(List.of("first"))).body("nextBefore", nullValue());

        admin().queryParam("bulletinId", id).queryParam("service", "query-service").get(PATH).then()
                .body("items.reason", equalTo(List.of("second")));
        admin().queryParam("bulletinId", id).queryParam("sourceTopic", "bulletins.raw").get(PATH).then()
                .body("items.reason", equalTo(List.of("third", "first")));
        admin().queryParam("bulletinId", id).queryParam("service", "ingest-service").get(PATH).then()
                .body("items", hasSize(0));
    }

    @Test
    void theSameLetterStoredTwiceIsOneRow() throws Exception {
        String id = TestArticles.newId();
        String topic = "test.dlq-" + id;
        Instant written = Instant.parse("2022-05-17T08:00:02Z");
        DeadLetterEvent letter = new DeadLetterEvent(id, "nlp-service", "bulletins.raw", 0, 7L, "boom",
                Instant.parse("2022-05-17T08:00:01Z"), received(id));
        DlqRecord at = new DlqRecord(topic, 0, 12, written, id);

        assertTrue(QuarkusTransaction.requiringNew().call(() -> repository.store(at, letter)));
        assertFalse(QuarkusTransaction.requiringNew().call(() -> repository.store(at, letter)), "a replay");
        assertEquals(1, count(topic));
        // the topic recreated: offsets start again, a new letter at the same offset is not taken for the old one
        DlqRecord later = new DlqRecord(topic, 0, 12, written.plusSeconds(3600), id);
        assertTrue(QuarkusTransaction.requiringNew().call(() -> repository.store(later, letter)));
        assertEquals(2, count(topic));
    }

    @Test
    void aLetterThatIsNotJsonIsStoredRawAndListed() throws Exception {
        String key = TestArticles.newId();
        String raw = "{not a letter " + key;
        KafkaTestConfig.produce("bulletins.dlq", key, raw);

        long letterId = awaitOne("key", key);
        admin().queryParam("key", key).get(PATH).then().statusCode(200)
                .body("items[0].reason", startsWith("unreadable dead letter: not a dead letter JSON document"))
                .body("items[0].bulletinId", nullValue())
                .body("items[0].sourceTopic", nullValue());
        admin().get(PATH + "/" + letterId).then().statusCode(200).body("payload", equalTo(raw));
    }

    @Test
    void aLetterCarryingANulCharacterIsStoredAndTheStreamGoesOn() throws Exception {
        String id = TestArticles.newId();
        produceLetter(id, letter(id, "query-service", "articles.extracted", "not a ArticleExtracted JSON document",
                "{\"title\":\"a\0b\"}"));
        long letterId = awaitOne("bulletinId", id);
        admin().get(PATH + "/" + letterId).then().statusCode(200)
                .body("payload", equalTo("{\"title\":\"a\uFFFDb\"}"));

        String next = TestArticles.newId();
        produceLetter(next, letter(next, "nlp-service", "bulletins.raw", "after the NUL", received(next)));
        awaitOne("bulletinId", next);
    }

    @Test
    void theAdminApiWantsAnAdminKey() {
        given().get(PATH).then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo(Problem.TYPE_BASE + "unauthorized"));
        given().header(ADMIN_HEADER, "not-the-key").get(PATH).then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo(Problem.TYPE_BASE + "unauthorized"));
        given().post(PATH + "/1/retry").then().statusCode(401);
        given().header(ADMIN_HEADER, ADMIN_KEY + "x").post(PATH + "/1/retry").then().statusCode(401);
        given().auth().oauth2("test-reader-key").get(PATH + "/1").then().statusCode(403)
                .body("type", equalTo(Problem.TYPE_BASE + "forbidden"));
        admin().get(PATH).then().statusCode(200).contentType("application/json");
        given().auth().oauth2(ADMIN_KEY).get(PATH).then().statusCode(200);
    }

    @Test
    void anUnknownLetterIsA404Problem() {
        admin().get(PATH + "/" + Long.MAX_VALUE).then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo(Problem.TYPE_BASE + "not-found"));
        admin().post(PATH + "/" + Long.MAX_VALUE + "/retry").then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo(Problem.TYPE_BASE + "not-found"));
    }

    @Test
    void badParametersAre400Problems() {
        admin().queryParam("limit", 201).get(PATH).then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(Problem.TYPE_BASE + "invalid-limit"));
        admin().queryParam("limit", 0).get(PATH).then().statusCode(400)
                .body("type", equalTo(Problem.TYPE_BASE + "invalid-limit"));
        admin().queryParam("before", "abc").get(PATH).then().statusCode(400)
                .body("type", equalTo(Problem.TYPE_BASE + "invalid-before"));
        admin().queryParam("limit", 200).get(PATH).then().statusCode(200);
    }

    @Test
    void aRetryPutsThePayloadBackOnItsSourceTopicAndCountsIt() throws Exception {
        String id = TestArticles.newId();
        String payload = received(id);
        produceLetter(id, letter(id, "nlp-service", "bulletins.raw", "extraction failed: boom", payload));
        long letterId = awaitOne("bulletinId", id);

        try (TopicTail raw = TopicTail.open("bulletins.raw")) {
            admin().post(PATH + "/" + letterId + "/retry").then().statusCode(202)
                    .contentType("application/json")
                    .body("id", equalTo((int) letterId))
                    .body("topic", equalTo("bulletins.raw"))
                    .body("retriedAt", notNullValue())
                    .body("retryCount", equalTo(1));
            List<ConsumerRecord<String, String>> back = raw.await(r -> id.equals(r.key()), 1, TestArticles.WAIT);
            assertEquals(payload, back.get(0).value());
        }
        admin().queryParam("bulletinId", id).get(PATH).then()
                .body("items[0].retryCount", equalTo(1))
                .body("items[0].lastRetriedAt", notNullValue());
        // and the pipeline read it again: this service's own consumer stored the bulletin's text
        await().atMost(TestArticles.WAIT).untilAsserted(() -> given().get("/api/bulletins/" + id + "/text").then()
                .statusCode(200).body(equalTo("正文 " + id)));

        admin().post(PATH + "/" + letterId + "/retry").then().statusCode(202).body("retryCount", equalTo(2));
    }

    @Test
    void aPayloadTheConsumersWouldRefuseIsNotSentBack() throws Exception {
        String id = TestArticles.newId();
        // a bulletin published before ingest refused a NUL in its source: the JSON escape survives storage as text
        String payload = json.writeValueAsString(Map.of("schemaVersion", 1, "bulletinId", id,
                "receivedAt", Instant.now().toString(), "source", Map.of("feed", "test", "publication", "\u0000禹州"),
                "text", "正文 " + id));
        produceLetter(id, letter(id, "query-service", "bulletins.raw", "field source.publication holds a NUL "
                + "character (U+0000), which PostgreSQL cannot store", payload));
        long letterId = awaitOne("bulletinId", id);
        String late = TestArticles.newId();
        produceLetter(late, letter(late, "nlp-service", "articles.extracted", "published on 2022-13-45",
                "{\"schemaVersion\":2,\"bulletinId\":\"" + late + "\"}"));
        long articleLetterId = awaitOne("bulletinId", late);

        try (TopicTail raw = TopicTail.open("bulletins.raw")) {
            admin().post(PATH + "/" + letterId + "/retry").then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("type", equalTo(Problem.TYPE_BASE + "invalid-payload"))
                    .body("detail", containsString("source.publication holds a NUL character (U+0000)"));
            admin().post(PATH + "/" + articleLetterId + "/retry").then().statusCode(422)
                    .body("type", equalTo(Problem.TYPE_BASE + "invalid-payload"));
            // an ordinary letter sent back after them arrives; the two refused ones never do
            String ordinary = TestArticles.newId();
            produceLetter(ordinary, letter(ordinary, "nlp-service", "bulletins.raw", "boom", received(ordinary)));
            admin().post(PATH + "/" + awaitOne("bulletinId", ordinary) + "/retry").then().statusCode(202);
            raw.await(r -> ordinary.equals(r.key()), 1, TestArticles.WAIT);
            assertEquals(List.of(), raw.drain(r -> Set.of(id, late).contains(r.key()), Duration.ofSeconds(2)));
        }
        admin().get(PATH + "/" + letterId).then().body("retryCount", equalTo(0)).body("lastRetriedAt", nullValue());
    }

    @Test
    void aLetterFromAnotherTopicCannotBeRetried() throws Exception {
        String id = TestArticles.newId();
        produceLetter(id, letter(id, "nlp-service", "bulletins.ingested", "some other failure", received(id)));
        long letterId = awaitOne("bulletinId", id);
        admin().post(PATH + "/" + letterId + "/retry").then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo(Problem.TYPE_BASE + "not-retryable"));
        admin().get(PATH + "/" + letterId).then().body("retryCount", equalTo(0)).body("lastRetriedAt", nullValue());

        // an unreadable letter names no topic at all
        KafkaTestConfig.produce("bulletins.dlq", id + "-raw", "garbage");
        long unreadable = awaitOne("key", id + "-raw");
        admin().post(PATH + "/" + unreadable + "/retry").then().statusCode(409)
                .body("type", equalTo(Problem.TYPE_BASE + "not-retryable"));
    }

    private RequestSpecification admin() {
        return given().header(ADMIN_HEADER, ADMIN_KEY);
    }

    private List<Map<String, Object>> list(RequestSpecification request) {
        return request.get(PATH).then().statusCode(200).extract().path("items");
    }

    /** Waits until exactly one letter matches the filter, and returns its id. */
    private long awaitOne(String filter, String value) {
        await().atMost(TestArticles.WAIT).until(() -> list(admin().queryParam(filter, value)).size() == 1);
        return ((Number) list(admin().queryParam(filter, value)).get(0).get("id")).longValue();
    }

    private String received(String id) throws Exception {
        return json.writeValueAsString(Map.of("schemaVersion", 1, "bulletinId", id,
                "receivedAt", Instant.now().toString(), "source", Map.of("feed", "test"), "text", "正文 " + id));
    }

    /** A letter as nlp-service writes it (event/DeadLetter.java). */
    private String letter(String bulletinId, String service, String sourceTopic, String reason, String payload)
            throws Exception {
        Map<String, Object> letter = new LinkedHashMap<>();
        letter.put("schemaVersion", 1);
        letter.put("bulletinId", bulletinId);
        letter.put("service", service);
        letter.put("sourceTopic", sourceTopic);
        letter.put("partition", 3);
        letter.put("offset", 1041);
        letter.put("reason", reason);
        letter.put("failedAt", "2022-05-17T08:00:01Z");
        letter.put("payload", payload);
        return json.writeValueAsString(letter);
    }

    private void produceLetter(String key, String letter) {
        KafkaTestConfig.produce("bulletins.dlq", key, letter);
    }

    private long count(String dlqTopic) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select count(*) from dead_letter where dlq_topic = ?")) {
            ps.setString(1, dlqTopic);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
