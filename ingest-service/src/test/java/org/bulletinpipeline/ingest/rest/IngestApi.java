package org.bulletinpipeline.ingest.rest;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** What the ingest tests share: the test profile's API keys and requests sent exactly as given. */
final class IngestApi {

    /** Where the test profile publishes instead of bulletins.raw (application.properties, deploy/kafka.sh). */
    static final String RAW_TOPIC = "ingest-test.bulletins.raw";
    /** The test profile's ledger of accepted bulletins (ingest.ledger.topic). */
    static final String LEDGER_TOPIC = "ingest-test.bulletins.ingested";
    static final String FEED_KEY = "test-feed-key";
    static final String FEED = "test-feed";
    /** Used only by requests that must be refused, so any record of this feed on the topic is a failure. */
    static final String REFUSED_FEED_KEY = "test-other-feed-key";
    static final String REFUSED_FEED = "test-other-feed";
    static final String ADMIN_KEY = "test-admin-key";
    static final String DEV_KEY = "local-dev-key";
    static final Duration WAIT = Duration.ofSeconds(30);
    static final Duration QUIET = Duration.ofMillis(500);

    /** RestAssured would add "; charset=ISO-8859-1" to text/plain: the tests decide what is declared. */
    private static final RestAssuredConfig AS_GIVEN = RestAssuredConfig.config().encoderConfig(
            EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));
    private static final ObjectMapper JSON = new ObjectMapper();

    private IngestApi() {
    }

    static RequestSpecification as(String key) {
        return given().config(AS_GIVEN).header("Authorization", "Bearer " + key);
    }

    static JsonNode json(String value) {
        try {
            return JSON.readTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Predicate<ConsumerRecord<String, String>> ofFeed(String feed) {
        // a plain match: the shared topic may carry other tests' poison records that are not JSON at all
        return r -> r.value() != null && r.value().contains("\"feed\":\"" + feed + "\"");
    }

    static List<String> texts(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(r -> json(r.value()).get("text").asText()).toList();
    }
}
