package org.bulletinpipeline.nlp.event;

import java.time.Instant;

/** BulletinReceived v1, the value on {@code bulletins.raw} (contract: bulletin-received.v1.schema.json). */
public record BulletinReceived(int schemaVersion, String bulletinId, Instant receivedAt, BulletinSource source,
                               String text) {
}
