package org.bulletinpipeline.ingest.service;

/** Shed before anything was sent: too many bulletins in flight, or the ledger is not read yet. Retry shortly. */
public class OverloadedException extends RuntimeException {

    private final String problemType;

    public OverloadedException(String problemType, String message) {
        super(message);
        this.problemType = problemType;
    }

    public String problemType() {
        return problemType;
    }
}
