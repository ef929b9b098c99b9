package org.bulletinpipeline.nlp.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChineseNumberTest {

    @Test
    void readsDigitsAndNumerals() {
        assertEquals(14, ChineseNumber.parse("14"));
        assertEquals(3, ChineseNumber.parse("三"));
        assertEquals(20, ChineseNumber.parse("二十"));
        assertEquals(14, ChineseNumber.parse("十四"));
        assertEquals(1_000_000, ChineseNumber.parse("百万"));
        assertEquals(2, ChineseNumber.parse("两"));
    }

    @Test
    void rejectsWhatIsNoNumber() {
        assertEquals(-1, ChineseNumber.parse("多"));
        assertEquals(-1, ChineseNumber.parse(""));
    }
}
