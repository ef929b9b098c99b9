package org.bulletinpipeline.query.event;

import java.time.Instant;

/** The parts of a BulletinReceived event (v1 or v2) the store keeps; {@code source} as JSON text. */
public record BulletinEvent(String bulletinId, Instant receivedAt, String source, String text) {
}
