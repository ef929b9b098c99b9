package org.bulletinpipeline.query.view;

import java.time.Instant;
import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The shapes of the dead-letter admin endpoints. */
public final class DeadLetterViews {

    private DeadLetterViews() {
    }

    /**
     * A letter as listed: what failed, where, why and how often it was sent back. {@code key} is the letter's record
     * key (the bulletin id by convention), the one handle on an unreadable letter, which names no bulletin.
     */
    public record DeadLetterSummary(long id, String bulletinId, String key, String service, String sourceTopic,
                                    String reason, Instant failedAt, Instant receivedAt, int retryCount,
                                    Instant lastRetriedAt) {
    }

    /** A page, newest first; {@code nextBefore} is passed back as {@code before} for the next one (null: no more). */
    public record DeadLetterPage(List<DeadLetterSummary> items, Long nextBefore) {
    }

    /** One letter in full: where it was read on the dead-letter topic, where the record came from, its payload. */
    public record DeadLetterDetail(long id, String bulletinId, String key, String service, String sourceTopic,
                                   Integer sourcePartition, Long sourceOffset, String reason, Instant failedAt,
                                   Instant receivedAt, int retryCount, Instant lastRetriedAt, String dlqTopic,
                                   int dlqPartition, long dlqOffset, String payload) {
    }

    /** A retry the broker acknowledged: the payload is on {@code topic} again. */
    // sent as a Response entity, which the native build cannot see the type of
    @RegisterForReflection
    public record RetryAccepted(long id, String topic, Instant retriedAt, int retryCount) {
    }

    /** The filters of the list, each exact; null means any. */
    public record DeadLetterFilter(String service, String sourceTopic, String bulletinId, String key) {
    }
}
