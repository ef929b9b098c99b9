package org.bulletinpipeline.nlp.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SurnamesTest {

    private static final Surnames SURNAMES = new Surnames();

    @Test
    void aCompoundSurnameIsReadWhole() {
        // 欧阳文华 and 记者司马光: the compound wins over its first character
        assertEquals(2, SURNAMES.lengthAt("欧阳文华", 0));
        assertEquals(2, SURNAMES.lengthAt("记者司马光", 2));
    }

    @Test
    void aSingleSurnameIsOneCharacter() {
        assertEquals(1, SURNAMES.lengthAt("王志宏", 0));
        assertEquals(1, SURNAMES.lengthAt("记者巨云鹏", 2));
    }

    @Test
    void noSurnameAndTheEndOfTheTextGiveZero() {
        assertEquals(0, SURNAMES.lengthAt("要求各地", 0));
        assertEquals(0, SURNAMES.lengthAt("王", 1));
    }

    @Test
    void singleSurnamesIncludeTheFirstCharacterOfSomeCompounds() {
        assertTrue(SURNAMES.isSingle('欧'));
        assertTrue(SURNAMES.isSingle('阎'));
        assertFalse(SURNAMES.isSingle('要'));
    }
}
