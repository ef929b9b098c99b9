package org.bulletinpipeline.nlp.extract.byline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PersonNameShapeTest {

    @Test
    void commonSurnameWithOneOrTwoGivenCharacters() {
        assertTrue(PersonNameShape.isPersonName("武芳"));
        assertTrue(PersonNameShape.isPersonName("高伟山"));
        assertTrue(PersonNameShape.isPersonName("欧阳文"));
        assertTrue(PersonNameShape.isPersonName("欧阳文华"));
    }

    @Test
    void wordsUnitsAndLongTokensAreNotNames() {
        assertFalse(PersonNameShape.isPersonName("要求"), "no surname");
        assertFalse(PersonNameShape.isPersonName("组织部"), "organisation ending");
        assertFalse(PersonNameShape.isPersonName("贾寨镇"), "place ending");
        assertFalse(PersonNameShape.isPersonName("王志宏卢希望"), "two names run together");
        assertFalse(PersonNameShape.isPersonName("重要会议"), "four characters need a compound surname");
        assertFalse(PersonNameShape.isPersonName("Li Ming"));
        assertFalse(PersonNameShape.isPersonName(null));
    }

    @Test
    void theSurnamesAreTheOnesThePersonRecognizerReads() {
        // 阎 and 濮阳 came to the credits with the shared list; 巨 came to the person recognizer
        assertTrue(PersonNameShape.isPersonName("阎晓明"));
        assertTrue(PersonNameShape.isPersonName("濮阳林"));
        assertTrue(PersonNameShape.isPersonName("巨云鹏"));
    }

    @Test
    void surnamesThatOpenEverydayWordsAreLeftOut() {
        assertFalse(PersonNameShape.isPersonName("强调"));
        assertFalse(PersonNameShape.isPersonName("国家"));
        assertFalse(PersonNameShape.isPersonName("来源"));
    }

    @Test
    void institutions() {
        assertTrue(PersonNameShape.isInstitution("市纪委监委"));
        assertFalse(PersonNameShape.isInstitution("冯纪宣"));
    }

    @Test
    void aGivenNameMayEndLikeACity() {
        assertTrue(PersonNameShape.isPersonName("程远州"));
        assertFalse(PersonNameShape.isPersonName("温州"));
    }
}
