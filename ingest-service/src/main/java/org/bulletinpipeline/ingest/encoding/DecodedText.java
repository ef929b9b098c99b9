package org.bulletinpipeline.ingest.encoding;

import java.nio.charset.Charset;

/** Text recovered from bytes, with the charset it was read in and how that charset was chosen. */
public record DecodedText(String text, Charset charset, How how) {

    public enum How { BYTE_ORDER_MARK, DECLARED, VALID_UTF8, DETECTED }
}
