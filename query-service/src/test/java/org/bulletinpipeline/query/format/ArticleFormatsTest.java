package org.bulletinpipeline.query.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.bulletinpipeline.testsupport.IptcSchemas;
import org.junit.jupiter.api.Test;

/** The three output formats of one article, each checked by a processor or schema of its own standard. */
class ArticleFormatsTest {

    private static final String SCHEMA_ORG = "https://schema.org/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FormatsConfig CONFIG = new FormatsConfig() {
        @Override
        public String baseUrl() {
            return "https://news.example.org";
        }

        @Override
        public String language() {
            return "zh-CN";
        }

        @Override
        public ZoneId zone() {
            return ZoneId.of("Asia/Shanghai");
        }
    };

    static ArticleView article() throws Exception {
        JsonNode payload = JSON.readTree("""
                {"schemaVersion":1,"articleId":"b825825c6756efef-0","bulletinId":"b825825c6756efef","ordinal":0,
                 "articleCount":1,"masthead":{"publication":"许昌日报","publishedOn":"2022-05-17"},
                 "source":{"feed":"test","url":"https://www.xuchang.gov.cn/zwyw/202205/t20220517_1544321.html"},
                 "kind":"news","kicker":"抗击疫情 我们始终在一起","title":"史根治在市疫情防控指挥部会议上强调",
                 "subtitle":null,"bylines":[{"role":"reporter","name":"高伟山"}],"dateline":"2022-05-16",
                 "body":"5月16日，市委书记史根治主持召开市疫情防控指挥部会议。\\n市长刘涛参加会议。",
                 "persons":[{"name":"史根治","titles":["市委书记"],"mentions":2},{"name":"刘涛","titles":["市长"],"mentions":1}],
                 "places":[{"name":"许昌市","level":"city","code":"411000","mentions":1}],
                 "organizations":[{"name":"市疫情防控指挥部","mentions":1}],
                 "keywords":["疫情防控","核酸检测"],"summary":"市疫情防控指挥部召开会议。","topics":["epidemic_control"],
                 "pipeline":{"version":"1.0.0","processedAt":"2022-05-17T08:00:00Z"}}""");
        return ArticleView.of(payload);
    }

    @Test
    void jsonLdExpandsToANewsArticleWithAboutAndMentions() throws Exception {
        String jsonLd = JSON.writeValueAsString(new JsonLdWriter(CONFIG).write(article()));
        // the schema.org context is served here as what it is at heart, the vocabulary: nothing is fetched
        DocumentLoader schemaOrg = (URI url, com.apicatalog.jsonld.loader.DocumentLoaderOptions options) -> {
            assertEquals("https://schema.org", url.toString().replaceAll("/$", ""));
            return JsonDocument.of(new StringReader("{\"@context\":{\"@vocab\":\"" + SCHEMA_ORG + "\"}}"));
        };
        JsonArray expanded = JsonLd.expand(JsonDocument.of(new StringReader(jsonLd))).loader(schemaOrg).get();
        assertEquals(1, expanded.size());
        JsonObject node = expanded.getJsonObject(0);
        assertEquals(List.of(SCHEMA_ORG + "NewsArticle"), strings(node.getJsonArray("@type")));
        assertEquals("https://news.example.org/api/articles/b825825c6756efef-0", node.getString("@id"));
        assertEquals("史根治在市疫情防控指挥部会议上强调",
                node.getJsonArray(SCHEMA_ORG + "headline").getJsonObject(0).getString("@value"));
        JsonArray about = node.getJsonArray(SCHEMA_ORG + "about");
        assertEquals(Set.of(SCHEMA_ORG + "Person|史根治", SCHEMA_ORG + "Organization|市疫情防控指挥部",
                SCHEMA_ORG + "DefinedTerm|epidemic"), things(about));
        JsonObject epidemic = about.stream().map(JsonValue::asJsonObject)
                .filter(o -> o.containsKey("@id")).findFirst().orElseThrow();
        assertEquals("http://cv.iptc.org/newscodes/mediatopic/20000449", epidemic.getString("@id"));
        assertEquals("medtop:20000449", epidemic.getJsonArray(SCHEMA_ORG + "termCode").getJsonObject(0)
                .getString("@value"));
        // language tags are case-insensitive (BCP 47) and the processor writes them in lower case
        assertEquals(Set.of("en-gb|epidemic", "zh-hans|\uFF08传染性强的\uFF09流行病"),
                epidemic.getJsonArray(SCHEMA_ORG + "name").stream().map(JsonValue::asJsonObject)
                        .map(o -> o.getString("@language").toLowerCase(java.util.Locale.ROOT) + "|"
                                + o.getString("@value"))
                        .collect(java.util.stream.Collectors.toSet()));
        assertEquals(Set.of(SCHEMA_ORG + "Person|刘涛", SCHEMA_ORG + "Place|许昌市"),
                things(node.getJsonArray(SCHEMA_ORG + "mentions")));
        assertEquals(Set.of(SCHEMA_ORG + "Person|高伟山"), things(node.getJsonArray(SCHEMA_ORG + "author")));
        assertEquals(Set.of(SCHEMA_ORG + "NewsMediaOrganization|许昌日报"),
                things(node.getJsonArray(SCHEMA_ORG + "publisher")));
    }

    @Test
    void ninjsIsValidAgainstTheNinjsSchema() throws Exception {
        JsonNode ninjs = new NinjsWriter(CONFIG).write(article());
        assertEquals(Set.of(), IptcSchemas.ninjsViolations(JSON.writeValueAsString(ninjs)));
        assertEquals("史根治在市疫情防控指挥部会议上强调", ninjs.at("/headlines/0/value").asText());
        assertEquals("2022-05-16T00:00:00+08:00", ninjs.get("contentcreated").asText());
        assertEquals("http://cv.iptc.org/newscodes/mediatopic/20000449", ninjs.at("/subjects/0/uri").asText());
        assertEquals("about", ninjs.at("/subjects/0/rel").asText());
    }

    @Test
    void newsMlG2IsValidAgainstTheIptcSchema() throws Exception {
        StringWriter out = new StringWriter();
        new NewsMlG2Writer(CONFIG).write(article(), out);
        String xml = out.toString();
        assertEquals(List.of(), IptcSchemas.xmlViolations(IptcSchemas.NEWSML_G2, xml.getBytes(StandardCharsets.UTF_8)));
        assertTrue(xml.contains("<headline>史根治在市疫情防控指挥部会议上强调</headline>"), xml);
        assertTrue(xml.contains("<subject type=\"cpnat:person\"><name>史根治</name></subject>"), xml);
        assertTrue(xml.contains("<subject type=\"cpnat:abstract\" qcode=\"medtop:20000449\"><name xml:lang=\"en-GB\">"
                + "epidemic</name><name xml:lang=\"zh-Hans\">\uFF08传染性强的\uFF09流行病</name></subject>"), xml);
    }

    private static List<String> strings(JsonArray array) {
        return array.stream().map(v -> ((jakarta.json.JsonString) v).getString()).toList();
    }

    /** "type|name" of each node of an expanded array of things. */
    private static Set<String> things(JsonArray array) {
        return array.stream().map(JsonValue::asJsonObject).map(o -> strings(o.getJsonArray("@type")).getFirst() + "|"
                + o.getJsonArray(SCHEMA_ORG + "name").getJsonObject(0).getString("@value"))
                .collect(java.util.stream.Collectors.toSet());
    }
}
