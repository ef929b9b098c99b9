package org.bulletinpipeline.nlp.extract.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TitleLexiconTest {

    private static final TitleLexicon TITLES = new TitleLexicon();

    @Test
    void theLongestRoleWordEndingAtAPositionWins() {
        // 许昌市副市长: 副市长 rather than 市长, the unit 许昌市 is read from the text
        String text = "许昌市副市长";
        assertEquals("许昌市".length(), TITLES.startOfWordEndingAt(text, text.length()));
    }

    @Test
    void aRoleWordOfEveryLevel() {
        assertEquals(0, TITLES.startOfWordEndingAt("院士", 2));
        assertEquals("方山镇".length(), TITLES.startOfWordEndingAt("方山镇镇长", 5));
        assertEquals("龙门村".length(), TITLES.startOfWordEndingAt("龙门村村支书", 6));
    }

    @Test
    void noRoleWordEndsThere() {
        assertEquals(-1, TITLES.startOfWordEndingAt("核酸检测", 4));
        assertEquals(-1, TITLES.startOfWordEndingAt("市长", 0));
        assertEquals(-1, TITLES.startOfWordEndingAt("市长", 3));
    }

    @Test
    void theLastRoleWordOfAPhrase() {
        // 市委常委、组织部部长张三: the title ends after 部长
        String text = "市委常委\u3001组织部部长张三";
        assertEquals(text.indexOf('张'), TITLES.lastWordEnd(text));
        assertEquals(-1, TITLES.lastWordEnd("核酸检测点位布置"));
    }
}
