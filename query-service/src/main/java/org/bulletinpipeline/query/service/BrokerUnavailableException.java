package org.bulletinpipeline.query.service;

/** The broker did not acknowledge a write in time: nothing is promised, answered with 503 and Retry-After. */
public class BrokerUnavailableException extends RuntimeException {

    public BrokerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
