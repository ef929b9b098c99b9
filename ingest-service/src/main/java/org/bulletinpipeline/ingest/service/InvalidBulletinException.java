package org.bulletinpipeline.ingest.service;

/** Input refused before anything is published; carries the HTTP status and the stable problem type. */
public class InvalidBulletinException extends RuntimeException {

    private final int status;
    private final String problemType;

    public InvalidBulletinException(int status, String problemType, String message) {
        super(message);
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
