package org.bulletinpipeline.nlp.rest;

import static io.restassured.RestAssured.given;
import static org.bulletinpipeline.nlp.rest.ExtractResourceTest.DEV_KEY;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Stream;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.bulletinpipeline.nlp.extract.HostileInputTestPages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each hostile shape of {@code HostileInputTest} posted to {@code POST /api/extract} just under its size limit
 * (nlp.extract.max-size, 256 KiB) is extracted and answered, and one byte over the limit is refused before any
 * extraction. A hang guard, not a speed goal: the times are in docs/benchmarks.md.
 */
@QuarkusTest
class HostileExtractResourceTest {

    private static final int LIMIT = 256 * 1024;
    private static final Duration HANG = Duration.ofSeconds(60);

    static Stream<String> shapes() {
        return HostileInputTestPages.SHAPES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void aShapeJustUnderTheLimitIsExtracted(String shape) {
        byte[] page = HostileInputTestPages.page(shape, LIMIT - 64).getBytes(StandardCharsets.UTF_8);
        assertTrue(page.length <= LIMIT, shape + " is " + page.length + " bytes");
        Response response = assertTimeoutPreemptively(HANG, () -> given().auth().oauth2(DEV_KEY)
                .contentType("text/plain; charset=utf-8").body(page).when().post("/api/extract"));
        assertEquals(200, response.statusCode(), shape + ": " + response.asString());
    }

    @Test
    void oneByteOverTheLimitIsRefusedWith413() {
        // 87,381 three-byte characters are 262,143 bytes; two ASCII letters make it 262,145
        byte[] page = ("\u7532".repeat(LIMIT / 3) + "ab").getBytes(StandardCharsets.UTF_8);
        assertEquals(LIMIT + 1, page.length);
        given().auth().oauth2(DEV_KEY).contentType("text/plain; charset=utf-8").body(page)
                .when().post("/api/extract")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("detail", containsString("at most 262144 are extracted on request"));
    }
}
