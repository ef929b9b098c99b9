package org.bulletinpipeline.ingest.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import org.bulletinpipeline.testsupport.Routes;
import org.bulletinpipeline.testsupport.Routes.Route;
import org.junit.jupiter.api.Test;

/**
 * Walks every operation in the OpenAPI document: none is public, each answers 401 without a key and 403 to a key
 * without its role (a reader's key anywhere, a feed's key on the admin operation), so a new route cannot slip out.
 */
@QuarkusTest
class AccessRoutesTest {

    private static final String READER_KEY = "test-reader-key";

    @TestHTTPResource("/")
    URI base;

    @Test
    void everyRouteAnswers401WithoutAKeyAnd403WithoutTheRole() {
        List<Route> routes = Routes.of(base);
        assertTrue(routes.size() >= 2, "the OpenAPI document lists the routes: " + routes);
        for (Route route : routes) {
            assertEquals(401, Routes.status(base, route, Map.of()), route + " without a key");
            assertEquals(401, Routes.status(base, route, bearer("not-a-key")), route + " with an unknown key");
            assertEquals(403, Routes.status(base, route, bearer(READER_KEY)), route + " with a reader's key");
            if (route.path().endsWith("/reprocess")) {
                assertEquals(403, Routes.status(base, route, bearer(IngestApi.FEED_KEY)), route + " with a feed key");
            }
        }
    }

    private static Map<String, String> bearer(String key) {
        return Map.of("Authorization", "Bearer " + key);
    }
}
