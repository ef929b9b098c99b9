package org.bulletinpipeline.ingest.refusal;

/** Input refused before anything is published; carries the HTTP status and the stable problem type. */
public class InvalidBulletinException extends RuntimeException {

    private final int status;
    private final String problemType;
    private final String field;

    public InvalidBulletinException(int status, String problemType, String message) {
        this(status, problemType, message, null);
    }

    /** Refuses the bulletin for the value of one field ({@code source.publication}), named in the problem. */
    public InvalidBulletinException(int status, String problemType, String message, String field) {
        super(message);
        this.status = status;
        this.problemType = problemType;
        this.field = field;
    }

    /** The field refused, or null when the refusal is about the whole bulletin. */
    public String field() {
        return field;
    }

    public int status() {
        return status;
    }

    public String problemType() {
        return problemType;
    }
}
