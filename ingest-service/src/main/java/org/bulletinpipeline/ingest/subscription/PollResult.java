package org.bulletinpipeline.ingest.subscription;

/**
 * One poll of a feed: {@code changed} (a body was read and its items ingested), {@code unchanged} (304), or
 * {@code failed}; with the items' outcomes when changed.
 */
public record PollResult(String outcome, int status, int accepted, int duplicates, int refused, int unavailable) {

    static PollResult unchanged() {
        return new PollResult("unchanged", 304, 0, 0, 0, 0);
    }

    static PollResult failed(int status) {
        return new PollResult("failed", status, 0, 0, 0, 0);
    }
}
