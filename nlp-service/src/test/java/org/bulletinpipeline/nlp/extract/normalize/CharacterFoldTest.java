package org.bulletinpipeline.nlp.extract.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CharacterFoldTest {

    @Test
    void fullWidthPunctuationDigitsAndLettersFoldToAscii() {
        assertEquals("本报讯(记者 高伟山)5月16日,市委:“好!”对吗?是;AB",
                CharacterFold.fold("本报讯\uFF08记者\u3000高伟山\uFF095\u6708\uFF11\uFF16日\uFF0C市委\uFF1A“好\uFF01”对吗\uFF1F是\uFF1B\uFF21\uFF22")
                        .replace("\u6708", "月"));
    }

    @Test
    void halfWidthIdeographicPunctuationAndDashVariantsFoldToTheirUsualForms() {
        assertEquals("。、——“”", CharacterFold.fold("\uFF61\uFF64\u2015\u2015\u301D\u301E"));
    }

    @Test
    void charactersWithMeaningOfTheirOwnStay() {
        String kept = "。、《》“”‘’…·—「」m²國Abc";
        assertEquals(kept, CharacterFold.fold(kept));
    }

    @Test
    void foldingKeepsTheLength() {
        String received = "\uFF08\u4E0A\u63A5\u7B2C\u4E00\u7248\uFF09\u00BD\u2122";
        assertEquals(received.length(), CharacterFold.fold(received).length());
    }
}
