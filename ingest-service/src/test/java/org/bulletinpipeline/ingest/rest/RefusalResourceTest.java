package org.bulletinpipeline.ingest.rest;

import static org.bulletinpipeline.ingest.rest.IngestApi.QUIET;
import static org.bulletinpipeline.ingest.rest.IngestApi.REFUSED_FEED;
import static org.bulletinpipeline.ingest.rest.IngestApi.REFUSED_FEED_KEY;
import static org.bulletinpipeline.ingest.rest.IngestApi.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import org.bulletinpipeline.testsupport.Samples;
import org.bulletinpipeline.testsupport.TopicTail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each refusal: its status, its problem type, and nothing on bulletins.raw. All refused requests use a feed key of
 * their own, so any record of that feed on the topic is a failure.
 */
@QuarkusTest
class RefusalResourceTest {

    private static final int FIVE_MIB = 5 * 1024 * 1024;

    static Stream<Arguments> refusals() {
        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);
        byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nstream\n\u0000\u0001\u0002\u0003endstream"
                .getBytes(StandardCharsets.ISO_8859_1);
        // "市政府" in GBK, cut in the middle of its last character, declared as GBK
        byte[] truncatedGbk = Arrays.copyOf("市政府".getBytes(Charset.forName("GBK")), 5);
        byte[] tooLarge = new byte[FIVE_MIB + 1];
        Arrays.fill(tooLarge, (byte) 'a');
        return Stream.of(
                Arguments.of("empty", "text/plain; charset=utf-8", new byte[0], 400, "empty-bulletin"),
                Arguments.of("whitespace", "text/plain; charset=utf-8", " \n\t\u3000 ".getBytes(StandardCharsets.UTF_8),
                        400, "empty-bulletin"),
                Arguments.of("json-blank", "application/json", "{\"text\":\"  \"}".getBytes(StandardCharsets.UTF_8),
                        400, "empty-bulletin"),
                Arguments.of("json-broken", "application/json", "{\"text\":".getBytes(StandardCharsets.UTF_8),
                        400, "malformed-request"),
                Arguments.of("too-large", "text/plain; charset=utf-8", tooLarge, 413, "bulletin-too-large"),
                Arguments.of("random-bytes", "text/plain", random, 422, "binary-content"),
                Arguments.of("pdf", "application/octet-stream", pdf, 422, "binary-content"),
                Arguments.of("invalid-declared", "text/plain; charset=GBK", truncatedGbk, 422, "undecodable-text"),
                Arguments.of("utf8-declared-but-gbk", "text/plain; charset=utf-8",
                        "市政府召开常务会议".getBytes(Charset.forName("GBK")), 422, "undecodable-text"),
                Arguments.of("no-cjk-or-latin", "text/plain; charset=utf-8",
                        "Ξ¶ΞΉΞΏΞ½ Ξ¶ΞΉΞΏΞ½ ★★★ ——— ΞΉΞΏ".getBytes(StandardCharsets.UTF_8), 422, "not-text"),
                Arguments.of("unknown-charset", "text/plain; charset=x-no-such-charset",
                        "市政府".getBytes(StandardCharsets.UTF_8), 415, "unsupported-charset"),
                Arguments.of("image", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, 415,
                        "unsupported-media-type"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void isRefusedWithAProblemAndNothingIsPublished(String name, String contentType, byte[] body, int status,
                                                    String type) {
        try (TopicTail raw = TopicTail.open(IngestApi.RAW_TOPIC)) {
            as(REFUSED_FEED_KEY).contentType(contentType).body(body)
                    .when().post("/api/bulletins")
                    .then().statusCode(status)
                    .contentType("application/problem+json")
                    .body("type", equalTo(Problem.TYPE_BASE + type))
                    .body("status", equalTo(status))
                    .body("detail", not(emptyOrNullString()));
            assertEquals(List.of(), raw.drain(IngestApi.ofFeed(REFUSED_FEED), QUIET));
        }
    }

    static Stream<Arguments> refusedFields() {
        String text = "\u5e02\u653f\u5e9c\u53ec\u5f00\u5e38\u52a1\u4f1a\u8bae\n\n\u672c\u62a5\u8baf \u4f1a\u8bae\u7814\u7a76\u4e86\u6709\u5173\u4e8b\u9879\u3002"
                + "\u6b63\u6587".repeat(200);
        return Stream.of(
                Arguments.of("source.publication", Map.of("text", text,
                        "source", Map.of("publication", "\u7981\u5dde\u0000\u901a\u8baf"))),
                Arguments.of("source.page", Map.of("text", text, "source", Map.of("page", "1\u001b[2J"))),
                Arguments.of("source.fileName", Map.of("text", text, "source", Map.of("fileName", "p1\n.txt"))),
                Arguments.of("source.publication", Map.of("text", text,
                        "source", Map.of("publication", "\u6807".repeat(10_000)))),
                Arguments.of("source.publishedOn", Map.of("text", text, "source", Map.of("publishedOn", "+99999-05-17"))),
                Arguments.of("source.publishedOn", Map.of("text", text, "source", Map.of("publishedOn", "1899-12-31"))),
                Arguments.of("source.url", Map.of("text", text, "source", Map.of("url", "javascript:alert(1)"))),
                Arguments.of("source.url", Map.of("text", text, "source", Map.of("url", "http://[bad"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedFields")
    void aFieldNoStoreCouldHoldIsRefusedByName(String field, Map<String, Object> body) {
        try (TopicTail raw = TopicTail.open(IngestApi.RAW_TOPIC)) {
            as(REFUSED_FEED_KEY).contentType("application/json").body(body)
                    .when().post("/api/bulletins")
                    .then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("type", equalTo(Problem.TYPE_BASE + "invalid-field"))
                    .body("field", equalTo(field))
                    .body("detail", not(emptyOrNullString()));
            assertEquals(List.of(), raw.drain(IngestApi.ofFeed(REFUSED_FEED), QUIET));
        }
    }

    @Test
    void filesOverTheRequestTotalAreRefusedWhole() {
        // the test profile allows 8 MiB per request: two 4.5 MiB pages, each fine alone, are too much together
        byte[] page = Samples.text(Samples.NAMES.get(0)).repeat(1 + (int) (4.5 * 1024 * 1024 / 16_000))
                .getBytes(StandardCharsets.UTF_8);
        byte[] half = Arrays.copyOf(page, (int) (4.5 * 1024 * 1024));
        try (TopicTail raw = TopicTail.open(IngestApi.RAW_TOPIC)) {
            as(REFUSED_FEED_KEY)
                    .multiPart("file", "a.txt", half, "text/plain")
                    .multiPart("file", "b.txt", half, "text/plain")
                    .when().post("/api/bulletins")
                    .then().statusCode(413)
                    .contentType("application/problem+json")
                    .body("type", equalTo(Problem.TYPE_BASE + "request-too-large"));
            assertEquals(List.of(), raw.drain(IngestApi.ofFeed(REFUSED_FEED), QUIET));
        }
    }

    @Test
    void aFileWithoutTextIsRefusedAloneInItsBatch() {
        RequestSpecification request = as(REFUSED_FEED_KEY)
                .multiPart("file", "blank.txt", "  \n".getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart("file", "nul.bin", new byte[] {0, 0, 0, 0}, "application/octet-stream");
        try (TopicTail raw = TopicTail.open(IngestApi.RAW_TOPIC)) {
            request.when().post("/api/bulletins")
                    .then().statusCode(200)
                    .body("refused", equalTo(2))
                    .body("items.type", equalTo(List.of("empty-bulletin", "binary-content")))
                    .body("items.status", equalTo(List.of(400, 422)));
            assertEquals(List.of(), raw.drain(IngestApi.ofFeed(REFUSED_FEED), QUIET));
        }
    }
}
