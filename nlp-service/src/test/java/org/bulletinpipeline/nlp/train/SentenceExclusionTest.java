package org.bulletinpipeline.nlp.train;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SentenceExclusionTest {

    /** 中共中央总书记江泽民今天会见了客人 */
    private static final String MEETING = "\u4E2D\u5171\u4E2D\u592E\u603B\u4E66\u8BB0\u6C5F\u6CFD\u6C11\u4ECA\u5929\u4F1A\u89C1\u4E86\u5BA2\u4EBA";
    /** 新华社北京１月５日电 */
    private static final String DATELINE = "\u65B0\u534E\u793E\u5317\u4EAC\uFF11\u6708\uFF15\u65E5\u7535";

    private static SentenceExclusion excluding(String sentence) {
        SentenceExclusion exclusion = new SentenceExclusion();
        exclusion.add(sentence);
        return exclusion;
    }

    @Test
    void anEqualSentenceIsExcludedWhateverItsSpaces() {
        // 中共中央总书记江泽民今天会见了客人。 and the same with spaces between the characters
        SentenceExclusion exclusion = excluding(MEETING + "\u3002");
        assertTrue(exclusion.overlaps("\u4E2D \u5171 \u4E2D \u592E \u603B \u4E66 \u8BB0 \u6C5F \u6CFD \u6C11 \u4ECA \u5929 \u4F1A \u89C1 \u4E86 \u5BA2 \u4EBA \u3002"));
    }

    @Test
    void aSentenceHoldingAnExcludedOneIsExcluded() {
        // 新华社北京１月５日电 before 中共中央总书记江泽民今天会见了客人。
        SentenceExclusion exclusion = excluding(MEETING + "\u3002");
        assertTrue(exclusion.overlaps(DATELINE + MEETING + "\u3002"));
    }

    @Test
    void aSentenceInsideAnExcludedOneIsExcluded() {
        // 中共中央总书记江泽民今天会见了客人 inside the excluded sentence with its dateline
        SentenceExclusion exclusion = excluding(DATELINE + MEETING + "\u3002");
        assertTrue(exclusion.overlaps(MEETING));
    }

    @Test
    void anotherSentenceIsKept() {
        // 国务院总理李鹏今天会见了客人。 shares words, not a sentence
        SentenceExclusion exclusion = excluding(MEETING + "\u3002");
        assertFalse(exclusion.overlaps("\u56FD\u52A1\u9662\u603B\u7406\u674E\u9E4F\u4ECA\u5929\u4F1A\u89C1\u4E86\u5BA2\u4EBA\u3002"));
    }

    @Test
    void aShortPieceIsComparedWhole() {
        // 新华社北京电 lies inside many sentences; excluding it drops only itself
        SentenceExclusion exclusion = excluding("\u65B0\u534E\u793E\u5317\u4EAC\u7535");
        assertTrue(exclusion.overlaps("\u65B0\u534E\u793E\u5317\u4EAC\u7535"));
        assertFalse(exclusion.overlaps("\u65B0\u534E\u793E\u5317\u4EAC\u7535\u56FD\u52A1\u9662\u603B\u7406\u674E\u9E4F\u4ECA\u5929\u4F1A\u89C1\u4E86\u5BA2\u4EBA\u3002"));
    }
}
