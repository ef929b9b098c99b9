package org.bulletinpipeline.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.bulletinpipeline.contracts.EventSchema.Event;
import org.bulletinpipeline.contracts.event.ArticleExtracted;
import org.bulletinpipeline.contracts.event.BulletinReceived;
import org.junit.jupiter.api.Test;

/**
 * The records are bound to the schemas, not generated from them: this is what keeps the two one. A property added
 * to the newest schema and not to its record, or the other way round, fails here; so does a property of an older
 * version that the record could no longer hold, since consumers bind every version to the newest record.
 */
class EventRecordsAgreeWithSchemasTest {

    @Test
    void bulletinReceivedIsItsNewestSchema() {
        assertEquals(List.of(), SchemaRecordAgreement.disagreements(EventSchema.latest(Event.BULLETIN_RECEIVED),
                BulletinReceived.class));
        assertEquals(BulletinReceived.SCHEMA_VERSION, EventSchema.latest(Event.BULLETIN_RECEIVED).version());
    }

    @Test
    void articleExtractedIsItsNewestSchema() {
        assertEquals(List.of(), SchemaRecordAgreement.disagreements(EventSchema.latest(Event.ARTICLE_EXTRACTED),
                ArticleExtracted.class));
        assertEquals(ArticleExtracted.SCHEMA_VERSION, EventSchema.latest(Event.ARTICLE_EXTRACTED).version());
    }

    @Test
    void everyOlderVersionBindsToTheNewestRecord() {
        for (EventSchema schema : EventSchema.versionsOf(Event.BULLETIN_RECEIVED)) {
            assertEquals(List.of(), SchemaRecordAgreement.notBindable(schema, BulletinReceived.class), schema.file());
        }
        for (EventSchema schema : EventSchema.versionsOf(Event.ARTICLE_EXTRACTED)) {
            assertEquals(List.of(), SchemaRecordAgreement.notBindable(schema, ArticleExtracted.class), schema.file());
        }
    }

    /** A record one field short and one field over, with a type changed: the check names all three. */
    @Test
    void aRecordThatDriftedFromItsSchemaIsCaught() {
        record Drifted(int schemaVersion, String bulletinId, String receivedAt, BulletinSourceAsText source,
                       int text, String priority) {
        }
        List<String> found = SchemaRecordAgreement.disagreements(EventSchema.BULLETIN_RECEIVED_V2, Drifted.class);
        assertTrue(found.contains("item: in the schema, not in Drifted"), found.toString());
        assertTrue(found.contains("priority: in Drifted, not in the schema"), found.toString());
        assertTrue(found.contains("text: the record holds integer, the schema [string]"), found.toString());
        assertTrue(found.contains("source.url: in the schema, not in BulletinSourceAsText"), found.toString());
        assertTrue(found.contains("source.publishedOn: the record holds integer, the schema [string]"),
                found.toString());
    }

    private record BulletinSourceAsText(String feed, String publication, int publishedOn, String page,
                                        String fileName) {
    }
}
