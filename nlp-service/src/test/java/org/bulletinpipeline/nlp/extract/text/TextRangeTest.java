package org.bulletinpipeline.nlp.extract.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextRangeTest {

    /** 《许昌市疫情防控工作方案》 at [2, 14): a book title other layers skip. */
    private static final List<TextRange> TITLES = List.of(new TextRange(2, 14));

    @Test
    void aNameInsideTheRangeIsCovered() {
        assertTrue(TextRange.covers(TITLES, 3, 6));
        assertTrue(TextRange.covers(TITLES, 2, 14));
        assertFalse(TextRange.covers(TITLES, 12, 16), "reaching out of it");
        assertFalse(TextRange.covers(List.of(), 3, 6));
    }

    @Test
    void aNameTouchingTheRangeOverlapsOnlyWhenItSharesACharacter() {
        assertTrue(TextRange.overlaps(TITLES, 12, 16));
        assertTrue(TextRange.overlaps(TITLES, 0, 3));
        assertFalse(TextRange.overlaps(TITLES, 14, 16), "starts where the range ends");
        assertFalse(TextRange.overlaps(TITLES, 0, 2), "ends where the range starts");
    }
}
