package org.bulletinpipeline.nlp.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class LongestMatchesTest {

    private static List<TextRange> select(TextRange... candidates) {
        return LongestMatches.select(List.of(candidates), TextRange::start, TextRange::end);
    }

    @Test
    void theLongerNameTakesTheCharactersOfTheShorterOnes() {
        // 许昌市委组织部 [0,7) over 许昌市 [0,3) and 市委组织部 [2,7)
        assertEquals(List.of(new TextRange(0, 7)), select(new TextRange(0, 3), new TextRange(2, 7), new TextRange(0, 7)));
    }

    @Test
    void ofEqualLengthTheLeftmostWins() {
        assertEquals(List.of(new TextRange(0, 3)), select(new TextRange(1, 4), new TextRange(0, 3)));
    }

    @Test
    void namesThatDoNotOverlapAreAllKeptInReadingOrder() {
        assertEquals(List.of(new TextRange(0, 3), new TextRange(4, 7), new TextRange(8, 10)),
                select(new TextRange(8, 10), new TextRange(0, 3), new TextRange(4, 7)));
        assertEquals(List.of(), select());
    }
}
