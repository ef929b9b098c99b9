package org.bulletinpipeline.query.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void lowerIsTheJdksLowerCaseForEveryCharacter() {
        for (int c = 0; c <= 0xFFFF; c++) {
            String s = "许昌" + (char) c + "ＧＤＰ";
            assertEquals(s.toLowerCase(Locale.ROOT), SearchText.lower(s), () -> "U+" + Integer.toHexString(s.charAt(2)));
        }
    }

    @Test
    void lowerFollowsTheJdkWhereOneCharacterBecomesTwoOrDependsOnItsNeighbours() {
        for (String s : new String[] {"İstanbul 疫情", "ΟΔΟΣ 疫情", "𐐀 Deseret", "禹州市 GDP 增长 5.1%", ""}) {
            assertEquals(s.toLowerCase(Locale.ROOT), SearchText.lower(s), s);
        }
    }

    @Test
    void lowerLeavesTextWithoutCapitalsAsItIs() {
        String s = "禹州市新增确诊病例3例，核酸检测有序开展。";
        assertSame(s, SearchText.lower(s));
        assertEquals("全市ｇｄｐ增长，pcr检测", SearchText.lower("全市ＧＤＰ增长，PCR检测"));
    }

    @Test
    void lowerAgreesWithTheJdkOnRandomMixedText() {
        Random random = new Random(5);
        for (int n = 0; n < 10_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < 12; i++) {
                s.append(switch (random.nextInt(4)) {
                    case 0 -> (char) (0x4E00 + random.nextInt(0x5200));
                    case 1 -> (char) random.nextInt(0x80);
                    case 2 -> (char) (0xFF00 + random.nextInt(0xF0));
                    default -> (char) random.nextInt(0x3100);
                });
            }
            String text = s.toString();
            assertEquals(text.toLowerCase(Locale.ROOT), SearchText.lower(text), text);
        }
    }

    @Test
    void aWordWithoutLettersThatHaveCaseIsCaseless() {
        assertTrue(SearchText.caseless("疫情防控"));
        assertTrue(SearchText.caseless("2022年"));
        assertTrue(SearchText.caseless("“清零”"));
        assertFalse(SearchText.caseless("pcr"));
        assertFalse(SearchText.caseless("ｇｄｐ"));
        assertFalse(SearchText.caseless("é"));
    }

    @Test
    void bigramsAreTheDistinctPairsOfTheLowerCasedTextNotSpanningWhitespace() {
        assertEquals(List.of("疫情", "情防", "防控", "ab"), List.copyOf(SearchText.bigrams("疫情防控 疫情 AB")));
    }
}
