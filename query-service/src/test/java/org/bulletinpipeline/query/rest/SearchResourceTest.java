package org.bulletinpipeline.query.rest;

import static io.restassured.RestAssured.given;
import static org.bulletinpipeline.query.rest.TestArticles.fact;
import static org.bulletinpipeline.query.rest.TestArticles.organization;
import static org.bulletinpipeline.query.rest.TestArticles.person;
import static org.bulletinpipeline.query.rest.TestArticles.place;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.bulletinpipeline.testsupport.KafkaTestConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The search over HTTP: full text, every filter, the place rollup, facets, sorting, paging, errors, exports. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchResourceTest {

    private final ObjectMapper json = new ObjectMapper();
    private final String bulletin = TestArticles.newId();
    private final String word = TestArticles.uniqueWord(3);
    private final String otherWord = TestArticles.uniqueWord(2);
    private final String p1 = TestArticles.uniqueWord(3);
    private final String p2 = TestArticles.uniqueWord(3);
    private final String org = TestArticles.uniqueWord(4) + "指挥部";
    private final String topic = TestArticles.uniqueWord(2) + "专题";
    private final String pub2 = TestArticles.uniqueWord(2) + "日报";
    private final String text = "许昌日报 2022年5月17日\n" + word + "……";
    private List<String> ids;

    /** Once per class; in @BeforeEach because RestAssured learns the test port only there. */
    @BeforeEach
    void storeFourArticles() throws Exception {
        if (ids != null) {
            return;
        }
        List<Map<String, Object>> a = TestArticles.bulletin(bulletin, 4, Instant.now(), "1.0.0");
        a.get(0).putAll(Map.of("kind", "news", "dateline", "2022-05-10", "title", word + "防控会议召开",
                "body", "禹州市新增确诊病例3例。" + word + "工作推进," + word + "再强调。<b>粗体</b>&" + otherWord,
                "places", List.of(place("禹州市", "county", "411081")),
                "persons", List.of(person(p1, "市委书记"), person(p2, "市长")),
                "organizations", List.of(organization(org)), "topics", List.of(topic),
                "facts", List.of(fact("confirmed_cases", "禹州市", "2022-05-10", 3, "禹州市新增确诊病例3例"))));
        a.get(1).putAll(Map.of("kind", "feature", "dateline", "2022-05-12", "title", "魏都区核酸检测有序开展",
                "body", "魏都区组织开展核酸检测," + word + "持续。", "places", List.of(place("魏都区", "county", "411002")),
                "persons", List.of(person(p1, "市委书记")), "topics", List.of(topic)));
        a.get(2).putAll(Map.of("kind", "notice", "dateline", "2022-05-20", "title", "关于做好疫情防控的通告",
                "body", "京津冀地区来许人员请主动报备。" + "各地做好返岗人员健康监测。".repeat(60) + otherWord + "结尾",
                "places", List.of(place("京津冀", "other", null), place("许昌市", "city", "411000")),
                "persons", List.of(person(p2, "市长"))));
        a.get(3).putAll(Map.of("kind", "news", "dateline", "2022-06-01", "title", "郑州市恢复正常生产生活秩序",
                "body", "郑州市" + word + "。", "places", List.of(place("郑州市", "city", "410100")),
                "persons", List.of(person(p1, "省委常委")),
                "masthead", Map.of("publication", pub2, "publishedOn", "2022-06-02")));
        TestArticles.publish(a);
        TestArticles.awaitProcessed(bulletin);
        ids = List.of(bulletin + "-0", bulletin + "-1", bulletin + "-2", bulletin + "-3");
    }

    private List<String> idsOf(Map<String, ?> params) {
        return given().queryParams(params).get("/api/articles").then().statusCode(200)
                .extract().jsonPath().getList("items.articleId");
    }

    private List<String> ids(int... ordinals) {
        List<String> out = new ArrayList<>();
        for (int o : ordinals) {
            out.add(ids.get(o));
        }
        return out;
    }

    @Test
    void fullTextFindsEveryArticleWithTheWordRankedByRelevance() {
        assertEquals(ids(0, 3, 1), idsOf(Map.of("q", word)));
        assertEquals(ids(3, 1, 0), idsOf(Map.of("q", word, "sort", "date")));
        // a two-character word, the common case in Chinese
        assertEquals(ids(2, 0), idsOf(Map.of("q", otherWord, "sort", "date")));
        // every word must occur
        assertEquals(ids(0), idsOf(Map.of("q", word + " " + otherWord)));
        // the first two characters of the three-character word are a word of their own
        assertEquals(ids(0, 3, 1), idsOf(Map.of("q", word.substring(0, 2))));
    }

    @Test
    void hitsCarryEscapedHighlightedTitleAndSnippet() {
        Response r = given().queryParam("q", word + " " + otherWord).get("/api/articles");
        r.then().statusCode(200)
                .body("items[0].titleHtml", equalTo("<mark>" + word + "</mark>防控会议召开"))
                .body("items[0].snippetHtml", containsString("<mark>" + word + "</mark>工作推进"))
                .body("items[0].snippetHtml", containsString("&lt;b&gt;粗体&lt;/b&gt;&amp;<mark>" + otherWord))
                .body("items[0].score", equalTo(5f * 1 + 1 + 1))
                .body("items[0].links.text", equalTo("/api/bulletins/" + bulletin + "/text"))
                .body("items[0].persons", equalTo(List.of(p1, p2)));
    }

    @Test
    void aSnippetShowsTheWordWhereverTheBodyHasIt() {
        // the word comes after 700 characters of the body: the snippet is cut around it, not from the start
        given().queryParam("q", otherWord).queryParam("sort", "date").get("/api/articles").then().statusCode(200)
                .body("items[0].articleId", equalTo(ids.get(2)))
                .body("items[0].snippetHtml", containsString("<mark>" + otherWord + "</mark>结尾"))
                .body("items[0].snippetHtml", startsWith("…"));
    }

    @Test
    void datesFilterOnTheDateline() {
        assertEquals(ids(1), idsOf(Map.of("person", p1, "from", "2022-05-11", "to", "2022-05-31")));
        assertEquals(ids(3), idsOf(Map.of("person", p1, "from", "2022-05-13")));
        assertEquals(ids(1, 0), idsOf(Map.of("person", p1, "to", "2022-05-12")));
    }

    @Test
    void placeTakesInEverythingUnderIt() {
        // 许昌市 411000: 禹州市 411081 and 魏都区 411002 are under it, 郑州市 410100 is not
        assertEquals(ids(1, 0), idsOf(Map.of("person", p1, "place", "411000")));
        assertEquals(ids(3, 1, 0), idsOf(Map.of("person", p1, "place", "410000")));
        assertEquals(ids(0), idsOf(Map.of("person", p1, "place", "411081")));
        // by name: 许昌市 was seen with its code, so the name rolls up too
        assertEquals(ids(1, 0), idsOf(Map.of("person", p1, "place", "许昌市")));
        assertEquals(ids(2, 0), idsOf(Map.of("person", p2, "place", "许昌市")));
        assertEquals(ids(2), idsOf(Map.of("person", p2, "place", "京津冀")));
    }

    @Test
    void entityKindPublicationAndFactFilters() {
        assertEquals(ids(2, 0), idsOf(Map.of("person", p2)));
        assertEquals(ids(0), idsOf(Map.of("organization", org)));
        assertEquals(ids(1, 0), idsOf(Map.of("topic", topic)));
        assertEquals(ids(1), idsOf(Map.of("person", p1, "kind", "feature")));
        assertEquals(ids(3), idsOf(Map.of("publication", pub2)));
        assertEquals(ids(0), idsOf(Map.of("person", p1, "factType", "confirmed_cases")));
        assertEquals(List.of(), idsOf(Map.of("person", p2, "kind", "photo")));
    }

    @Test
    void facetsCountTheMatches() throws Exception {
        JsonNode r = json.readTree(given().queryParam("person", p1).get("/api/articles").then().statusCode(200)
                .extract().asString());
        assertEquals(3, r.get("total").asInt());
        assertTrue(r.get("totalExact").asBoolean());
        JsonNode facets = r.get("facets");
        assertEquals(3, count(facets.get("persons"), p1));
        assertEquals(1, count(facets.get("persons"), p2));
        assertEquals(2, count(facets.get("kinds"), "news"));
        assertEquals(1, count(facets.get("kinds"), "feature"));
        assertEquals(2, count(facets.get("topics"), topic));
        assertEquals(1, count(facets.get("organizations"), org));
        assertEquals(1, count(facets.get("places"), "禹州市"));
        for (JsonNode p : facets.get("places")) {
            if (p.get("value").asText().equals("禹州市")) {
                assertEquals("411081", p.get("code").asText());
            }
        }
        given().queryParam("person", p1).queryParam("facets", "false").get("/api/articles").then()
                .body("facets", nullValue()).body("total", equalTo(3));
    }

    private static int count(JsonNode facet, String value) {
        for (JsonNode f : facet) {
            if (f.get("value").asText().equals(value)) {
                return f.get("count").asInt();
            }
        }
        return 0;
    }

    @Test
    void cursorPagesThroughEveryMatchOnce() {
        for (String sort : List.of("date", "relevance", "stored")) {
            List<String> seen = new ArrayList<>();
            String cursor = null;
            do {
                var spec = given().queryParam("person", p1).queryParam("sort", sort).queryParam("limit", 1);
                if (cursor != null) {
                    spec.queryParam("cursor", cursor);
                }
                var page = spec.get("/api/articles").then().statusCode(200).extract().jsonPath();
                seen.addAll(page.getList("items.articleId"));
                cursor = page.getString("nextCursor");
            } while (cursor != null && seen.size() < 10);
            assertEquals(3, seen.size(), sort);
            assertEquals(3, seen.stream().distinct().count(), sort);
            if (sort.equals("date")) {
                assertEquals(ids(3, 1, 0), seen);
            }
        }
    }

    @Test
    void badParametersAreProblems() {
        Map<Map<String, String>, String> cases = Map.of(
                Map.of("from", "2022-13-01"), "invalid-date",
                Map.of("from", "2022-05-20", "to", "2022-05-01"), "invalid-date",
                Map.of("limit", "201"), "invalid-limit",
                Map.of("limit", "ten"), "invalid-limit",
                Map.of("sort", "popularity"), "invalid-sort",
                Map.of("place", "999999"), "unknown-place-code",
                Map.of("place", "41108"), "invalid-place-code",
                Map.of("kind", "editorial"), "invalid-kind",
                Map.of("factType", "hospital_beds"), "invalid-fact-type",
                Map.of("cursor", "bm90LWEtY3Vyc29y"), "invalid-cursor");
        cases.forEach((params, type) -> given().queryParams(params).get("/api/articles").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(Problem.TYPE_BASE + type)).body("status", equalTo(400)));
        given().queryParam("format", "xml").get("/api/articles/export").then().statusCode(400)
                .body("type", equalTo(Problem.TYPE_BASE + "invalid-format"));
    }

    @Test
    void exportsStreamEveryMatchAsCsvAndNdjson() throws Exception {
        String csv = given().queryParam("person", p1).queryParam("format", "csv").get("/api/articles/export")
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals(4, lines.length);
        assertTrue(lines[0].startsWith("\uFEFFarticleId,bulletinId"));
        assertTrue(lines[1].startsWith("\"" + ids.get(3) + "\""));
        assertTrue(lines[3].contains("\"" + p1 + "|" + p2 + "\""));
        String ndjson = given().queryParam("person", p1).queryParam("format", "ndjson").get("/api/articles/export")
                .then().statusCode(200).contentType(containsString("application/x-ndjson")).extract().asString();
        List<String> rows = ndjson.lines().toList();
        assertEquals(3, rows.size());
        assertEquals(ids.get(0), json.readTree(rows.get(2)).get("articleId").asText());
        assertEquals(List.of("禹州市"), List.of(json.readTree(rows.get(2)).get("places").get(0).asText()));
    }

    @Test
    void theBulletinTextIsServedForTheRawPageView() throws Exception {
        // its own bulletin: an nlp-service on the same broker may extract it and replace its articles
        String received = TestArticles.newId();
        KafkaTestConfig.produce("bulletins.raw", received, json.writeValueAsString(Map.of("schemaVersion", 1,
                "bulletinId", received, "receivedAt", Instant.now().toString(), "source", Map.of("feed", "test"),
                "text", text)));
        await().atMost(TestArticles.WAIT).untilAsserted(() ->
                given().get("/api/bulletins/" + received).then().statusCode(200));
        given().get("/api/bulletins/" + received + "/text").then().statusCode(200)
                .contentType(containsString("text/plain")).body(equalTo(text));
        given().get("/api/bulletins/nosuchbulletin00/text").then().statusCode(404)
                .body("type", equalTo(Problem.TYPE_BASE + "not-found"));
        given().get("/api/bulletins/" + bulletin).then().statusCode(200)
                .body("articles.articleId", hasItem(ids.get(0)))
                .body("articles.articleId", not(hasItem("x")));
    }
}
