package org.bulletinpipeline.query.service;

/** A letter that cannot be sent back (no payload, or a source topic the pipeline does not read): answered with 409. */
public class DeadLetterNotRetryableException extends RuntimeException {

    public DeadLetterNotRetryableException(String message) {
        super(message);
    }
}
