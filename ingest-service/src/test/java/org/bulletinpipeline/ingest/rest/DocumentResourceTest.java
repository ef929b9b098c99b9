package org.bulletinpipeline.ingest.rest;

import static org.bulletinpipeline.ingest.rest.IngestApi.FEED_KEY;
import static org.bulletinpipeline.ingest.rest.IngestApi.QUIET;
import static org.bulletinpipeline.ingest.rest.IngestApi.REFUSED_FEED;
import static org.bulletinpipeline.ingest.rest.IngestApi.REFUSED_FEED_KEY;
import static org.bulletinpipeline.ingest.rest.IngestApi.WAIT;
import static org.bulletinpipeline.ingest.rest.IngestApi.as;
import static org.bulletinpipeline.ingest.rest.IngestApi.json;
import static org.bulletinpipeline.ingest.rest.IngestApi.ofFeed;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bulletinpipeline.contracts.EventSchema;
import org.bulletinpipeline.ingest.format.Documents;
import org.bulletinpipeline.testsupport.TopicTail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** News documents over real HTTP and the real broker: each item a bulletin with its metadata, item ids as identity. */
@QuarkusTest
class DocumentResourceTest {

    @Test
    void aFeedAnswersPerItemAndItsItemsAreDuplicatesTheSecondTime() {
        byte[] feed = unique("rss-xinhua.xml", "http://www.ha.xinhuanet.com/news/", StandardCharsets.UTF_8);
        try (TopicTail raw = TopicTail.open(IngestApi.RAW_TOPIC)) {
            List<String> ids = as(FEED_KEY).contentType("application/rss+xml").body(feed)
                    .when().post("/api/bulletins")
                    .then().statusCode(200).body("accepted", equalTo(3)).body("duplicates", equalTo(0))
                    .extract().path("items.bulletinId");
            List<ConsumerRecord<String, String>> records = raw.await(r -> ids.contains(r.key()), 3, WAIT);
            JsonNode first = records.stream().map(r -> json(r.value()))
                    .filter(e -> e.at("/item/headline").asText().equals("河南禹州：钧瓷文化节开幕")).findFirst().orElseThrow();
            assertEquals(Set.of(), EventSchema.BULLETIN_RECEIVED_V2.violations(first));
            assertEquals(2, first.get("schemaVersion").asInt());
            assertEquals("rss", first.at("/item/format").asText());
            assertEquals("新华社记者 李文", first.at("/item/byline").asText());
            assertEquals("zh-cn", first.at("/item/language").asText());
            assertEquals("2022-05-17T09:30:00+08:00", first.at("/item/publishedAt").asText());
            assertEquals("新华网河南频道", first.at("/source/publication").asText());
            assertEquals("2022-05-17", first.at("/source/publishedOn").asText());
            assertTrue(first.get("text").asText().startsWith("河南禹州：钧瓷文化节开幕\n\n新华社郑州5月17日电"));
        }
        as(FEED_KEY).contentType("application/rss+xml").body(feed).when().post("/api/bulletins")
                .then().statusCode(200).body("accepted", equalTo(0)).body("duplicates", equalTo(3));
    }

