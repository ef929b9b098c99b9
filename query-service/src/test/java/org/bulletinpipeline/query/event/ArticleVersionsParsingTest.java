package org.bulletinpipeline.query.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.junit.jupiter.api.Test;

/**
 * ArticleExtracted v1 and v2 both read, each held to its own contract; what v2 adds (official place names, fact place
 * codes) is kept.
 */
class ArticleVersionsParsingTest {

    private final EventParser parser = new EventParser(new ObjectMapper().registerModule(new JavaTimeModule()));

    private static String event(int version, String places, String facts) {
        return """
                {"schemaVersion":%d,"articleId":"b1-0","bulletinId":"b1","ordinal":0,"articleCount":1,"kind":"news",
                 "title":"t","bylines":[],"body":"许昌新增确诊病例3例","persons":[],"places":%s,"organizations":[],
                 "facts":%s,"pipeline":{"version":"1.0.0","processedAt":"2022-05-17T08:00:01Z"}}"""
                .formatted(version, places, facts);
    }

    @Test
    void aV1EventReadsWithoutTheV2Fields() throws Exception {
        ArticleEvent e = parser.article(event(1, """
                [{"name":"许昌","level":"city","code":"411000"}]""", """
                [{"type":"confirmed_cases","place":"许昌","date":"2022-05-16","value":3}]"""));
        assertEquals("411000", e.places().get(0).code());
        assertNull(e.places().get(0).canonicalName());
        assertNull(e.facts().get(0).placeCode());
    }

    @Test
    void aV2EventKeepsTheOfficialNameAndTheFactsCode() throws Exception {
        ArticleEvent e = parser.article(event(2, """
                [{"name":"许昌","canonicalName":"许昌市","level":"city","code":"411000"}]""", """
                [{"type":"confirmed_total","place":"许昌市","placeCode":"411000","placeText":"许昌",
                  "date":"2022-05-16","value":30}]"""));
        assertEquals("许昌市", e.places().get(0).canonicalName());
        assertEquals("411000", e.facts().get(0).placeCode());
        assertEquals("confirmed_total", e.facts().get(0).type());
    }

    @Test
    void aMalformedCodeIsDroppedWithItsOfficialName() throws Exception {
        ArticleEvent e = parser.article(event(2, """
                [{"name":"许昌","canonicalName":"许昌市","level":"city","code":"XC"}]""", """
                [{"type":"confirmed_cases","place":"许昌市","placeCode":"41","value":3}]"""));
        assertNull(e.places().get(0).code());
        assertNull(e.places().get(0).canonicalName());
        assertNull(e.facts().get(0).placeCode());
    }

    @Test
    void aFactTypeOnlyV2KnowsBreaksTheV1Contract() {
        InvalidEventException e = assertThrows(InvalidEventException.class, () -> parser.article(event(1, "[]", """
                [{"type":"confirmed_total","place":"许昌","value":30}]""")));
        assertTrue(e.getMessage().startsWith("violates article-extracted.v1.schema.json: /facts/0/type"),
                e.getMessage());
    }

    @Test
    void aV2EventWithoutItsBodyBreaksTheV2Contract() {
        InvalidEventException e = assertThrows(InvalidEventException.class,
                () -> parser.article(event(2, "[]", "[]").replace("\"body\":\"许昌新增确诊病例3例\",", "")));
        assertTrue(e.getMessage().contains("article-extracted.v2.schema.json") && e.getMessage().contains("body"),
                e.getMessage());
    }

    @Test
    void aV3EventIsHeldToItsMediaTopics() throws Exception {
        String v3 = event(3, "[]", "[]").replace("\"pipeline\"",
                "\"topics\":[\"epidemic_control\"],\"mediaTopics\":[{\"qcode\":\"medtop:20000449\","
                        + "\"uri\":\"http://cv.iptc.org/newscodes/mediatopic/20000449\",\"labelEn\":\"epidemic\","
                        + "\"labelZh\":\"流行病\",\"labelZhFromIptc\":true}],\"pipeline\"");
        assertEquals(List.of("epidemic_control"), parser.article(v3).topics());
        InvalidEventException e = assertThrows(InvalidEventException.class,
                () -> parser.article(v3.replace("medtop:20000449", "20000449")));
        assertTrue(e.getMessage().startsWith("violates article-extracted.v3.schema.json: /mediaTopics/0/qcode"),
                e.getMessage());
    }

    @Test
    void anUnknownVersionIsRejected() {
        assertThrows(InvalidEventException.class, () -> parser.article(event(99, "[]", "[]")));
    }
}
