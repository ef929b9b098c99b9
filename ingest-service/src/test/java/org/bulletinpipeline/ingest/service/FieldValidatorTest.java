package org.bulletinpipeline.ingest.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.bulletinpipeline.contracts.event.BulletinSource;
import org.bulletinpipeline.contracts.event.ItemMetadata;
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

    private static ItemMetadata item(String originalId, String headline, String byline) {
        return new ItemMetadata("ninjs", originalId, headline, byline, "\u5317\u4eac5\u670817\u65e5\u7535", "zh-CN",
                null);
    }

    private static String refusedItemField(ItemMetadata item) {
        InvalidBulletinException e = assertThrows(InvalidBulletinException.class, () -> FieldValidator.checkItem(item));
        assertEquals(422, e.status());
        assertEquals("invalid-field", e.problemType());
        return e.field();
    }

    @Test
    void whatADocumentSaysOfItsStoryHoldsNoControlCharacter() {
        assertDoesNotThrow(() -> FieldValidator.checkItem(null));
        assertDoesNotThrow(() -> FieldValidator.checkItem(item("urn:newsml:ha.xinhuanet.com:20220517:c_1",
                "\u6cb3\u5357\u79b9\u5dde\n\u94a7\u74f7\u6587\u5316\u8282\u5f00\u5e55", "By Meredith Jameson\r\n")));
        assertEquals("item.byline", refusedItemField(item("urn:x:1", null, "\u0000\u5f20\u4e09")));
        assertEquals("item.headline", refusedItemField(item("urn:x:1", "\u001b[31m\u7ea2", null)));
        assertEquals("item.originalId", refusedItemField(item("urn:x:1\n", null, null)));
        assertEquals("item.originalId", refusedItemField(item("u".repeat(FieldValidator.MAX_ITEM_LABEL + 1), null,
                null)));
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
