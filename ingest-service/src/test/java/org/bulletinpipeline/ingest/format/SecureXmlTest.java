package org.bulletinpipeline.ingest.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.bulletinpipeline.ingest.refusal.InvalidBulletinException;
import org.junit.jupiter.api.Test;

class SecureXmlTest {

    @Test
    void anExternalEntityIsRefusedBeforeAnythingIsRead() {
        InvalidBulletinException e = assertThrows(InvalidBulletinException.class,
                () -> SecureXml.parse(Documents.bytes("xxe.xml")));
        assertEquals(422, e.status());
        assertEquals("xml-entities-refused", e.problemType());
    }

    @Test
    void aBillionLaughsIsRefusedAtOnce() {
        InvalidBulletinException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(InvalidBulletinException.class,
                        () -> SecureXml.parse(Documents.bytes("billion-laughs.xml"))));
        assertEquals("xml-entities-refused", e.problemType());
    }

    @Test
    void sniffingRefusesEntitiesToo() {
        assertThrows(InvalidBulletinException.class, () -> Sniffed.of(Documents.bytes("xxe.xml")));
    }

    @Test
    void malformedXmlSaysWhere() {
        InvalidBulletinException e = assertThrows(InvalidBulletinException.class,
                () -> SecureXml.parse(Documents.bytes("malformed.xml")));
        assertEquals(400, e.status());
        assertEquals("malformed-xml", e.problemType());
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void aParameterEntityCannotSlipPastTheCheck() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % p SYSTEM \"http://127.0.0.1:9/x.dtd\"> %p;]><r/>";
        assertThrows(InvalidBulletinException.class,
                () -> SecureXml.parse(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void predefinedAndCharacterReferencesStillWork() {
        String xml = "<r>禹州&amp;许昌 &#x4E2D;</r>";
        assertEquals("禹州&许昌 中", SecureXml.parse(xml.getBytes(StandardCharsets.UTF_8)).getDocumentElement()
                .getTextContent());
    }
}
