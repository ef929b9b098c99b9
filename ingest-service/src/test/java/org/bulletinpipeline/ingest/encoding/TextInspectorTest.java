package org.bulletinpipeline.ingest.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class TextInspectorTest {

    private final TextInspector inspector = new TextInspector();

    @Test
    void chineseWithLatinDigitsAndPunctuationIsText() {
        assertEquals(Optional.empty(), inspector.inspect(
                "2022年5月17日，全市新增确诊病例3例（含COVID-19无症状感染者）。\n\n　　本报讯（记者 王磊）"));
    }

    @Test
    void latinTextIsText() {
        assertEquals(Optional.empty(), inspector.inspect("Yuzhou Daily, page 1: city council meets on flood control."));
    }

    @Test
    void nulIsBinary() {
        assertEquals("binary-content", inspector.inspect("市政府\u0000召开会议").orElseThrow().type());
    }

    @Test
    void manyControlCharactersAreBinaryButOneStrayIsTolerated() {
        assertEquals(Optional.empty(), inspector.inspect("市政府召开常务会议，研究部署重点工作。\u001A"));
        assertEquals("binary-content", inspector.inspect("市\u0001政\u0002府\u0003召\u0004开").orElseThrow().type());
    }

    @Test
    void chineseReadInTheWrongSingleByteCharsetIsNotText() {
        // what "市政府召开常务会议" in GBK looks like read as windows-1251 (Cyrillic): no Han, no Latin letters
        String wrong = new String("市政府召开常务会议".getBytes(Charset.forName("GBK")), Charset.forName("windows-1251"));
        assertEquals("not-text", inspector.inspect(wrong).orElseThrow().type());
    }

    @Test
    void symbolsAloneAreNotText() {
        assertEquals("not-text", inspector.inspect("★★★ ——— ※※※ ●●●").orElseThrow().type());
        assertEquals(Optional.empty(), inspector.inspect("★ 头版 ★"));
        assertEquals(Optional.empty(), inspector.inspect(new String("通知".getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8)));
    }
}
