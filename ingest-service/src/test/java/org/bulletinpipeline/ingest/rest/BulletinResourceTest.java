package org.bulletinpipeline.ingest.rest;

import static org.bulletinpipeline.ingest.rest.IngestApi.FEED;
import static org.bulletinpipeline.ingest.rest.IngestApi.FEED_KEY;
import static org.bulletinpipeline.ingest.rest.IngestApi.QUIET;
import static org.bulletinpipeline.ingest.rest.IngestApi.WAIT;
import static org.bulletinpipeline.ingest.rest.IngestApi.as;
import static org.bulletinpipeline.ingest.rest.IngestApi.json;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bulletinpipeline.contracts.EventSchema;
import org.bulletinpipeline.testsupport.Samples;
import org.bulletinpipeline.testsupport.TopicTail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Over real HTTP and the real broker: each input form, each encoding, duplicates. */
@QuarkusTest
class BulletinResourceTest {

    /**
     * Read by {@link LedgerRestartTest} on an application started afresh: Quarkus runs the test classes without a
     * profile first and restarts the application for each profile after them.
     */
    static final String RESTART_PROBE = "restart-probe.text";

    @Test
    void leavesABulletinForTheRestartedApplication() {
        String text = unique("本报讯 重启之前接收的稿件");
        String id = as(FEED_KEY).contentType("text/plain; charset=utf-8").body(text)
                .when().post("/api/bulletins").then().statusCode(202).extract().path("bulletinId");
        System.setProperty(RESTART_PROBE, text);
        System.setProperty("restart-probe.id", id);
    }

    @Test
    void plainTextIsPublishedAsAContractValidEventBeforeThe202() {
        String text = unique(Samples.text(Samples.NAMES.get(1)));
        try (TopicTail raw = TopicTail.open(IngestApi.RAW_TOPIC)) {
            String id = as(FEED_KEY).contentType("text/plain; charset=utf-8").body(text)
                    .when().post("/api/bulletins")
                    .then().statusCode(202)
                    .body("bulletinId", matchesPattern("[0-9a-f]{16}"))
                    .body("duplicate", equalTo(false))
                    .extract().path("bulletinId");
            ConsumerRecord<String, String> record = raw.await(r -> id.equals(r.key()), 1, WAIT).get(0);
            assertEquals(Set.of(), EventSchema.BULLETIN_RECEIVED_V2.violations(record.value()));
            assertEquals(text, json(record.value()).get("text").asText());
            assertEquals(FEED, json(record.value()).at("/source/feed").asText());
        }
    }

    @Test
    void jsonKeepsTheSourceButNeverTheClaimedFeed() {
        String text = unique("市政府召开常务会议\n\n本报讯 会议研究了有关事项。");
        try (TopicTail raw = TopicTail.open(IngestApi.RAW_TOPIC)) {
            String id = as(FEED_KEY).contentType("application/json")
                    .body(Map.of("text", text, "source", Map.of("feed", "someone-else", "publication", "禹州通讯",
                            "publishedOn", "2022-05-17", "page", "1")))
                    .when().post("/api/bulletins")
                    .then().statusCode(202).extract().path("bulletinId");
            JsonNode event = json(raw.await(r -> id.equals(r.key()), 1, WAIT).get(0).value());
            assertEquals(Set.of(), EventSchema.BULLETIN_RECEIVED_V2.violations(event));
            assertEquals("禹州通讯", event.at("/source/publication").asText());
            assertEquals("2022-05-17", event.at("/source/publishedOn").asText());
            assertEquals(FEED, event.at("/source/feed").asText());
        }
    }

    /** Older editorial systems save GBK; newer ones GB18030; Windows Notepad "Unicode" is UTF-16LE with a BOM. */
    @ParameterizedTest
    @ValueSource(strings = {"GBK", "GB18030", "UTF-16LE-BOM", "UTF-16BE-BOM", "UTF-8-BOM", "UTF-8"})
    void undeclaredEncodingsAreRecognizedAndPublishedAsTheOriginalText(String encoding) {
        String text = unique(Samples.text(Samples.NAMES.get(0)));
        byte[] bytes = encode(text, encoding);
        try (TopicTail raw = TopicTail.open(IngestApi.RAW_TOPIC)) {
            String id = as(FEED_KEY).contentType("text/plain").body(bytes)
                    .when().post("/api/bulletins")
                    .then().statusCode(202).extract().path("bulletinId");
            JsonNode event = json(raw.await(r -> id.equals(r.key()), 1, WAIT).get(0).value());
            assertEquals(text, event.get("text").asText());
        }
    }

    @Test
    void aDeclaredCharsetIsHonoured() {
        String text = unique("郑州市人民政府办公厅关于印发2022年重点工作的通知");
        try (TopicTail raw = TopicTail.open(IngestApi.RAW_TOPIC)) {
            String id = as(FEED_KEY).contentType("text/plain; charset=GB18030")
                    .body(text.getBytes(Charset.forName("GB18030")))
                    .when().post("/api/bulletins")
                    .then().statusCode(202).extract().path("bulletinId");
            assertEquals(List.of(text), IngestApi.texts(raw.await(r -> id.equals(r.key()), 1, WAIT)));
        }
    }

