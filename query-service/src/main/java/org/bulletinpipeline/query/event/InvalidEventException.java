package org.bulletinpipeline.query.event;

/** A record that is not the event its topic promises; it goes to the dead-letter topic with this message. */
public class InvalidEventException extends Exception {

    public InvalidEventException(String reason) {
        super(reason);
    }
}