    @Test
    void aNitfStoryIsOneBulletinAndItsIdItsIdentityEvenWhenTheTextWasTouchedUp() {
        String docId = "yzrb-" + UUID.randomUUID();
        String nitf = new String(Documents.bytes("nitf-yuzhou-daily.xml"), StandardCharsets.UTF_8)
                .replace("yzrb-20220517-01-003", docId);
        try (TopicTail raw = TopicTail.open(IngestApi.RAW_TOPIC)) {
            String id = as(FEED_KEY).contentType("application/nitf+xml").body(nitf.getBytes(StandardCharsets.UTF_8))
                    .when().post("/api/bulletins")
                    .then().statusCode(202).body("duplicate", equalTo(false)).extract().path("bulletinId");
            JsonNode event = json(raw.await(r -> id.equals(r.key()), 1, WAIT).get(0).value());
            assertEquals(Set.of(), EventSchema.BULLETIN_RECEIVED_V2.violations(event));
            assertEquals("全市疫情防控工作会议召开", event.at("/item/headline").asText());
            assertEquals(docId, event.at("/item/originalId").asText());
            assertEquals("禹州 5月16日", event.at("/item/dateline").asText());
            assertEquals("禹州日报", event.at("/source/publication").asText());
        }
        String corrected = nitf.replace("市领导王建国、李明参加会议。", "市领导王建国、李明、赵强参加会议。");
        as(FEED_KEY).contentType("application/nitf+xml").body(corrected.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/bulletins")
                .then().statusCode(200).body("duplicate", equalTo(true));
    }

    @ParameterizedTest
    @CsvSource({
        "newsml-g2-newsitem.xml, application/xml, urn:newsml:xuchang.gov.cn:20220517:zwyw-1544321, 市政府召开第12次常务会议",
        "newsml-g2-newsitem.xml, application/vnd.iptc.g2.newsitem+xml, urn:newsml:xuchang.gov.cn:20220517:zwyw-1544321, 市政府召开第12次常务会议",
        "ninjs-item.json, application/ninjs+json, urn:newsml:ha.xinhuanet.com:20220517:c_1128657001, 河南禹州：钧瓷文化节开幕",
        "nitf-doctype.xml, text/xml, yzrb-20220518-02-001, 夏粮收购工作有序开展"
    })
    void singleStoriesOfEachFormatAreAccepted(String file, String mediaType, String originalId, String headline) {
        byte[] document = unique(file, originalId, StandardCharsets.UTF_8);
        try (TopicTail raw = TopicTail.open(IngestApi.RAW_TOPIC)) {
            String id = as(FEED_KEY).contentType(mediaType).body(document).when().post("/api/bulletins")
                    .then().statusCode(202).extract().path("bulletinId");
            JsonNode event = json(raw.await(r -> id.equals(r.key()), 1, WAIT).get(0).value());
            assertEquals(Set.of(), EventSchema.BULLETIN_RECEIVED_V2.violations(event));
            assertEquals(headline, event.at("/item/headline").asText());
            assertTrue(event.at("/item/originalId").asText().startsWith(originalId));
        }
    }

    @Test
    void aPackageAndAnAtomFeedAnswerPerItem() {
        as(FEED_KEY).contentType("application/vnd.iptc.g2.packageitem+xml")
                .body(unique("newsml-g2-package.xml", "urn:newsml:yzrb.com.cn:20220517:", StandardCharsets.UTF_8))
                .when().post("/api/bulletins")
                .then().statusCode(200).body("accepted", equalTo(2));
        as(FEED_KEY).contentType("application/atom+xml")
                .body(unique("atom-gov-portal.xml", "tag:www.xuchang.gov.cn,2022-05-1", StandardCharsets.UTF_8))
                .when().post("/api/bulletins")
                .then().statusCode(200).body("accepted", equalTo(2));
    }

    @ParameterizedTest
    @CsvSource({
        "xxe.xml, application/rss+xml, 422, xml-entities-refused",
        "billion-laughs.xml, application/nitf+xml, 422, xml-entities-refused",
        "billion-laughs.xml, application/xml, 422, xml-entities-refused",
        "malformed.xml, application/nitf+xml, 400, malformed-xml",
        "rss-xinhua.xml, application/nitf+xml, 422, unexpected-document"
    })
    void hostileAndBrokenDocumentsAreRefusedWithProblemsAndNothingIsPublished(String file, String mediaType,
                                                                             int status, String type) {
        try (TopicTail raw = TopicTail.open(IngestApi.RAW_TOPIC)) {
            as(REFUSED_FEED_KEY).contentType(mediaType).body(Documents.bytes(file)).when().post("/api/bulletins")
                    .then().statusCode(status).contentType("application/problem+json")
                    .body("type", equalTo("https://bulletin-pipeline.org/problems/" + type));
            assertEquals(List.of(), raw.drain(ofFeed(REFUSED_FEED), QUIET));
        }
    }

    @Test
    void xmlOfNoKnownFormatIsUnsupported() {
        as(REFUSED_FEED_KEY).contentType("application/xml").body("<html><body>禹州</body></html>")
                .when().post("/api/bulletins")
                .then().statusCode(415).body("type", equalTo("https://bulletin-pipeline.org/problems/unsupported-document"));
    }

    @Test
    void aStoryWhoseMetadataHoldsANulIsRefusedNamingTheField() {
        // valid JSON: the escape is a NUL once parsed, which no store downstream can hold
        String ninjs = new String(unique("ninjs-item.json", "urn:newsml:ha.xinhuanet.com:20220517:c_1128657001",
                StandardCharsets.UTF_8), StandardCharsets.UTF_8).replace("\"by\": \"", "\"by\": \"\\u0000");
        try (TopicTail raw = TopicTail.open(IngestApi.RAW_TOPIC)) {
            as(FEED_KEY).contentType("application/ninjs+json").body(ninjs.getBytes(StandardCharsets.UTF_8))
                    .when().post("/api/bulletins")
                    .then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://bulletin-pipeline.org/problems/invalid-field"))
                    .body("detail", containsString("item.byline holds a control character (U+0000)"));
            assertEquals(List.of(), raw.drain(r -> r.value().contains("c_1128657001"), QUIET));
        }
    }

    /** The document with every occurrence of {@code marker} made unique to this run, so its item ids are new. */
    private static byte[] unique(String file, String marker, Charset charset) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        return new String(Documents.bytes(file), charset).replace(marker, marker + run).getBytes(charset);
    }
}
