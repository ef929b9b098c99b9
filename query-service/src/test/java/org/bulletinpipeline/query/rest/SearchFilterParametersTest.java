package org.bulletinpipeline.query.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.util.Arrays;

import io.quarkus.test.junit.QuarkusTest;

import org.bulletinpipeline.query.search.SearchFilter;
import org.junit.jupiter.api.Test;

/** The filters are documented in /q/openapi from their table, on the operations that take the search parameters. */
@QuarkusTest
class SearchFilterParametersTest {

    private static final String[] FILTERS = Arrays.stream(SearchFilter.values()).map(SearchFilter::parameter)
            .toArray(String[]::new);

    @Test
    void theSearchItsExportAndItsStreamListEveryFilterWithItsExample() {
        var openApi = given().get("/q/openapi?format=json").then().statusCode(200);
        for (String path : new String[] {"/api/articles", "/api/articles/export", "/api/stream/articles"}) {
            openApi.body("paths.'" + path + "'.get.parameters.name", hasItems(FILTERS));
        }
        openApi.body("paths.'/api/articles'.get.parameters.find { it.name == 'place' }.example", equalTo("411000"))
                .body("paths.'/api/articles'.get.parameters.find { it.name == 'factType' }.in", equalTo("query"));
    }

    @Test
    void otherOperationsDoNotTakeThem() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/persons'.get.parameters.name", not(hasItems("person", "kind")));
    }
}
