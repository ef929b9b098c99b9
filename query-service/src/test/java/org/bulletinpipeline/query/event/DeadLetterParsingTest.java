package org.bulletinpipeline.query.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/** How query-service reads a letter from bulletins.dlq before storing it. */
class DeadLetterParsingTest {

    private final EventParser parser = new EventParser(new ObjectMapper());

    @Test
    void aLetterAsNlpServiceWritesIt() throws Exception {
        DeadLetterEvent letter = parser.deadLetter("""
                {"schemaVersion":1,"bulletinId":"b825825c6756efef","service":"nlp-service",
                 "sourceTopic":"bulletins.raw","partition":4,"offset":9876543210,"reason":"extraction failed: boom",
                 "failedAt":"2022-05-17T08:00:01Z","payload":"{\\"schemaVersion\\":1}"}""");
        assertEquals(new DeadLetterEvent("b825825c6756efef", "nlp-service", "bulletins.raw", 4, 9_876_543_210L,
                "extraction failed: boom", Instant.parse("2022-05-17T08:00:01Z"), "{\"schemaVersion\":1}"), letter);
    }

    @Test
    void missingPositionAndBulletinAreNullNotErrors() throws Exception {
        DeadLetterEvent letter = parser.deadLetter("""
                {"service":"query-service","sourceTopic":"articles.extracted","partition":"4","reason":"r"}""");
        assertNull(letter.bulletinId());
        assertNull(letter.sourcePartition(), "a partition given as text is not a partition");
        assertNull(letter.sourceOffset());
        assertNull(letter.payload());
    }

    @Test
    void aPayloadEmbeddedAsJsonIsKeptAsItsText() throws Exception {
        assertEquals("{\"title\":\"标题\"}", parser.deadLetter("""
                {"reason":"r","payload":{"title":"标题"}}""").payload());
    }

    @Test
    void nulCharactersBecomeReplacementCharacters() throws Exception {
        DeadLetterEvent letter = parser.deadLetter("""
                {"reason":"bad \\u0000 byte","payload":"a\\u0000b"}""");
        assertEquals("bad \uFFFD byte", letter.reason());
        assertEquals("a\uFFFDb", letter.payload());
        assertEquals("plain", EventParser.storable("plain"));
        assertNull(EventParser.storable(null));
    }

    @Test
    void notAJsonObjectIsUnreadable() {
        assertThrows(InvalidEventException.class, () -> parser.deadLetter("{not json"));
        assertThrows(InvalidEventException.class, () -> parser.deadLetter("[1,2]"));
        assertThrows(InvalidEventException.class, () -> parser.deadLetter(null));
        assertThrows(InvalidEventException.class, () -> parser.deadLetter("{\"failedAt\":\"yesterday\"}"));
    }
}
