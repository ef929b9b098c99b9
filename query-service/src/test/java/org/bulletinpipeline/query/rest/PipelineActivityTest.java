package org.bulletinpipeline.query.rest;

import static io.restassured.RestAssured.given;
import static org.bulletinpipeline.query.rest.TestArticles.awaitProcessed;
import static org.bulletinpipeline.query.rest.TestArticles.bulletin;
import static org.bulletinpipeline.query.rest.TestArticles.newId;
import static org.bulletinpipeline.query.rest.TestArticles.publish;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.matchesPattern;

import java.time.Instant;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

/** The dashboard's Live activity: the newest bulletins with their status and the articles stored per hour. */
@QuarkusTest
class PipelineActivityTest {

    private static final String ISO_SECOND = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ";

    @Test
    void aProcessedBulletinIsListedAndItsArticlesAreCountedByTheHour() {
        String id = newId();
        publish(bulletin(id, 2, Instant.now(), "1.0.0"));
        awaitProcessed(id);
        String listed = "bulletins.find { it.bulletinId == '" + id + "' }";
        given().get("/ui/api/activity").then().statusCode(200)
                .body(listed + ".status", equalTo("processed"))
                .body(listed + ".articleCount", equalTo(2))
                .body(listed + ".publication", equalTo("许昌日报"))
                .body(listed + ".updatedAt", matchesPattern(ISO_SECOND))
                .body("articlesPerHour.hour", everyItem(matchesPattern(ISO_SECOND)))
                .body("articlesPerHour.count.sum()", greaterThanOrEqualTo(2));
    }
}
