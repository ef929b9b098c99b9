package org.bulletinpipeline.nlp.event;

import java.time.Instant;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * BulletinReceived v1 or v2, the value on {@code bulletins.raw} (contracts: bulletin-received.v1/v2.schema.json);
 * {@code item} is only in v2, and null there for text.
 */
// read by an ObjectMapper from Kafka, out of the native build's sight
@RegisterForReflection
public record BulletinReceived(int schemaVersion, String bulletinId, Instant receivedAt, BulletinSource source,
                               ItemMetadata item, String text) {
}
