package org.bulletinpipeline.nlp.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bulletinpipeline.nlp.extract.entity.EntityExtractor;
import org.junit.jupiter.api.Test;

/** Where a unit or place name that ends in a type word begins. */
class NameStartTest {

    private static final EntityExtractor ANALYZER = new EntityExtractor();

    /** The scan from the end of {@code name} inside {@code sentence}. */
    private static NameStart.Result scan(String sentence, String name) {
        return NameStart.scan(ANALYZER.analyze(sentence), sentence.indexOf(name) + name.length(), 20);
    }

    @Test
    void aGoverningVerbEndsTheScan() {
        // 交由禹州市住建局按需发放: the name begins after 交由
        String sentence = "口罩交由禹州市住建局按需发放\u3002";
        NameStart.Result start = scan(sentence, "禹州市住建局");
        assertEquals(sentence.indexOf("禹州市住建局"), start.start());
        assertFalse(start.anaphoric());
    }

    @Test
    void aPrepositionStandingAsAWordEndsTheScan() {
        // 在许昌市卫健委的统一部署下
        String sentence = "在许昌市卫健委的统一部署下,各地迅速行动\u3002";
        assertEquals(sentence.indexOf("许昌市卫健委"), scan(sentence, "许昌市卫健委").start());
    }

    @Test
    void punctuationEndsTheScan() {
        String sentence = "会议由市委办公室主持,市纪委监委参加\u3002";
        assertEquals(sentence.indexOf("市纪委监委"), scan(sentence, "市纪委监委").start());
    }

    @Test
    void aDemonstrativeInFrontMakesTheMentionAnaphoric() {
        // 该县纪委监委: the county the article spoke of, no name of its own
        assertTrue(scan("该县纪委监委迅速成立督导组\u3002", "县纪委监委").anaphoric());
        assertFalse(scan("禹州市纪委监委迅速成立督导组\u3002", "禹州市纪委监委").anaphoric());
    }

    @Test
    void hanCharactersOnly() {
        assertTrue(NameStart.isHan('禹'));
        assertFalse(NameStart.isHan('A'));
        assertFalse(NameStart.isHan('\uFF0C'));
    }
}
