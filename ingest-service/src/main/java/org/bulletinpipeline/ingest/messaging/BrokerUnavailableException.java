package org.bulletinpipeline.ingest.messaging;

/** Kafka did not acknowledge a bulletin in time: nothing may be promised to the client. */
public class BrokerUnavailableException extends RuntimeException {

    public BrokerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
