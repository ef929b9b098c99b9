package org.bulletinpipeline.ingest.rest;

import static org.bulletinpipeline.ingest.rest.IngestApi.QUIET;
import static org.bulletinpipeline.ingest.rest.IngestApi.REFUSED_FEED;
import static org.bulletinpipeline.ingest.rest.IngestApi.REFUSED_FEED_KEY;
import static org.bulletinpipeline.ingest.rest.IngestApi.as;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import io.quarkus.test.junit.QuarkusTest;

import org.bulletinpipeline.testsupport.TopicTail;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Multipart bodies the form decoder cannot read are refused as 400 problem+json, and nothing is published: the
 * decoder reads the body before the resource runs, so its failures are mapped apart from the resource's refusals.
 */
@QuarkusTest
class MalformedMultipartTest {

    private static final String MALFORMED = "malformed-multipart";
    private static final String FORM = "multipart/form-data; boundary=XYZ";
    private static final String HEADERS = "Content-Disposition: form-data; name=\"files\"; filename=\"a.txt\"\r\n"
            + "Content-Type: text/plain\r\n\r\n";
    // "本报讯 测试"
    private static final String TEXT = "\u672c\u62a5\u8baf \u6d4b\u8bd5";

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("no-closing-dashes", FORM, "--XYZ\r\n" + HEADERS + TEXT + "\r\n--XYZ\r\n", MALFORMED),
                Arguments.of("no-final-boundary", FORM, "--XYZ\r\n" + HEADERS + TEXT + "\r\n", MALFORMED),
                Arguments.of("no-boundary-parameter", "multipart/form-data",
                        "--XYZ\r\n" + HEADERS + TEXT + "\r\n--XYZ--\r\n", MALFORMED),
                Arguments.of("boundary-never-appears", FORM, TEXT + "\r\n", MALFORMED),
                Arguments.of("truncated-headers", FORM,
                        "--XYZ\r\nContent-Disposition: form-data; name=\"files\"; filena", MALFORMED),
                Arguments.of("headers-without-blank-line", FORM,
                        "--XYZ\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.txt\"\r\n", MALFORMED),
                Arguments.of("header-without-colon", FORM,
                        "--XYZ\r\nContent-Disposition form-data\r\n\r\n" + TEXT + "\r\n--XYZ--\r\n", MALFORMED),
                // the decoder drops a part without Content-Disposition, so the form has no file part
                Arguments.of("no-content-disposition", FORM,
                        "--XYZ\r\nContent-Type: text/plain\r\n\r\n" + TEXT + "\r\n--XYZ--\r\n", "empty-bulletin"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void isRefusedAsAProblemAndNothingIsPublished(String name, String contentType, String body,
                                                    String type) {
        try (TopicTail raw = TopicTail.open(IngestApi.RAW_TOPIC)) {
            as(REFUSED_FEED_KEY).contentType(contentType).body(body.getBytes(StandardCharsets.UTF_8))
                    .when().post("/api/bulletins")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo(Problem.TYPE_BASE + type))
                    .body("status", equalTo(400))
                    .body("detail", not(emptyOrNullString()));
            assertEquals(List.of(), raw.drain(IngestApi.ofFeed(REFUSED_FEED), QUIET));
        }
    }
}
