package org.bulletinpipeline.ingest.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.bulletinpipeline.testsupport.IptcSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The NITF, NewsML-G2 and ninjs test documents are what the IPTC's own schemas accept, and a broken one is not. */
class IptcSchemaTest {

    @ParameterizedTest
    @ValueSource(strings = {"newsml-g2-newsitem.xml", "newsml-g2-package.xml"})
    void newsMlG2DocumentsAreValid(String file) {
        assertEquals(List.of(), IptcSchemas.xmlViolations(IptcSchemas.NEWSML_G2, Documents.bytes(file)));
    }

    @Test
    void theNitfDocumentIsValid() {
        assertEquals(List.of(), IptcSchemas.xmlViolations(IptcSchemas.NITF, Documents.bytes("nitf-yuzhou-daily.xml")));
    }

    @Test
    void aNewsItemWithoutItsGuidIsNot() {
        String broken = new String(Documents.bytes("newsml-g2-newsitem.xml"), StandardCharsets.UTF_8)
                .replace("guid=\"urn:newsml:xuchang.gov.cn:20220517:zwyw-1544321\"", "");
        assertFalse(IptcSchemas.xmlViolations(IptcSchemas.NEWSML_G2, broken.getBytes(StandardCharsets.UTF_8)).isEmpty());
    }

    @Test
    void theNinjsDocumentIsValid() {
        assertEquals(Set.of(), IptcSchemas.ninjsViolations(new String(Documents.bytes("ninjs-item.json"),
                StandardCharsets.UTF_8)));
    }

    @Test
    void aNitfDocumentOutOfItsNamespaceIsNot() {
        String broken = new String(Documents.bytes("nitf-yuzhou-daily.xml"), StandardCharsets.UTF_8)
                .replace(" xmlns=\"http://iptc.org/std/NITF/2006-10-18/\"", "");
        assertFalse(IptcSchemas.xmlViolations(IptcSchemas.NITF, broken.getBytes(StandardCharsets.UTF_8)).isEmpty());
    }

    @Test
    void aNinjsDocumentWithoutItsUriOrWithAnUnknownStatusIsNot() {
        String ninjs = new String(Documents.bytes("ninjs-item.json"), StandardCharsets.UTF_8);
        String withoutUri = ninjs.replace("\"uri\": \"urn:newsml:ha.xinhuanet.com:20220517:c_1128657001\",", "");
        assertFalse(IptcSchemas.ninjsViolations(withoutUri).isEmpty());
        String published = ninjs.replace("\"pubstatus\": \"usable\"", "\"pubstatus\": \"published\"");
        assertFalse(IptcSchemas.ninjsViolations(published).isEmpty());
    }
}
