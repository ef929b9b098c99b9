package org.bulletinpipeline.query.admission;

/** Every place of a kind (export, stream) is taken: answered with 429 and Retry-After. */
public class TooManyException extends RuntimeException {

    private final String problemType;
    private final int retryAfterSeconds;

    public TooManyException(String problemType, String message, int retryAfterSeconds) {
        super(message);
        this.problemType = problemType;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public String problemType() {
        return problemType;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
