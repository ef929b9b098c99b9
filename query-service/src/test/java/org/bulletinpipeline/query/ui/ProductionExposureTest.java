package org.bulletinpipeline.query.ui;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import org.junit.jupiter.api.Test;

/**
 * query-service as the Kubernetes ConfigMaps of the prod overlay run it: no Swagger UI, no /ui/api helpers, and the
 * OpenAPI document and the public API still served.
 */
@QuarkusTest
@TestProfile(ProductionExposureTest.AsInProduction.class)
class ProductionExposureTest {

    @Test
    void theHelpersAnswer404AsAProblem() {
        given().get("/ui/api/config").then().statusCode(404).contentType("application/problem+json")
                .body("type", containsString("ui-helpers-disabled"));
        given().get("/ui/api/activity").then().statusCode(404);
        given().contentType("text/plain").body("正文").post("/ui/api/bulletins").then().statusCode(404);
    }

    @Test
    void swaggerUiIsOffAndTheOpenApiDocumentStays() {
        given().get("/q/swagger-ui/").then().statusCode(404);
        given().get("/q/openapi?format=json").then().statusCode(200).body("info.title", equalTo("query-service"));
        given().get("/api/articles").then().statusCode(200);
    }

    public static class AsInProduction implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("dashboard.helpers-enabled", "false", "quarkus.swagger-ui.enabled", "false",
                    "mp.messaging.incoming.articles-extracted.enabled", "false",
                    "mp.messaging.incoming.bulletins-raw.enabled", "false",
                    "mp.messaging.incoming.bulletins-dlq.enabled", "false");
        }
    }
}
