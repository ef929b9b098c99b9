package org.bulletinpipeline.query.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import org.bulletinpipeline.testsupport.Routes;
import org.bulletinpipeline.testsupport.Routes.Route;
import org.junit.jupiter.api.Test;

/**
 * With reading closed (a reader key required), walks every operation in the OpenAPI document and the dashboard's
 * pages: each answers 401 without a key and 403 to a key without its role (a feed's key anywhere, a reader's key on
 * the admin API). Only the Submit view's forward is public: the feed key it carries is checked by ingest-service.
 */
@QuarkusTest
@TestProfile(AccessRoutesTest.ClosedReading.class)
class AccessRoutesTest {

    private static final Route PUBLIC = new Route("POST", "/ui/api/bulletins", "*/*");
    private static final List<Route> DASHBOARD = List.of(new Route("GET", "/", null),
            new Route("GET", "/index.html", null), new Route("GET", "/app/main.js", null));

    public static class ClosedReading implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("bulletin.access.open-reading", "false");
        }
    }

    @TestHTTPResource("/")
    URI base;

    @Test
    void everyRouteButTheForwardAnswers401WithoutAKeyAnd403WithoutTheRole() {
        List<Route> routes = new ArrayList<>(Routes.of(base));
        assertTrue(routes.stream().anyMatch(route -> route.path().startsWith("/api/admin/")), "routes: " + routes);
        assertTrue(routes.removeIf(route -> route.method().equals(PUBLIC.method())
                && route.path().equals(PUBLIC.path())), "the forward is listed: " + routes);
        routes.addAll(DASHBOARD);
        for (Route route : routes) {
            assertEquals(401, Routes.status(base, route, Map.of()), route + " without a key");
            assertEquals(401, Routes.status(base, route, bearer("not-a-key")), route + " with an unknown key");
            assertEquals(403, Routes.status(base, route, bearer("test-feed-key")), route + " with a feed's key");
            if (route.path().startsWith("/api/admin/")) {
                assertEquals(403, Routes.status(base, route, bearer("test-reader-key")), route + " with a reader's key");
            }
        }
    }

    @Test
    void aReaderKeyReadsAndABrowserIsAskedForIt() {
        given().auth().oauth2("test-reader-key").get("/api/stats").then().statusCode(200);
        // what a browser sends after its login prompt: any user name, the key as password
        given().auth().preemptive().basic("reader", "test-reader-key").get("/").then().statusCode(200);
        given().get("/").then().statusCode(401).header("WWW-Authenticate", containsString("Basic"));
    }

    private static Map<String, String> bearer(String key) {
        return Map.of("Authorization", "Bearer " + key);
    }
}
