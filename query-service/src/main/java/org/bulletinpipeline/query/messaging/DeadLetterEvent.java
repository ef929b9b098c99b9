package org.bulletinpipeline.query.messaging;

import java.time.Instant;

/** A record some service could not process, with why. */
public record DeadLetterEvent(String bulletinId, String service, String sourceTopic, String reason, Instant failedAt,
                              String payload) {
}
