package org.bulletinpipeline.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.bulletinpipeline.testsupport.Contracts;
import org.bulletinpipeline.testsupport.Samples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole pipeline as shipped: the three packaged services as separate processes on the real broker and the real
 * PostgreSQL. A bulletin posted to ingest-service comes back from query-service as the articles nlp-service extracts.
 */
class PipelineIT {

    /** The development feed key given to the ingest process; its prod profile has none of its own. */
    private static final String FEED_KEY = "e2e-feed-key";

    private static ServiceProcess ingest;
    private static ServiceProcess nlp;
    private static ServiceProcess query;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void startServices() throws Exception {
        String bootstrap = System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092");
        Map<String, String> kafka = Map.of("kafka.bootstrap.servers", bootstrap);
        // ports and consumer groups of their own, so a system started by ./run.sh beside the tests is not disturbed
        nlp = ServiceProcess.start("nlp-service", 18082, merge(kafka,
                Map.of("mp.messaging.incoming.bulletins-raw.group.id", "nlp-service-e2e")));
        query = ServiceProcess.start("query-service", 18083, merge(kafka, Map.of(
                "mp.messaging.incoming.articles-extracted.group.id", "query-service-e2e",
                "mp.messaging.incoming.bulletins-raw.group.id", "query-service-e2e",
                "mp.messaging.incoming.bulletins-dlq.group.id", "query-service-e2e",
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:5432/bulletins_test")));
        ingest = ServiceProcess.start("ingest-service", 18081, merge(kafka,
                Map.of("ingest.query-base-url", "http://localhost:18083", "ingest.auth.dev-key", FEED_KEY)));
        for (ServiceProcess service : List.of(nlp, query, ingest)) {
            service.awaitReady(Duration.ofSeconds(90));
        }
    }

    @AfterAll
    static void stopServices() throws Exception {
        for (ServiceProcess service : new ServiceProcess[] {ingest, nlp, query}) {
            if (service != null) {
                service.close();
            }
        }
    }

    @Test
    void aPostedBulletinComesBackAsTheArticlesExtractionGives() throws Exception {
        // a unique line makes this run's bulletin new to the shared broker and database
        String text = Samples.text(Samples.NAMES.get(2)) + "\n\n(测试运行 " + UUID.randomUUID() + ")";

        String id = given().header("Authorization", "Bearer " + FEED_KEY)
                .contentType("text/plain; charset=utf-8").body(text)
                .when().post(ingest.url("/api/bulletins"))
                .then().statusCode(202).extract().path("bulletinId");

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                given().get(query.url("/api/bulletins/" + id)).then().statusCode(200)
                        .body("status", equalTo("processed")));

        JsonNode stored = json.readTree(given().get(query.url("/api/bulletins/" + id)).asString());
        JsonNode direct = json.readTree(given().contentType("text/plain; charset=utf-8").body(text)
                .post(nlp.url("/api/extract")).then().statusCode(200).extract().asString());

        JsonNode storedArticles = stored.get("articles");
        JsonNode directArticles = direct.get("articles");
        assertEquals(directArticles.size(), storedArticles.size());
        assertTrue(storedArticles.size() > 0);
        for (int i = 0; i < storedArticles.size(); i++) {
            JsonNode s = storedArticles.get(i);
            JsonNode d = directArticles.get(i);
            assertEquals(Set.of(), Contracts.ARTICLE_EXTRACTED_V1.violations(s), "stored article " + i);
            assertEquals(id, s.get("bulletinId").asText());
            for (String field : List.of("articleId", "ordinal", "kind", "kicker", "title", "subtitle", "bylines",
                    "dateline", "body", "persons", "places", "organizations", "facts")) {
                assertEquals(d.get(field), s.get(field), field + " of article " + i);
            }
        }
    }

    private static Map<String, String> merge(Map<String, String> a, Map<String, String> b) {
        java.util.HashMap<String, String> merged = new java.util.HashMap<>(a);
        merged.putAll(b);
        return merged;
    }
}
