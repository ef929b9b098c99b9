package org.bulletinpipeline.query.messaging;

import java.time.Instant;

/** The parts of a BulletinReceived v1 event the store keeps. */
public record BulletinEvent(String bulletinId, Instant receivedAt, String source, String text) {
}
