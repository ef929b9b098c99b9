package org.bulletinpipeline.ingest.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static final String PAGE = "禹州市新冠肺炎疫情防控指挥部通告（第35号）\n5月17日0时至24时，全市无新增确诊病例。";
    private final TextDecoder decoder = new TextDecoder();

    @Test
    void utf8WithoutDeclarationIsValidUtf8() {
        DecodedText decoded = decoder.decode(PAGE.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(PAGE, decoded.text());
        assertEquals(DecodedText.How.VALID_UTF8, decoded.how());
    }

    @Test
    void gbkAndGb18030AreDetected() {
        for (String name : new String[] {"GBK", "GB18030", "GB2312"}) {
            DecodedText decoded = decoder.decode(PAGE.getBytes(Charset.forName(name)), null);
            assertEquals(PAGE, decoded.text(), name);
            assertEquals(DecodedText.How.DETECTED, decoded.how(), name);
        }
    }

    @Test
    void aByteOrderMarkWinsOverTheDeclaredCharsetAndIsDropped() {
        byte[] utf16 = ("\uFEFF" + PAGE).getBytes(StandardCharsets.UTF_16LE);
        DecodedText decoded = decoder.decode(utf16, "utf-8");
        assertEquals(PAGE, decoded.text());
        assertEquals(StandardCharsets.UTF_16LE, decoded.charset());
        assertEquals(PAGE, decoder.decode(("\uFEFF" + PAGE).getBytes(StandardCharsets.UTF_16BE), null).text());
        assertEquals(PAGE, decoder.decode(("\uFEFF" + PAGE).getBytes(StandardCharsets.UTF_8), null).text());
    }

    @Test
    void aDeclaredCharsetIsUsedStrictly() {
        assertEquals(PAGE, decoder.decode(PAGE.getBytes(Charset.forName("GB18030")), "GB18030").text());
        assertEquals(PAGE, decoder.decode(PAGE.getBytes(Charset.forName("GBK")), "\"gbk\"").text());
        UndecodableTextException e = assertThrows(UndecodableTextException.class,
                () -> decoder.decode(PAGE.getBytes(Charset.forName("GBK")), "utf-8"));
        assertEquals("undecodable-text", e.refusal().type());
    }

    @Test
    void anUnknownCharsetIsAMediaTypeProblem() {
        UndecodableTextException e = assertThrows(UndecodableTextException.class,
                () -> decoder.decode(PAGE.getBytes(StandardCharsets.UTF_8), "x-klingon"));
        assertTrue(e.unsupportedCharset());
        assertEquals("unsupported-charset", e.refusal().type());
    }

    @Test
    void truncatedMultiByteInputIsRefusedNotRepaired() {
        byte[] utf8 = PAGE.getBytes(StandardCharsets.UTF_8);
        UndecodableTextException e = assertThrows(UndecodableTextException.class,
                () -> decoder.decode(Arrays.copyOf(utf8, 4), "utf-8"));
        assertEquals("undecodable-text", e.refusal().type());
    }

    @Test
    void bytesWithControlCodesThatDecodeAsNothingAreBinary() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, '\r', 'I', 'H', 'D', 'R', (byte) 0xFF,
                (byte) 0xD8, (byte) 0x81, 0};
        UndecodableTextException e = assertThrows(UndecodableTextException.class, () -> decoder.decode(png, null));
        assertEquals("binary-content", e.refusal().type());
    }
}
