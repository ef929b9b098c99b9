package org.bulletinpipeline.nlp.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import org.bulletinpipeline.testsupport.Routes;
import org.bulletinpipeline.testsupport.Routes.Route;
import org.junit.jupiter.api.Test;

/** Walks every operation in the OpenAPI document: none is public; 401 without a key, 403 to a reader's key. */
@QuarkusTest
class AccessRoutesTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void everyRouteAnswers401WithoutAKeyAnd403WithoutTheRole() {
        List<Route> routes = Routes.of(base);
        assertFalse(routes.isEmpty(), "the OpenAPI document lists the routes");
        for (Route route : routes) {
            assertEquals(401, Routes.status(base, route, Map.of()), route + " without a key");
            assertEquals(401, Routes.status(base, route, Map.of("Authorization", "Bearer not-a-key")),
                    route + " with an unknown key");
            assertEquals(403, Routes.status(base, route, Map.of("Authorization", "Bearer test-reader-key")),
                    route + " with a reader's key");
        }
    }
}
