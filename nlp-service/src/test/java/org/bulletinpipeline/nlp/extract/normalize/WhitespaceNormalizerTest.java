package org.bulletinpipeline.nlp.extract.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class WhitespaceNormalizerTest {

    private final WhitespaceNormalizer normalizer = new WhitespaceNormalizer();

    @Test
    void blankLinesSeparateParagraphsAndSingleBreaksStayInside() {
        List<Paragraph> paragraphs = normalizer.paragraphs("\n\n标题\n\n\n文字整理 石冠兵\n制图 王辉\n");
        assertEquals(2, paragraphs.size());
        assertEquals("标题", paragraphs.get(0).text());
        assertEquals("文字整理 石冠兵\n制图 王辉", paragraphs.get(1).text());
    }

    @Test
    void indentationTrailingBlanksAndCrlfAreDropped() {
        String received = "　　近日,市委召开会议。  \r\n";
        Paragraph paragraph = normalizer.paragraphs(received).getFirst();
        assertEquals("近日,市委召开会议。", paragraph.text());
        assertEquals(received.indexOf('近'), paragraph.firstLine().sourceOffset(0));
    }

    @Test
    void runsOfBlanksInsideALineBecomeOneSpaceMappedToTheFirstBlank() {
        String received = "拨云见日  有序解封\t许昌";
        MappedText line = normalizer.paragraphs(received).getFirst().firstLine();
        assertEquals("拨云见日 有序解封 许昌", line.text());
        assertEquals(4, line.sourceOffset(4));
        assertEquals(received.indexOf('有'), line.sourceOffset(5));
    }

    @Test
    void lineOfOnlyBlanksIsAParagraphBreakNotAParagraph() {
        assertEquals(2, normalizer.paragraphs("甲乙丙丁\n \u3000 \n戊己庚辛").size());
        assertTrue(normalizer.paragraphs(" \n\u3000\n").isEmpty());
    }

    @Test
    void dumpsWithoutBlankLinesGetOneParagraphPerLine() {
        String text = "五星红旗在集中隔离点升起\n本报记者 武芳\n1月24日上午,举行了升旗仪式。\n隔离房间,52名隔离人员望向窗外。\n"
                + "上午8时,升国旗、奏国歌正式开始。\n全体人员面对国旗,庄严肃穆。";
        assertEquals(6, normalizer.paragraphs(text).size());
        assertEquals(1, normalizer.paragraphs("文字整理 石冠兵\n制图 王辉").size(), "a small block stays together");
    }

    @Test
    void zeroWidthCharactersAreRemovedWithoutLeavingASpace() {
        assertEquals("禹州通讯", normalizer.paragraphs("\uFEFF禹州\u200B通讯").getFirst().text());
    }

    @Test
    void loneCarriageReturnsAndUnicodeSeparatorsEndLines() {
        List<Paragraph> paragraphs = normalizer.paragraphs("标题一\r\r正文甲乙丙。\u2029\u2029署名 张三");
        assertEquals(List.of("标题一", "正文甲乙丙。", "署名 张三"), paragraphs.stream().map(Paragraph::text).toList());
    }

    @Test
    void fullWidthFormsAreFoldedAndKeepTheirReceivedOffsets() {
        String received = "\r\n本报讯\uFF08记者\u3000高伟山\uFF09\r\n";
        MappedText line = normalizer.paragraphs(received).getFirst().firstLine();
        assertEquals("本报讯(记者 高伟山)", line.text());
        assertEquals(received.indexOf('\uFF09'), line.sourceOffset(line.length() - 1));
    }
}
