package org.bulletinpipeline.ingest.rest;

import static org.bulletinpipeline.ingest.rest.IngestApi.FEED_KEY;
import static org.bulletinpipeline.ingest.rest.IngestApi.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Stream;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bulletins of shapes that make text scans super-linear, each just under the 5 MiB limit, posted as text/plain:
 * each is answered, accepted or refused with a problem, and never hangs a worker. A hang guard, not a speed goal:
 * a blank run of 80,000 spaces took 56 s before the bulletin id was computed in one pass, one of 5 MiB hours.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputResourceTest {

    private static final int NEAR_LIMIT = 5 * 1024 * 1024 - 1024;
    private static final Duration HANG = Duration.ofSeconds(60);

    static Stream<Arguments> shapes() {
        return Stream.of(
                Arguments.of("long blank run", "\u6807\u9898\n\u6b63\u6587", " "),
                Arguments.of("long ideographic blank run", "\u6807\u9898\n\u6b63\u6587", "\u3000\t"),
                Arguments.of("long punctuation run", "\u6807\u9898\n\u6b63\u6587", "\u3002\uFF0C\u2014\u2026"),
                Arguments.of("one line", "", "\u672c\u62a5\u8baf\u8bb0\u8005\u5f20\u4e09"),
                Arguments.of("tiny paragraphs", "\u6807\u9898\n", "\u7532\n\n"),
                Arguments.of("deep brackets", "\u6807\u9898\n", "(\uFF08\u300A\u201C"),
                Arguments.of("long digit run", "\u6807\u9898\n\u7b2c", "1234567890"));
    }

    /** One ordinary bulletin first, so the service's first connections to Kafka are not counted in the first shape's time. */
    @Test
    @Order(1)
    void anOrdinaryBulletinIsAcceptedFirst() {
        as(FEED_KEY).contentType("text/plain; charset=utf-8").body("\u672c\u62a5\u8baf " + UUID.randomUUID())
                .when().post("/api/bulletins")
                .then().statusCode(202);
    }

    @Order(2)
    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void isAnsweredWithoutHanging(String shape, String head, String unit) {
        int unitBytes = unit.getBytes(StandardCharsets.UTF_8).length;
        // unique per run, so the bulletin is new and goes all the way through id, ledger and publishing
        String text = head + UUID.randomUUID() + unit.repeat((NEAR_LIMIT - 200) / unitBytes) + "\u7ed3\u675f\u3002";
        Response response = assertTimeoutPreemptively(HANG, () -> as(FEED_KEY)
                .contentType("text/plain; charset=utf-8").body(text.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/bulletins"));
        int status = response.statusCode();
        assertTrue(status == 202 || status == 422, shape + " answered " + status + ": " + response.asString());
        if (status == 422) {
            assertEquals("application/problem+json", response.contentType());
        }
    }
}
