package org.bulletinpipeline.nlp.extract.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.bulletinpipeline.nlp.extract.model.Span;
import org.junit.jupiter.api.Test;

class MappedTextTest {

    @Test
    void sliceSubAndJoinKeepSourceOffsets() {
        String source = "甲乙\n\n丙丁";
        MappedText first = MappedText.slice(source, 0, 2);
        MappedText second = MappedText.slice(source, 4, 6);
        MappedText joined = MappedText.join(List.of(first, second), "\n");
        assertEquals("甲乙\n丙丁", joined.text());
        assertEquals(2, joined.sourceOffset(2), "the separator maps just after the part before it");
        assertEquals(5, joined.sourceOffset(4));
        assertEquals(new Span(4, 6), joined.sub(3).sourceSpan());
        assertEquals(5, joined.toOffsetMap().toSource(4));
    }

    @Test
    void emptyPartsAndEmptyJoinsAreSafe() {
        assertTrue(MappedText.join(List.of(), "\n").isEmpty());
        assertEquals("甲", MappedText.join(List.of(MappedText.empty(), MappedText.slice("甲", 0, 1)), "").text());
        assertEquals(new Span(0, 0), MappedText.empty().sourceSpan());
    }

    @Test
    void stripDropsIdeographicSpaces() {
        assertEquals("正文", MappedText.slice("\u3000正文 ", 0, 4).strip().text());
    }
}
