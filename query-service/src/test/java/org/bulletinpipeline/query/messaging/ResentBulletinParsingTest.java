package org.bulletinpipeline.query.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.bulletinpipeline.query.event.BulletinEvent;
import org.junit.jupiter.api.Test;

/** What a bulletin must be before this service publishes it to bulletins.raw again (a dead letter sent back). */
class ResentBulletinParsingTest {

    private final EventParser parser = new EventParser(new ObjectMapper().registerModule(new JavaTimeModule()));

    private static String received(String source) {
        return """
                {"schemaVersion":2,"bulletinId":"b825825c6756efef","receivedAt":"2022-05-17T08:00:00Z",
                 "source":%s,"item":null,"text":"本报讯 禹州市召开会议。"}""".formatted(source);
    }

    @Test
    void aSourceAsIngestAcceptsItIsRead() throws Exception {
        BulletinEvent event = parser.bulletinAsIngestAcceptsIt(received("""
                {"feed":"dev","publication":"禹州通讯","publishedOn":"2022-05-17","page":"1","fileName":null,
                 "url":"https://example.org/p1"}"""));
        assertEquals("b825825c6756efef", event.bulletinId());
    }

    @Test
    void aControlCharacterInAnyLabelIsRefusedNamingTheField() {
        InvalidEventException nul = assertThrows(InvalidEventException.class, () -> parser.bulletinAsIngestAcceptsIt(
                received("{\"feed\":\"dev\",\"publication\":\"\\u0000禹州\"}")));
        assertTrue(nul.getMessage().contains("source.publication"), nul.getMessage());
        InvalidEventException escape = assertThrows(InvalidEventException.class,
                () -> parser.bulletinAsIngestAcceptsIt(received("{\"page\":\"\\u001b[31m1\"}")));
        assertTrue(escape.getMessage().contains("source.page holds a control character (U+001B)"),
                escape.getMessage());
    }

    @Test
    void aPublicationDateOutsideTheStoredRangeOrNotTextIsRefused() {
        assertThrows(InvalidEventException.class,
                () -> parser.bulletinAsIngestAcceptsIt(received("{\"publishedOn\":\"+99999-01-01\"}")));
        assertThrows(InvalidEventException.class,
                () -> parser.bulletinAsIngestAcceptsIt(received("{\"publishedOn\":\"2022-13-45\"}")));
        assertThrows(InvalidEventException.class,
                () -> parser.bulletinAsIngestAcceptsIt(received("{\"page\":{\"n\":1}}")));
        assertThrows(InvalidEventException.class, () -> parser.bulletinAsIngestAcceptsIt(received("\"yesterday\"")));
    }

    @Test
    void whatTheConsumerRefusesIsRefusedToo() {
        assertThrows(InvalidEventException.class, () -> parser.bulletinAsIngestAcceptsIt("{\"schemaVersion\":2}"));
        assertThrows(InvalidEventException.class, () -> parser.bulletinAsIngestAcceptsIt("not json"));
    }
}
