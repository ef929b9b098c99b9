package org.bulletinpipeline.query.service;

/**
 * A letter whose payload the consumers of its topic would refuse again (a NUL character, a date out of range, not
 * the event at all): sending it back would only make another letter. Answered with 422 naming the reason.
 */
public class InvalidLetterPayloadException extends RuntimeException {

    public InvalidLetterPayloadException(String message) {
        super(message);
    }
}
