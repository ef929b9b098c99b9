package org.bulletinpipeline.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BulletinIdsTest {

    /** A hang guard, not a speed goal: the quadratic form took hours on the runs below. */
    private static final Duration HANG = Duration.ofSeconds(30);
    private static final int LIMIT = 5 * 1024 * 1024;

    @Test
    void blanksEndingALineAreDropped() {
        assertEquals("\u6807\u9898\n\u6b63\u6587", BulletinIds.normalize("\u6807\u9898 \t\u3000\n\u6b63\u6587  "));
        assertEquals("a\n\nb", BulletinIds.normalize("a  \n\u3000\nb"));
    }

    @Test
    void blanksInsideALineAreKept() {
        assertEquals("a  b\nc", BulletinIds.normalize("a  b\nc"));
        assertEquals("a\u3000\u3000b", BulletinIds.normalize("\uFEFFa\u3000\u3000b\r\n"));
    }

    @Test
    void theSamePageSavedTwoWaysHasOneId() {
        String page = "\u7981\u5dde\u65e5\u62a5\n\n\u6807\u9898\n\u6b63\u6587\u3002";
        assertEquals(BulletinIds.of(page), BulletinIds.of("\uFEFF" + page.replace("\n", "  \r\n") + "\r\n"));
        assertNotEquals(BulletinIds.of(page), BulletinIds.of(page + "\u3002"));
    }

    @Test
    void aBlankRunAtTheSizeLimitIsOnePass() {
        String run = "\u6807\u9898\n\u6b63\u6587" + " ".repeat(LIMIT) + "\u7ed3\u675f\u3002";
        String normalized = assertTimeoutPreemptively(HANG, () -> BulletinIds.normalize(run));
        assertEquals(run.length(), normalized.length());
        String tabs = "\u6b63\u6587" + "\t\u3000".repeat(LIMIT / 2) + "\n\u7ed3\u675f";
        assertEquals("\u6b63\u6587\n\u7ed3\u675f", assertTimeoutPreemptively(HANG, () -> BulletinIds.normalize(tabs)));
    }
}
