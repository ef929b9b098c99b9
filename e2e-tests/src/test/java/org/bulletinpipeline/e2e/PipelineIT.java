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

import org.bulletinpipeline.contracts.EventSchema;
import org.bulletinpipeline.testsupport.Samples;
import org.junit.jupiter.api.Test;

/**
 * The whole pipeline as shipped: the three packaged services as separate processes on the real broker and the real
 * PostgreSQL. A bulletin posted to ingest-service comes back from query-service as the articles nlp-service extracts.
 */
class PipelineIT extends PipelineTestBase {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aPostedBulletinComesBackAsTheArticlesExtractionGives() throws Exception {
        // a unique line makes this run's bulletin new to the shared broker and database
        String text = Samples.text(Samples.NAMES.get(2)) + "\n\n(测试运行 " + UUID.randomUUID() + ")";

        String id = given().contentType("text/plain; charset=utf-8").body(text)
                .header("Authorization", "Bearer " + Pipeline.FEED_KEY)
                .when().post(pipeline.url("ingest-service", "/api/bulletins"))
                .then().statusCode(202).extract().path("bulletinId");

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                given().get(pipeline.url("query-service", "/api/bulletins/" + id)).then().statusCode(200)
                        .body("status", equalTo("processed")));

        JsonNode stored = json.readTree(given().get(pipeline.url("query-service", "/api/bulletins/" + id)).asString());
        JsonNode direct = json.readTree(given().auth().oauth2(Pipeline.FEED_KEY).contentType("text/plain; charset=utf-8").body(text)
                .post(pipeline.url("nlp-service", "/api/extract")).then().statusCode(200).extract().asString());

        JsonNode storedArticles = stored.get("articles");
        JsonNode directArticles = direct.get("articles");
        assertEquals(directArticles.size(), storedArticles.size());
        assertTrue(storedArticles.size() > 0);
        for (int i = 0; i < storedArticles.size(); i++) {
            JsonNode s = storedArticles.get(i);
            JsonNode d = directArticles.get(i);
            assertEquals(Set.of(), EventSchema.ARTICLE_EXTRACTED_V2.violations(s), "stored article " + i);
            assertEquals(id, s.get("bulletinId").asText());
            for (String field : List.of("articleId", "ordinal", "kind", "kicker", "title", "subtitle", "bylines",
                    "dateline", "body", "persons", "places", "organizations", "facts")) {
                assertEquals(d.get(field), s.get(field), field + " of article " + i);
            }
        }
    }
}