    @Test
    void theSameBulletinAgainIsA200DuplicateAndPublishesNothing() {
        String text = unique("禹州市新冠肺炎疫情防控指挥部通告");
        try (TopicTail raw = TopicTail.open(IngestApi.RAW_TOPIC)) {
            String id = as(FEED_KEY).contentType("text/plain; charset=utf-8").body(text)
                    .when().post("/api/bulletins").then().statusCode(202).extract().path("bulletinId");
            // the same page re-saved with Windows line ends and sent as GBK is the same bulletin
            as(FEED_KEY).contentType("text/plain").body((text.replace("\n", "\r\n") + "\r\n").getBytes(Charset.forName("GBK")))
                    .when().post("/api/bulletins")
                    .then().statusCode(200)
                    .body("bulletinId", equalTo(id))
                    .body("duplicate", equalTo(true));
            assertEquals(1, raw.drain(r -> id.equals(r.key()), QUIET).size());
        }
    }

    @Test
    void aBatchOfNdjsonLinesAnswersOneResultPerLine() {
        String first = unique("第一版 市委召开常委会议");
        String second = unique("第二版 全市经济运行情况");
        String body = String.join("\n",
                "{\"text\":" + quote(first) + ",\"source\":{\"page\":\"1\",\"feed\":\"claimed\"}}",
                "",
                "{\"text\":" + quote(second) + ",\"source\":{\"page\":\"2\"}}",
                "{\"text\":\"   \"}",
                "this is not json",
                "{\"text\":" + quote(first) + "}") + "\n";
        try (TopicTail raw = TopicTail.open(IngestApi.RAW_TOPIC)) {
            List<String> ids = as(FEED_KEY).contentType("application/x-ndjson").body(body.getBytes(StandardCharsets.UTF_8))
                    .when().post("/api/bulletins")
                    .then().statusCode(200)
                    .body("accepted", equalTo(2)).body("duplicates", equalTo(1)).body("refused", equalTo(2))
                    .body("items.outcome", equalTo(List.of("accepted", "accepted", "refused", "refused", "duplicate")))
                    .body("items[2].type", equalTo("empty-bulletin"))
                    .body("items[3].type", equalTo("malformed-item"))
                    .body("items[3].status", equalTo(400))
                    .extract().path("items.findAll { it.outcome == 'accepted' }.bulletinId");
            List<ConsumerRecord<String, String>> records = raw.await(r -> ids.contains(r.key()), 2, WAIT);
            assertEquals(Set.of(first, second), Set.copyOf(IngestApi.texts(records)));
            assertEquals(Set.of(FEED), records.stream().map(r -> json(r.value()).at("/source/feed").asText())
                    .collect(java.util.stream.Collectors.toSet()));
            assertEquals("2", json(records.stream().filter(r -> r.value().contains("全市经济")).findFirst()
                    .orElseThrow().value()).at("/source/page").asText());
            assertEquals(2, raw.drain(r -> ids.contains(r.key()), QUIET).size());
        }
    }

    @Test
    void eachUploadedFileIsABulletinWithItsFileName() {
        String gbk = unique(Samples.text(Samples.NAMES.get(2)));
        String utf16 = unique("许昌市人民政府关于加强安全生产工作的通知");
        try (TopicTail raw = TopicTail.open(IngestApi.RAW_TOPIC)) {
            List<String> ids = as(FEED_KEY)
                    .multiPart("file", "page-1.txt", gbk.getBytes(Charset.forName("GBK")), "text/plain")
                    .multiPart("file", "page-2.txt", encode(utf16, "UTF-16LE-BOM"), "application/octet-stream")
                    .multiPart("file", "scan.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0},
                            "image/png")
                    .multiPart("publication", "许昌日报", "text/plain; charset=utf-8")
                    .multiPart("publishedOn", "2022-05-17")
                    .when().post("/api/bulletins")
                    .then().statusCode(200)
                    .body("items.fileName", equalTo(List.of("page-1.txt", "page-2.txt", "scan.png")))
                    .body("items.outcome", equalTo(List.of("accepted", "accepted", "refused")))
                    .body("items[2].status", equalTo(422))
                    .body("items[2].type", equalTo("binary-content"))
                    .extract().path("items.findAll { it.outcome == 'accepted' }.bulletinId");
            List<ConsumerRecord<String, String>> records = raw.await(r -> ids.contains(r.key()), 2, WAIT);
            for (ConsumerRecord<String, String> record : records) {
                JsonNode event = json(record.value());
                assertEquals(Set.of(), EventSchema.BULLETIN_RECEIVED_V2.violations(event));
                assertEquals("许昌日报", event.at("/source/publication").asText());
                String expected = event.at("/source/fileName").asText().equals("page-1.txt") ? gbk : utf16;
                assertEquals(expected, event.get("text").asText());
            }
        }
    }

    static String unique(String text) {
        return text + "\n（测试 " + UUID.randomUUID() + "）";
    }

    static byte[] encode(String text, String encoding) {
        return switch (encoding) {
            case "UTF-16LE-BOM" -> ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
            case "UTF-16BE-BOM" -> ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE);
            case "UTF-8-BOM" -> ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
            default -> text.getBytes(Charset.forName(encoding));
        };
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
