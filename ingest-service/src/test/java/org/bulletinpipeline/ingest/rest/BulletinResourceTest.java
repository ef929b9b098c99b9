package org.bulletinpipeline.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bulletinpipeline.testsupport.Contracts;
import org.bulletinpipeline.testsupport.Samples;
import org.bulletinpipeline.testsupport.TopicTail;
import org.junit.jupiter.api.Test;

/** Over real HTTP and the real broker: what is accepted is on bulletins.raw, what is refused is not. */
@QuarkusTest
class BulletinResourceTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void plainTextIsPublishedAsAContractValidEventBeforeThe202() throws Exception {
        String text = Samples.text(Samples.NAMES.get(1)) + "\n" + UUID.randomUUID();
        try (TopicTail raw = TopicTail.open("bulletins.raw")) {
            String id = given().contentType("text/plain; charset=utf-8").body(text)
                    .when().post("/api/bulletins")
                    .then().statusCode(202)
                    .body("bulletinId", matchesPattern("[0-9a-f]{16}"))
                    .body("duplicate", equalTo(false))
                    .extract().path("bulletinId");
            ConsumerRecord<String, String> record = raw.await(r -> id.equals(r.key()), 1, WAIT).get(0);
            assertEquals(Set.of(), Contracts.BULLETIN_RECEIVED_V1.violations(record.value()));
            assertEquals(text, json.readTree(record.value()).get("text").asText());
        }
    }

    @Test
    void jsonKeepsTheSourceButNeverTheClaimedFeed() throws Exception {
        String text = "市政府召开常务会议\n\n本报讯 会议研究了有关事项。" + UUID.randomUUID();
        try (TopicTail raw = TopicTail.open("bulletins.raw")) {
            String id = given().contentType("application/json")
                    .body(Map.of("text", text, "source", Map.of("feed", "someone-else", "publication", "禹州通讯",
                            "publishedOn", "2022-05-17", "page", "1")))
                    .when().post("/api/bulletins")
                    .then().statusCode(202).extract().path("bulletinId");
            JsonNode event = json.readTree(raw.await(r -> id.equals(r.key()), 1, WAIT).get(0).value());
            assertEquals(Set.of(), Contracts.BULLETIN_RECEIVED_V1.violations(event));
            assertEquals("禹州通讯", event.at("/source/publication").asText());
            assertEquals("2022-05-17", event.at("/source/publishedOn").asText());
            assertTrue(!"someone-else".equals(event.at("/source/feed").asText()));
        }
    }

    @Test
    void blankTextIsRefusedWith400AndNothingIsPublished() {
        try (TopicTail raw = TopicTail.open("bulletins.raw")) {
            given().contentType("text/plain; charset=utf-8").body("  \n ")
                    .when().post("/api/bulletins")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo(Problem.TYPE_BASE + "empty-bulletin"));
            assertTrue(raw.drain(r -> true, Duration.ofSeconds(1)).stream()
                    .noneMatch(r -> r.value().contains("\"text\":\"  \\n \"")));
        }
    }

    @Test
    void anUnsupportedMediaTypeIsA415Problem() {
        given().contentType("image/png").body(new byte[] {1, 2, 3})
                .when().post("/api/bulletins")
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo(Problem.TYPE_BASE + "unsupported-media-type"));
    }
}
