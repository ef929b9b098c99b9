package org.bulletinpipeline.ingest.encoding;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;

import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns the bytes a feed sent into text, refusing rather than guessing wrong. The order follows the WHATWG
 * encoding-sniffing rules: a byte-order mark wins over everything (an editor that wrote {@code FF FE} wrote UTF-16LE,
 * whatever the HTTP header claims), then the declared charset, then strict UTF-8 (GBK text of more than a few
 * characters is practically never valid UTF-8: "市政府" in GBK is {@code CA D0 D5 FE B8 AE}, where {@code CA} would
 * open a two-byte UTF-8 sequence that {@code D0} cannot continue), and only then Mozilla's universal detector, which
 * recognizes the GB18030 family (GB2312 and GBK are subsets) from character frequencies. Every decoding is strict:
 * one malformed sequence refuses the whole input instead of publishing replacement characters.
 * Plain Java, no Quarkus types.
 */
public final class TextDecoder {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};

    /** Decodes {@code bytes}; {@code declaredCharset} is the charset parameter of the media type, or null. */
    public DecodedText decode(byte[] bytes, String declaredCharset) {
        try {
            return decodeStrictly(bytes, declaredCharset);
        } catch (UndecodableTextException e) {
            if (!e.unsupportedCharset() && looksBinary(bytes)) {
                throw new UndecodableTextException(new Refusal("binary-content", "The input contains bytes that "
                        + "text does not have (NUL and other control codes); it looks like a binary file."), false);
            }
            throw e;
        }
    }

    private DecodedText decodeStrictly(byte[] bytes, String declaredCharset) {
        Optional<DecodedText> byBom = decodeByBom(bytes);
        if (byBom.isPresent()) {
            return byBom.get();
        }
        if (declaredCharset != null && !declaredCharset.isBlank()) {
            Charset declared = charsetNamed(declaredCharset.strip());
            return new DecodedText(strictly(bytes, 0, declared).orElseThrow(() -> undecodable(
                    "The bytes are not valid " + declared.name() + " as declared.")), declared, DecodedText.How.DECLARED);
        }
        Optional<String> utf8 = strictly(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return new DecodedText(utf8.get(), StandardCharsets.UTF_8, DecodedText.How.VALID_UTF8);
        }
        Charset detected = detect(bytes).orElseThrow(() -> undecodable(
                "The encoding could not be recognized; send UTF-8 or declare the charset (e.g. text/plain; charset=GBK)."));
        return new DecodedText(strictly(bytes, 0, detected).orElseThrow(() -> undecodable(
                "The bytes look like " + detected.name() + " but are not valid in it.")), detected,
                DecodedText.How.DETECTED);
    }

    private Optional<DecodedText> decodeByBom(byte[] bytes) {
        Charset charset;
        int skip;
        if (startsWith(bytes, UTF8_BOM)) {
            charset = StandardCharsets.UTF_8;
            skip = UTF8_BOM.length;
        } else if (startsWith(bytes, UTF16BE_BOM)) {
            charset = StandardCharsets.UTF_16BE;
            skip = UTF16BE_BOM.length;
        } else if (startsWith(bytes, UTF16LE_BOM)) {
            charset = StandardCharsets.UTF_16LE;
            skip = UTF16LE_BOM.length;
        } else {
            return Optional.empty();
        }
        String text = strictly(bytes, skip, charset).orElseThrow(() -> undecodable(
                "The byte-order mark says " + charset.name() + " but the bytes are not valid in it."));
        return Optional.of(new DecodedText(text, charset, DecodedText.How.BYTE_ORDER_MARK));
    }

    private static Optional<Charset> detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null || !Charset.isSupported(name)) {
            return Optional.empty();
        }
        Charset charset = Charset.forName(name);
        // the detector names the GB18030 family for GB2312 and GBK input; GB18030 is their superset, so it reads all
        return Optional.of(charset.name().startsWith("GB") ? Charset.forName("GB18030") : charset);
    }

    private static Optional<String> strictly(byte[] bytes, int offset, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static Charset charsetNamed(String name) {
        String unquoted = name.startsWith("\"") && name.endsWith("\"") && name.length() > 1
                ? name.substring(1, name.length() - 1) : name;
        try {
            return Charset.forName(unquoted);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UndecodableTextException(new Refusal("unsupported-charset",
                    "The declared charset '" + unquoted + "' is not supported."), true);
        }
    }

    /**
     * The "binary data bytes" of the WHATWG MIME sniffing standard: C0 controls other than tab, line feed, form feed,
     * carriage return and escape. Only asked once decoding failed, so a stray 0x1A (the DOS end-of-file mark) at the
     * end of a valid GBK file does not refuse it.
     */
    private static boolean looksBinary(byte[] bytes) {
        for (byte b : bytes) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r' && b != 0x1B) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static UndecodableTextException undecodable(String detail) {
        return new UndecodableTextException(new Refusal("undecodable-text", detail), false);
    }
}
