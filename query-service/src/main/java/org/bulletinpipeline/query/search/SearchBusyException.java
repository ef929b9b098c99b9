package org.bulletinpipeline.query.search;

/** Every search connection stayed busy for the whole wait: answered with 503 and Retry-After. */
public class SearchBusyException extends RuntimeException {

    public SearchBusyException(String message) {
        super(message);
    }
}
