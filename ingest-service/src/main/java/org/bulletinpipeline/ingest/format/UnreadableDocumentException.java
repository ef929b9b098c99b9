package org.bulletinpipeline.ingest.format;

/**
 * A document its format cannot read: malformed XML or JSON, a DOCTYPE declaring entities (XXE, billion laughs), or
 * no story in it. Carries the problem type and status it is answered with.
 */
public class UnreadableDocumentException extends RuntimeException {

    private final int status;
    private final String problemType;

    public UnreadableDocumentException(int status, String problemType, String detail) {
        super(detail);
        this.status = status;
        this.problemType = problemType;
    }

    public int status() {
        return status;
    }

    public String problemType() {
        return problemType;
    }
}
