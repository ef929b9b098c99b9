package org.bulletinpipeline.query.search;

/** A query parameter the API cannot honour: answered with 400 and this problem type. */
public class BadQueryException extends RuntimeException {

    private final String problemType;

    public BadQueryException(String problemType, String message) {
        super(message);
        this.problemType = problemType;
    }

    public String problemType() {
        return problemType;
    }
}
