package org.bulletinpipeline.nlp.event;

import java.time.Instant;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** BulletinReceived v1, the value on {@code bulletins.raw} (contract: bulletin-received.v1.schema.json). */
// read by an ObjectMapper from Kafka, out of the native build's sight
@RegisterForReflection
public record BulletinReceived(int schemaVersion, String bulletinId, Instant receivedAt, BulletinSource source,
                               String text) {
}
