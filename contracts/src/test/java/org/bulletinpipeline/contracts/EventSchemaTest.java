package org.bulletinpipeline.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.bulletinpipeline.contracts.EventSchema.Event;
import org.bulletinpipeline.contracts.event.ArticleExtracted;
import org.bulletinpipeline.contracts.event.BulletinReceived;
import org.bulletinpipeline.contracts.event.BulletinSource;
import org.bulletinpipeline.contracts.mediatopic.MediaTopics;
import org.junit.jupiter.api.Test;

/** The records, written as the services' ObjectMapper writes them, are valid events; broken ones are not. */
class EventSchemaTest {

    /** As Quarkus configures its ObjectMapper: java.time support, dates as ISO text. */
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static final BulletinSource SOURCE = new BulletinSource("feed-1", "\u8bb8\u660c\u65e5\u62a5",
            LocalDate.of(2022, 5, 17), "A1", null, null);

    @Test
    void aBulletinReceivedRecordIsAValidEvent() {
        BulletinReceived event = new BulletinReceived(BulletinReceived.SCHEMA_VERSION, "733b5103fee038bf",
                Instant.parse("2022-05-17T08:00:00Z"), SOURCE, null, "\u6b63\u6587");
        assertEquals(Set.of(), EventSchema.BULLETIN_RECEIVED_V2.violations(JSON.valueToTree(event)));
    }

    @Test
    void aBulletinWithoutTextIsNot() {
        ObjectNode event = JSON.valueToTree(new BulletinReceived(2, "733b5103fee038bf",
                Instant.parse("2022-05-17T08:00:00Z"), SOURCE, null, "\u6b63\u6587"));
        event.remove("text");
        assertFalse(EventSchema.BULLETIN_RECEIVED_V2.violations(event).isEmpty());
    }

    @Test
    void anArticleExtractedRecordIsAValidEvent() {
        assertEquals(Set.of(), EventSchema.latest(Event.ARTICLE_EXTRACTED)
                .violations(JSON.valueToTree(article("2022-05-16"))));
    }

    @Test
    void aFactDatedOutsideTheCalendarIsNot() {
        ObjectNode event = JSON.valueToTree(article("2022-05-16"));
        ((ObjectNode) event.withArray("facts").get(0)).put("date", "2022-13-40");
        Set<String> violations = EventSchema.latest(Event.ARTICLE_EXTRACTED).violations(event);
        assertEquals(1, violations.size(), violations.toString());
        assertTrue(violations.iterator().next().contains("/facts/0/date"), violations.toString());
    }

    @Test
    void aV1BulletinMayNotCarryTheItemOfV2() {
        ObjectNode event = JSON.valueToTree(new BulletinReceived(1, "733b5103fee038bf",
                Instant.parse("2022-05-17T08:00:00Z"), SOURCE, null, "\u6b63\u6587"));
        assertFalse(EventSchema.BULLETIN_RECEIVED_V1.violations(event).isEmpty(), "item is no property of v1");
        event.remove("item");
        assertEquals(Set.of(), EventSchema.BULLETIN_RECEIVED_V1.violations(event));
    }

    @Test
    void eachVersionIsFoundByNumber() {
        assertEquals(EventSchema.ARTICLE_EXTRACTED_V1, EventSchema.of(Event.ARTICLE_EXTRACTED, 1).orElseThrow());
        assertTrue(EventSchema.of(Event.BULLETIN_RECEIVED, 9).isEmpty());
        List<EventSchema> versions = EventSchema.versionsOf(Event.ARTICLE_EXTRACTED);
        assertEquals(EventSchema.ARTICLE_EXTRACTED_V1, versions.getFirst());
        assertEquals(EventSchema.latest(Event.ARTICLE_EXTRACTED), versions.getLast());
    }

    private static ArticleExtracted article(String factDate) {
        ArticleExtracted.SpanView span = new ArticleExtracted.SpanView(0, 12);
        return new ArticleExtracted(ArticleExtracted.SCHEMA_VERSION, "733b5103fee038bf-0", "733b5103fee038bf", 0, 1,
                new ArticleExtracted.MastheadView("\u8bb8\u660c\u65e5\u62a5", LocalDate.of(2022, 5, 17), null, null),
                SOURCE, "news", null, "\u8bb8\u660c\u65b0\u589e\u786e\u8bca\u75c5\u4f8b3\u4f8b", null,
                List.of(new ArticleExtracted.BylineView("reporter", "\u738b\u5c0f\u660e")), LocalDate.of(2022, 5, 16),
                "masthead", "\u8bb8\u660c\u65b0\u589e\u786e\u8bca\u75c5\u4f8b3\u4f8b", null, span, List.of(),
                List.of(new ArticleExtracted.PlaceView("\u8bb8\u660c", "\u8bb8\u660c\u5e02", "city", "411000", 1,
                        List.of(span))),
                List.of(), List.of(),
                List.of(new ArticleExtracted.FactView("confirmed_cases", "\u8bb8\u660c\u5e02", "411000",
                        "\u8bb8\u660c", LocalDate.parse(factDate), 3, "\u65b0\u589e\u786e\u8bca\u75c5\u4f8b3\u4f8b",
                        null)),
                List.of(), List.of(), null, List.of("epidemic_control"),
                MediaTopics.standard().of(List.of("epidemic_control")),
                new ArticleExtracted.Pipeline("1.0.0", Instant.parse("2022-05-17T08:00:01Z")));
    }
}
