package org.bulletinpipeline.ingest.encoding;

/** The bytes are not text in any encoding we can name with confidence, or a declared charset is unknown. */
public class UndecodableTextException extends RuntimeException {

    private final Refusal refusal;
    private final boolean unsupportedCharset;

    UndecodableTextException(Refusal refusal, boolean unsupportedCharset) {
        super(refusal.detail());
        this.refusal = refusal;
        this.unsupportedCharset = unsupportedCharset;
    }

    public Refusal refusal() {
        return refusal;
    }

    /** True when the client declared a charset this JVM does not know (a media-type problem, not a content one). */
    public boolean unsupportedCharset() {
        return unsupportedCharset;
    }
}
