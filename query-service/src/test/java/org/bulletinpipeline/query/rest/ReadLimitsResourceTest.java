package org.bulletinpipeline.query.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;


import io.quarkus.agroal.DataSource.DataSourceLiteral;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

/** The read side's bounds over HTTP: the size of q, one-character words, the search pool's timeout, the headers. */
@QuarkusTest
class ReadLimitsResourceTest {

    private static final String PROBLEMS = "https://bulletin-pipeline.org/problems/";

    @Test
    void aQueryOfTooManyWordsOrCharactersIsRefused() {
        given().queryParam("q", "疫情 防控 核酸 检测 隔离 管控 通告 会议 部署").get("/api/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "query-too-long"));
        given().queryParam("q", "疫".repeat(101)).get("/api/articles")
                .then().statusCode(400).body("type", equalTo(PROBLEMS + "query-too-long"));
        given().queryParam("q", "疫".repeat(101)).get("/api/persons")
                .then().statusCode(400).body("type", equalTo(PROBLEMS + "query-too-long"));
        given().queryParam("q", "疫情 防控").get("/api/articles").then().statusCode(200);
    }

    @Test
    void oneCharacterWordsNeedSomethingTheIndexCanNarrow() {
        given().queryParam("q", "雨").get("/api/articles")
                .then().statusCode(400).body("type", equalTo(PROBLEMS + "query-too-broad"));
        given().queryParam("q", "雨 风").queryParam("format", "csv").get("/api/articles/export")
                .then().statusCode(400).body("type", equalTo(PROBLEMS + "query-too-broad"));
        given().queryParam("q", "雨 暴雨").get("/api/articles").then().statusCode(200);
        given().queryParam("q", "雨").queryParam("kind", "news").get("/api/articles").then().statusCode(200);
    }

    @Test
    void theSearchPoolCancelsLongStatements() throws SQLException {
        DataSource search = Arc.container().select(DataSource.class, new DataSourceLiteral("search")).get();
        try (Connection c = search.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("show statement_timeout")) {
            rs.next();
            assertEquals("5s", rs.getString(1));
        }
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (String path : new String[] {"/", "/app/main.js", "/api/stats"}) {
            given().get(path).then().statusCode(200)
                    .header("Content-Security-Policy", containsString("default-src 'self'"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("X-Content-Type-Options", equalTo("nosniff"));
        }
    }
}
