package org.bulletinpipeline.query.event;

import java.time.Instant;

/**
 * A record some service could not process, with why. {@code sourcePartition} and {@code sourceOffset} say where the
 * record was read; {@code payload} is its value as text, to be sent again once the cause is fixed.
 */
public record DeadLetterEvent(String bulletinId, String service, String sourceTopic, Integer sourcePartition,
                              Long sourceOffset, String reason, Instant failedAt, String payload) {
}
