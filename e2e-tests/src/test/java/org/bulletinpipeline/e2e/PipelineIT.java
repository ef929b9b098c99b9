package org.bulletinpipeline.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.bulletinpipeline.contracts.EventSchema;
import org.bulletinpipeline.testsupport.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The whole pipeline as shipped: the three packaged services as separate processes on the real broker and the real
 * PostgreSQL. A bulletin posted to ingest-service comes back from query-service as the articles nlp-service extracts,
 * and a news document's stories come back as articles titled and dated by the document's metadata.
 */
class PipelineIT extends PipelineTestBase {

    /** Every article written now is held to the newest ArticleExtracted. */
    private static final EventSchema NEWEST_ARTICLE = EventSchema.latest(EventSchema.Event.ARTICLE_EXTRACTED);

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aPostedBulletinComesBackAsTheArticlesExtractionGives() throws Exception {
        // a unique line makes this run's bulletin new to the shared broker and database
        String text = Samples.text(Samples.NAMES.get(2)) + "\n\n(测试运行 " + UUID.randomUUID() + ")";

        String id = given().contentType("text/plain; charset=utf-8").body(text)
                .header("Authorization", "Bearer " + Pipeline.FEED_KEY)
                .when().post(pipeline.url("ingest-service", "/api/bulletins"))
                .then().statusCode(202).extract().path("bulletinId");

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                given().get(pipeline.url("query-service", "/api/bulletins/" + id)).then().statusCode(200)
                        .body("status", equalTo("processed")));

        JsonNode stored = json.readTree(given().get(pipeline.url("query-service", "/api/bulletins/" + id)).asString());
        JsonNode direct = json.readTree(given().auth().oauth2(Pipeline.FEED_KEY).contentType("text/plain; charset=utf-8").body(text)
                .post(pipeline.url("nlp-service", "/api/extract")).then().statusCode(200).extract().asString());

        JsonNode storedArticles = stored.get("articles");
        JsonNode directArticles = direct.get("articles");
        assertEquals(directArticles.size(), storedArticles.size());
        assertTrue(storedArticles.size() > 0);
        for (int i = 0; i < storedArticles.size(); i++) {
            JsonNode s = storedArticles.get(i);
            JsonNode d = directArticles.get(i);
            assertEquals(Set.of(), NEWEST_ARTICLE.violations(s), "stored article " + i);
            assertEquals(id, s.get("bulletinId").asText());
            for (String field : List.of("articleId", "ordinal", "kind", "kicker", "title", "subtitle", "bylines",
                    "dateline", "body", "persons", "places", "organizations", "facts")) {
                assertEquals(d.get(field), s.get(field), field + " of article " + i);
            }
        }
    }

    /**
     * Each newsroom format, in the shapes ingest-service's tests read (a news agency's RSS, a county daily's GB2312
     * feed, a government portal's Atom, a daily's NITF, a NewsML-G2 item, ninjs), posted with its item id made new
     * to this run: the story comes back stored, its article titled with the document's headline and its bulletin
     * dated with the document's publishing date, not with what the page's text would suggest.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            rss-xinhua.xml          | UTF-8  | application/rss+xml                  | /news/2022-05/17/c_               | 河南禹州\uFF1A钧瓷文化节开幕 | 2022-05-17
            rss-county-daily.xml    | GB2312 | application/rss+xml                  | <guid isPermaLink="false">4127    | 我市召开疫情防控工作会议     | 2022-05-17
            atom-gov-portal.xml     | UTF-8  | application/atom+xml                 | 2022-05-17:/zwyw/                 | 市政府召开第12次常务会议     | 2022-05-17
            nitf-yuzhou-daily.xml   | UTF-8  | application/nitf+xml                 | yzrb-20220517-01-003              | 全市疫情防控工作会议召开     | 2022-05-17
            newsml-g2-newsitem.xml  | UTF-8  | application/vnd.iptc.g2.newsitem+xml | urn:newsml:xuchang.gov.cn:2022051 | 市政府召开第12次常务会议     | 2022-05-17
            ninjs-item.json         | UTF-8  | application/ninjs+json               | urn:newsml:ha.xinhuanet.com:      | 河南禹州\uFF1A钧瓷文化节开幕 | 2022-05-17
            """)
    void aNewsDocumentsStoryIsStoredWithItsHeadlineAndDate(String file, String charset, String mediaType,
                                                          String idMarker, String headline, String date) {
        Charset encoding = Charset.forName(charset);
        String run = UUID.randomUUID().toString().substring(0, 8);
        String document = document(file, encoding);
        assertTrue(document.contains(idMarker), idMarker);
        byte[] body = document.replace(idMarker, idMarker + run).getBytes(encoding);

        JsonNode answer = json(given().contentType(mediaType).body(body)
                .header("Authorization", "Bearer " + Pipeline.FEED_KEY)
                .when().post(pipeline.url("ingest-service", "/api/bulletins"))
                .then().extract().asString());
        List<String> ids = new ArrayList<>();
        if (answer.has("items")) {
            // the feed's other items may be known from earlier runs: only this run's new story is waited for
            answer.get("items").forEach(item -> {
                if (item.path("outcome").asText().equals("accepted")) {
                    ids.add(item.get("bulletinId").asText());
                }
            });
        } else {
            ids.add(answer.get("bulletinId").asText());
        }
        List<JsonNode> stored = new ArrayList<>();
        for (String id : ids) {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                    given().get(pipeline.url("query-service", "/api/bulletins/" + id)).then().statusCode(200)
                            .body("status", equalTo("processed")));
            stored.add(json(given().get(pipeline.url("query-service", "/api/bulletins/" + id)).asString()));
        }
        JsonNode story = stored.stream().filter(b -> b.at("/articles/0/title").asText().equals(headline))
                .findFirst().orElseThrow(() -> new AssertionError("no stored article titled " + headline + " in "
                        + stored.stream().map(b -> b.at("/articles/0/title").asText()).toList()));
        assertEquals(date, story.at("/source/publishedOn").asText(), story.toString());
    }

    private static String document(String file, Charset charset) {
        try {
            return new String(Files.readAllBytes(Path.of("../ingest-service/src/test/resources/formats", file)),
                    charset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode json(String text) {
        try {
            return json.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
