package org.bulletinpipeline.ingest.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.bulletinpipeline.contracts.event.BulletinSource;
import org.bulletinpipeline.ingest.refusal.InvalidBulletinException;
import org.junit.jupiter.api.Test;

class FieldValidatorTest {

    private static BulletinSource source(String publication, LocalDate publishedOn, String page, String fileName,
                                         String url) {
        return new BulletinSource("feed", publication, publishedOn, page, fileName, url);
    }

    private static String refusedField(BulletinSource source) {
        InvalidBulletinException e = assertThrows(InvalidBulletinException.class, () -> FieldValidator.check(source));
        assertEquals(422, e.status());
        assertEquals("invalid-field", e.problemType());
        return e.field();
    }

    @Test
    void anOrdinarySourceIsAccepted() {
        assertDoesNotThrow(() -> FieldValidator.check(source("\u7981\u5dde\u901a\u8baf",
                LocalDate.of(2022, 5, 17), "A4", "p1.txt", "https://www.yuzhou.gov.cn/xw/1.html")));
        assertDoesNotThrow(() -> FieldValidator.check(null));
        assertDoesNotThrow(() -> FieldValidator.check(source(null, null, null, null, null)));
    }

    @Test
    void controlCharactersInALabelAreRefused() {
        assertEquals("source.publication", refusedField(source("\u7981\u5dde\u0000", null, null, null, null)));
        assertEquals("source.page", refusedField(source(null, null, "1\t2", null, null)));
        assertEquals("source.fileName", refusedField(source(null, null, null, "a\u007f.txt", null)));
        assertEquals("source.url", refusedField(source(null, null, null, null, "https://a.cn/\n")));
    }

    @Test
    void labelsHaveLengthLimits() {
        assertDoesNotThrow(() -> FieldValidator.check(source("\u6807".repeat(FieldValidator.MAX_PUBLICATION),
                null, null, null, null)));
        assertEquals("source.publication", refusedField(
                source("\u6807".repeat(FieldValidator.MAX_PUBLICATION + 1), null, null, null, null)));
        assertEquals("source.page", refusedField(source(null, null, "1".repeat(41), null, null)));
    }

    @Test
    void publishedOnIsARealNewspaperDate() {
        assertDoesNotThrow(() -> FieldValidator.check(source(null, FieldValidator.EARLIEST, null, null, null)));
        assertDoesNotThrow(() -> FieldValidator.check(source(null, FieldValidator.LATEST, null, null, null)));
        assertEquals("source.publishedOn", refusedField(source(null, LocalDate.of(99999, 1, 1), null, null, null)));
        assertEquals("source.publishedOn", refusedField(source(null, LocalDate.of(1899, 12, 31), null, null, null)));
    }

    @Test
    void aUrlIsAnAbsoluteWebAddress() {
        for (String bad : new String[] {"javascript:alert(1)", "www.yuzhou.gov.cn", "/xw/1.html", "http://[bad",
                "file:///etc/passwd", "ftp://a.cn/x"}) {
            assertEquals("source.url", refusedField(source(null, null, null, null, bad)), bad);
        }
    }
}
