package org.bulletinpipeline.ingest.subscription;

import java.time.Duration;
import java.time.Instant;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What ingest remembers of one subscribed feed: the validators of its last full answer (sent back as If-None-Match
 * and If-Modified-Since), its failures in a row, and when it is due.
 */
@RegisterForReflection
public record FeedState(String url, String etag, String lastModified, int failures, Instant nextPollAt,
                        Instant lastPolledAt, String lastOutcome) {

    static FeedState fresh(String url) {
        return new FeedState(url, null, null, 0, Instant.EPOCH, null, null);
    }

    boolean due(Instant now) {
        return nextPollAt == null || !now.isBefore(nextPollAt);
    }

    FeedState answered(String newEtag, String newLastModified, Instant now, Duration interval, String outcome) {
        return new FeedState(url, newEtag, newLastModified, 0, now.plus(interval), now, outcome);
    }

    /** After a failure the wait doubles each time, from the interval up to {@code maxBackoff}. */
    FeedState failed(Instant now, Duration interval, Duration maxBackoff, String outcome) {
        int failed = failures + 1;
        Duration wait = interval.multipliedBy(1L << Math.min(failed, 20));
        return new FeedState(url, etag, lastModified, failed, now.plus(wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait),
                now, outcome);
    }
}
